import { FormStatus } from '@/components/form-field.tsx';
import { FormProblem } from '@/components/form-problem.tsx';
import { StatusBadge } from '@/components/status-badge.tsx';
import { healthIcons, phaseIcons } from '@/components/status-icons.tsx';
import type { User } from '@/contract/users.ts';
import { useAdminTranslation } from '@/lib/i18n/use-admin-translation.ts';
import { useFormFeedback } from '@/lib/use-form-feedback.ts';
import { useUpdateUser } from '../api/update-user.ts';
import { userFieldMessage } from '../utils/user-rules.ts';

const fields = ['disabled'] as const;

/** Whether the account can sign in, and the switch; an admin cannot switch off their own. */
export function UserStatusForm({ user, isSelf }: { user: User; isSelf: boolean }) {
  const { t } = useAdminTranslation();
  const feedback = useFormFeedback('user-status', fields);
  const updateUser = useUpdateUser();
  const code = feedback.errors.fields.disabled;
  const problem = code !== undefined ? userFieldMessage(t, 'disabled', code) : feedback.errors.problem && t(`form.problem.${feedback.errors.problem}`);

  const toggle = () => {
    if (updateUser.isPending) return;
    feedback.reset();
    const disabled = !user.disabled;
    updateUser.mutate(
      { id: user.id, changes: { disabled } },
      {
        onSuccess: () => feedback.succeeded(disabled ? t('users.detail.disabledNow') : t('users.detail.enabledNow')),
        onError: (error) => feedback.refused(error),
      },
    );
  };

  return (
    <section className="panel admin-form" aria-labelledby="user-status-title">
      <h2 id="user-status-title">{t('users.detail.status')}</h2>
      <p className="user-status">
        {user.disabled ? (
          <StatusBadge icon={phaseIcons.discontinued} label={t('users.disabled')} tone="muted" />
        ) : (
          <StatusBadge icon={healthIcons.on_track} label={t('users.active')} tone="success" />
        )}{' '}
        {user.disabled ? t('users.detail.statusDisabled') : t('users.detail.statusActive')}
      </p>
      <FormProblem id={feedback.problemId} message={problem} />
      {isSelf ? null : (
        <>
          {user.disabled ? null : <p className="note">{t('users.detail.disableNote')}</p>}
          <button type="button" className="button button--secondary" aria-disabled={updateUser.isPending || undefined} onClick={toggle}>
            {user.disabled ? t('users.detail.enable') : t('users.detail.disable')}
          </button>
        </>
      )}
      <FormStatus message={feedback.status} />
    </section>
  );
}
