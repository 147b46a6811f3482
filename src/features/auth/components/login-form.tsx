import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Session } from '@/contract/session.ts';
import { Field } from '@/components/form-field.tsx';
import { isApiError } from '@/lib/api-client.ts';
import { useLoginTranslation } from '@/lib/i18n/use-login-translation.ts';
import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { useSignIn } from '../api/create-session.ts';

type LoginFormProps = {
  /** Said where errors are, until there is one: e.g. that the session has ended. */
  notice?: string | null;
  onSignedIn: (session: Session) => void;
};

/** When the server says nothing, the throttle's window (15 minutes) is the honest guess. */
const defaultWaitSeconds = 15 * 60;

/**
 * Username and password. Whatever went wrong is said in one alert above the fields, which takes
 * focus, so a screen-reader user hears it at once; wrong credentials get one message, whichever
 * part was wrong.
 */
export function LoginForm({ notice = null, onSignedIn }: LoginFormProps) {
  const { t } = useLoginTranslation();
  const { t: tc } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<{ message: string; missing: boolean; attempt: number } | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const signIn = useSignIn({ onSuccess: onSignedIn });

  useEffect(() => {
    if (error) alertRef.current?.focus();
  }, [error]);

  const fail = (message: string, missing = false) => setError((previous) => ({ message, missing, attempt: (previous?.attempt ?? 0) + 1 }));

  const messageFor = (reason: unknown): string => {
    if (!isApiError(reason)) return tc('status.unexpected');
    if (reason.status === 429) return t('throttled', { count: Math.max(1, Math.ceil((reason.retryAfter ?? defaultWaitSeconds) / 60)) });
    if (reason.status === 401 || reason.status === 422) return t('refused');
    if (reason.status === 0) return tc('status.unreachable');
    return tc('status.serverError', { status: reason.status });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signIn.isPending) return;
    if (username.trim() === '' || password === '') return fail(t('missing'), true);
    signIn.mutate({ username: username.trim(), password }, { onError: (reason) => fail(messageFor(reason)) });
  };

  const message = error?.message ?? notice;
  const missingUsername = error?.missing === true && username.trim() === '';
  const missingPassword = error?.missing === true && password === '';

  return (
    <form className="login-form panel" noValidate onSubmit={onSubmit}>
      {message ? (
        <div ref={alertRef} role="alert" tabIndex={-1} className="status-message status-message--error">
          <p>{message}</p>
        </div>
      ) : null}
      <Field id="login-username" label={t('username')} required>
        {(control) => (
          <input
            {...control}
            aria-invalid={missingUsername || undefined}
            type="text"
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
        )}
      </Field>
      <Field id="login-password" label={t('password')} required>
        {(control) => (
          <input
            {...control}
            aria-invalid={missingPassword || undefined}
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        )}
      </Field>
      <div className="form-actions">
        {/* aria-disabled rather than disabled: the button keeps focus while the request runs. */}
        <button type="submit" className="button" aria-disabled={signIn.isPending || undefined}>
          {t('submit')}
        </button>
        {signIn.isPending ? (
          <span role="status" className="note">
            {t('submitting')}
          </span>
        ) : null}
      </div>
    </form>
  );
}
