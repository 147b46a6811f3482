import type { Session } from '@/contract/session.ts';
import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { useSignOut } from '../api/delete-session.ts';

/** Who is signed in, in which role, and the way out. */
export function UserMenu({ user }: { user: Session['user'] }) {
  const { t } = useTranslation();
  const { signOut, isPending, isError } = useSignOut();
  return (
    <div className="user-menu">
      <p className="user-menu__who">
        <span className="visually-hidden">{t('auth.signedInAs')} </span>
        <span className="user-menu__name">{user.name}</span>
        <span className="visually-hidden">, </span>
        <span className="user-menu__role">{t(`role.${user.role}`)}</span>
      </p>
      <button
        type="button"
        className="button button--secondary button--small"
        // aria-disabled rather than disabled: the button keeps focus while the request runs.
        aria-disabled={isPending || undefined}
        onClick={isPending ? undefined : () => void signOut()}
      >
        {t('auth.signOut')}
      </button>
      {isError ? (
        <p role="alert" className="user-menu__error">
          {t('auth.signOutFailed')}
        </p>
      ) : null}
    </div>
  );
}
