import { useState, type FormEvent } from 'react';
import type { Role } from '@/contract/common.ts';
import { Field, FormStatus } from '@/components/form-field.tsx';
import { FormProblem } from '@/components/form-problem.tsx';
import { useAdminTranslation } from '@/lib/i18n/use-admin-translation.ts';
import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { useFormFeedback } from '@/lib/use-form-feedback.ts';
import { useCreateUser } from '../api/create-user.ts';
import { allRoles, checkDepartment, checkName, checkPassword, checkUsername, userFieldMessage, type UserErrors } from '../utils/user-rules.ts';
import { DepartmentSelect, RoleSelect, type DepartmentOption } from './user-fields.tsx';

const fields = ['username', 'name', 'role', 'departmentId', 'password'] as const;
type Values = { username: string; name: string; role: Role | ''; departmentId: string; password: string };
const empty: Values = { username: '', name: '', role: '', departmentId: '', password: '' };

/** A new account: username, name, role, department for a department head, and a first password. */
export function CreateUserForm({ departments }: { departments: readonly DepartmentOption[] }) {
  const { t } = useAdminTranslation();
  const { t: tc } = useTranslation();
  const [values, setValues] = useState<Values>(empty);
  const feedback = useFormFeedback('user-create', fields);
  const createUser = useCreateUser();
  const set = (changes: Partial<Values>) => setValues((v) => ({ ...v, ...changes }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (createUser.isPending) return;
    feedback.reset();
    const found: UserErrors = {
      username: checkUsername(values.username),
      name: checkName(values.name),
      role: values.role === '' ? 'required' : undefined,
      departmentId: values.role === '' ? undefined : checkDepartment(values.role, values.departmentId),
      password: checkPassword(values.password),
    };
    const problems = Object.fromEntries(Object.entries(found).filter(([, code]) => code !== undefined));
    if (Object.keys(problems).length > 0 || values.role === '') return feedback.invalid(problems);

    const body = { ...values, role: values.role, name: values.name.trim(), departmentId: values.departmentId || null };
    createUser.mutate(body, {
      onSuccess: (user) => {
        setValues(empty);
        feedback.succeeded(t('users.create.done', { username: user.username }));
      },
      onError: (error) => feedback.refused(error, 'username'),
    });
  };

  const error = (field: (typeof fields)[number]) => {
    const code = feedback.errors.fields[field];
    return code === undefined ? undefined : userFieldMessage(t, field, code, values.role);
  };

  return (
    <section className="panel admin-form" aria-labelledby="user-create-title">
      <h2 id="user-create-title">{t('users.create.title')}</h2>
      <p className="note">{t('form.requiredNote')}</p>
      <FormProblem id={feedback.problemId} message={feedback.errors.problem && t(`form.problem.${feedback.errors.problem}`)} />
      <form noValidate onSubmit={onSubmit} className="form-grid">
        <Field id={feedback.id('username')} label={t('users.username')} required hint={t('users.usernameHint')} error={error('username')}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              value={values.username}
              onChange={(e) => set({ username: e.target.value })}
            />
          )}
        </Field>
        <Field id={feedback.id('name')} label={t('users.name')} required error={error('name')}>
          {(control) => <input {...control} type="text" autoComplete="off" value={values.name} onChange={(e) => set({ name: e.target.value })} />}
        </Field>
        <Field id={feedback.id('role')} label={t('users.role')} required error={error('role')}>
          {(control) => (
            <RoleSelect
              control={control}
              value={values.role}
              roles={allRoles}
              placeholder={t('users.choose')}
              label={(role) => tc(`role.${role}`)}
              onChange={(role) => set({ role, departmentId: role === 'department_head' ? values.departmentId : '' })}
            />
          )}
        </Field>
        <Field
          id={feedback.id('departmentId')}
          label={t('users.department')}
          required={values.role === 'department_head'}
          hint={t('users.departmentHint')}
          error={error('departmentId')}
        >
          {(control) => (
            <DepartmentSelect
              control={control}
              value={values.departmentId}
              departments={departments}
              disabled={values.role !== 'department_head'}
              placeholder={values.role === 'department_head' ? t('users.choose') : t('users.noDepartment')}
              onChange={(departmentId) => set({ departmentId })}
            />
          )}
        </Field>
        <Field id={feedback.id('password')} label={t('users.password')} required hint={t('users.passwordHint')} error={error('password')}>
          {(control) => (
            <input {...control} type="password" autoComplete="new-password" value={values.password} onChange={(e) => set({ password: e.target.value })} />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={createUser.isPending || undefined}>
            {createUser.isPending ? t('form.saving') : t('users.create.submit')}
          </button>
        </div>
      </form>
      <FormStatus message={feedback.status} />
    </section>
  );
}
