import { useState, type FormEvent } from 'react';
import { Field, FormStatus } from '@/components/form-field.tsx';
import { FormProblem } from '@/components/form-problem.tsx';
import { useAdminTranslation } from '@/lib/i18n/use-admin-translation.ts';
import { useFormFeedback } from '@/lib/use-form-feedback.ts';
import { useResetUserPassword } from '../api/reset-user-password.ts';
import { checkPassword, userFieldMessage } from '../utils/user-rules.ts';

const fields = ['password'] as const;

/** A new password for an account, e.g. when its owner forgot theirs; its sessions end. */
export function ResetPasswordForm({ userId }: { userId: string }) {
  const { t } = useAdminTranslation();
  const [password, setPassword] = useState('');
  const feedback = useFormFeedback('user-password', fields);
  const resetPassword = useResetUserPassword();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (resetPassword.isPending) return;
    feedback.reset();
    const code = checkPassword(password);
    if (code) return feedback.invalid({ password: code });
    resetPassword.mutate(
      { id: userId, password },
      {
        onSuccess: () => {
          setPassword('');
          feedback.succeeded(t('users.detail.passwordSet'));
        },
        onError: (error) => feedback.refused(error),
      },
    );
  };

  const code = feedback.errors.fields.password;
  return (
    <section className="panel admin-form" aria-labelledby="user-password-title">
      <h2 id="user-password-title">{t('users.detail.password')}</h2>
      <p className="note">
        {t('users.detail.passwordNote')} {t('form.requiredNote')}
      </p>
      <FormProblem id={feedback.problemId} message={feedback.errors.problem && t(`form.problem.${feedback.errors.problem}`)} />
      <form noValidate onSubmit={onSubmit} className="form-grid">
        <Field
          id={feedback.id('password')}
          label={t('users.detail.newPassword')}
          required
          hint={t('users.passwordHint')}
          error={code === undefined ? undefined : userFieldMessage(t, 'password', code)}
        >
          {(control) => <input {...control} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={resetPassword.isPending || undefined}>
            {resetPassword.isPending ? t('form.saving') : t('users.detail.setPassword')}
          </button>
        </div>
      </form>
      <FormStatus message={feedback.status} />
    </section>
  );
}
