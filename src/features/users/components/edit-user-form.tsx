import { useState, type FormEvent } from 'react';
import type { Role } from '@/contract/common.ts';
import type { User } from '@/contract/users.ts';
import { Field, FormStatus } from '@/components/form-field.tsx';
import { FormProblem } from '@/components/form-problem.tsx';
import { useAdminTranslation } from '@/lib/i18n/use-admin-translation.ts';
import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { useFormFeedback } from '@/lib/use-form-feedback.ts';
import { useUpdateUser, type UserChanges } from '../api/update-user.ts';
import { allRoles, checkDepartment, checkName, userFieldMessage, type UserErrors } from '../utils/user-rules.ts';
import { DepartmentSelect, RoleSelect, type DepartmentOption } from './user-fields.tsx';

const fields = ['name', 'role', 'departmentId'] as const;

type EditUserFormProps = {
  user: User;
  departments: readonly DepartmentOption[];
  /** The signed-in admin's own account: their role is not theirs to give up, so it is not offered. */
  isSelf: boolean;
};

/** Name, role and department of an account; only what changed is sent. */
export function EditUserForm({ user, departments, isSelf }: EditUserFormProps) {
  const { t } = useAdminTranslation();
  const { t: tc } = useTranslation();
  const [name, setName] = useState(user.name);
  const [role, setRole] = useState<Role>(user.role);
  const [departmentId, setDepartmentId] = useState(user.departmentId ?? '');
  const feedback = useFormFeedback('user-edit', fields);
  const updateUser = useUpdateUser();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (updateUser.isPending) return;
    feedback.reset();
    const found: UserErrors = { name: checkName(name), departmentId: checkDepartment(role, departmentId) };
    const problems = Object.fromEntries(Object.entries(found).filter(([, code]) => code !== undefined));
    if (Object.keys(problems).length > 0) return feedback.invalid(problems);

    const changes: UserChanges = {};
    if (name.trim() !== user.name) changes.name = name.trim();
    if (role !== user.role) changes.role = role;
    // Role and department go together: the server checks the pair.
    if (role !== user.role || (departmentId || null) !== user.departmentId) changes.departmentId = departmentId || null;
    if (Object.keys(changes).length === 0) return feedback.succeeded(t('users.detail.unchanged'));

    updateUser.mutate(
      { id: user.id, changes },
      { onSuccess: () => feedback.succeeded(t('users.detail.saved')), onError: (error) => feedback.refused(error) },
    );
  };

  const error = (field: (typeof fields)[number]) => {
    const code = feedback.errors.fields[field];
    return code === undefined ? undefined : userFieldMessage(t, field, code, role);
  };

  return (
    <section className="panel admin-form" aria-labelledby="user-edit-title">
      <h2 id="user-edit-title">{t('users.detail.details')}</h2>
      <p className="note">{t('form.requiredNote')}</p>
      <FormProblem id={feedback.problemId} message={feedback.errors.problem && t(`form.problem.${feedback.errors.problem}`)} />
      <form noValidate onSubmit={onSubmit} className="form-grid">
        <Field id={feedback.id('name')} label={t('users.name')} required error={error('name')}>
          {(control) => <input {...control} type="text" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        {isSelf ? (
          <div className="field">
            <span className="field__label">{t('users.role')}</span>
            <span>{tc(`role.${user.role}`)}</span>
          </div>
        ) : (
          <Field id={feedback.id('role')} label={t('users.role')} required error={error('role')}>
            {(control) => (
              <RoleSelect
                control={control}
                value={role}
                roles={allRoles}
                label={(r) => tc(`role.${r}`)}
                onChange={(next) => {
                  setRole(next);
                  if (next !== 'department_head') setDepartmentId('');
                }}
              />
            )}
          </Field>
        )}
        <Field
          id={feedback.id('departmentId')}
          label={t('users.department')}
          required={role === 'department_head'}
          hint={t('users.departmentHint')}
          error={error('departmentId')}
        >
          {(control) => (
            <DepartmentSelect
              control={control}
              value={departmentId}
              departments={departments}
              disabled={role !== 'department_head'}
              placeholder={role === 'department_head' ? t('users.choose') : t('users.noDepartment')}
              onChange={setDepartmentId}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={updateUser.isPending || undefined}>
            {updateUser.isPending ? t('form.saving') : t('users.detail.save')}
          </button>
        </div>
      </form>
      <FormStatus message={feedback.status} />
    </section>
  );
}
