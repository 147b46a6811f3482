import { useState, type FormEvent } from 'react';
import type { Department } from '@/contract/departments.ts';
import { Field, FormStatus } from '@/components/form-field.tsx';
import { FormProblem } from '@/components/form-problem.tsx';
import { useAdminTranslation } from '@/lib/i18n/use-admin-translation.ts';
import { useLocale } from '@/lib/i18n/use-locale.ts';
import { useFormFeedback } from '@/lib/use-form-feedback.ts';
import { useCreateDepartment } from '../api/create-department.ts';
import { useUpdateDepartment } from '../api/update-department.ts';
import { checkDepartmentId, checkDepartmentName, departmentFieldMessage, type DepartmentField } from '../utils/department-rules.ts';

type Values = { id: string; de: string; en: string };

type DepartmentFormProps =
  /** A new department: its id, for good, and both names. */
  | { department?: undefined }
  /** Renaming one: both names; the id stays. */
  | { department: Department };

/** Adds a department, or renames one; the same fields and rules either way. */
export function DepartmentForm({ department }: DepartmentFormProps) {
  const { t } = useAdminTranslation();
  const { localized } = useLocale();
  const creating = department === undefined;
  const fields: readonly DepartmentField[] = creating ? ['id', 'name.de', 'name.en'] : ['name.de', 'name.en'];
  const [values, setValues] = useState<Values>({ id: '', de: department?.name.de ?? '', en: department?.name.en ?? '' });
  const feedback = useFormFeedback(creating ? 'department-create' : 'department-rename', fields);
  const createDepartment = useCreateDepartment();
  const updateDepartment = useUpdateDepartment();
  const pending = createDepartment.isPending || updateDepartment.isPending;
  const set = (changes: Partial<Values>) => setValues((v) => ({ ...v, ...changes }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    feedback.reset();
    const found: Partial<Record<DepartmentField, string | undefined>> = {
      id: creating ? checkDepartmentId(values.id) : undefined,
      'name.de': checkDepartmentName(values.de),
      'name.en': checkDepartmentName(values.en),
    };
    const problems = Object.fromEntries(Object.entries(found).filter(([, code]) => code !== undefined));
    if (Object.keys(problems).length > 0) return feedback.invalid(problems);

    const name = { de: values.de.trim(), en: values.en.trim() };
    const onError = (error: unknown) => feedback.refused(error, 'id');
    if (creating) {
      createDepartment.mutate(
        { id: values.id, name },
        {
          onSuccess: (created) => {
            setValues({ id: '', de: '', en: '' });
            feedback.succeeded(t('departments.create.done', { name: localized(created.name) }));
          },
          onError,
        },
      );
    } else {
      updateDepartment.mutate(
        { id: department.id, changes: { name } },
        { onSuccess: (renamed) => feedback.succeeded(t('departments.detail.saved', { name: localized(renamed.name) })), onError },
      );
    }
  };

  const error = (field: DepartmentField) => {
    const code = feedback.errors.fields[field];
    return code === undefined ? undefined : departmentFieldMessage(t, field, code);
  };

  return (
    <>
      <p className="note">{t('form.requiredNote')}</p>
      <FormProblem id={feedback.problemId} message={feedback.errors.problem && t(`form.problem.${feedback.errors.problem}`)} />
      <form noValidate onSubmit={onSubmit} className="form-grid">
        {creating ? (
          <Field id={feedback.id('id')} label={t('departments.id')} required hint={t('departments.idHint')} error={error('id')}>
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                value={values.id}
                onChange={(e) => set({ id: e.target.value })}
              />
            )}
          </Field>
        ) : null}
        <Field id={feedback.id('name.de')} label={t('departments.nameDe')} required error={error('name.de')}>
          {(control) => <input {...control} type="text" lang="de" autoComplete="off" value={values.de} onChange={(e) => set({ de: e.target.value })} />}
        </Field>
        <Field id={feedback.id('name.en')} label={t('departments.nameEn')} required error={error('name.en')}>
          {(control) => <input {...control} type="text" lang="en" autoComplete="off" value={values.en} onChange={(e) => set({ en: e.target.value })} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={pending || undefined}>
            {pending ? t('form.saving') : creating ? t('departments.create.submit') : t('departments.detail.save')}
          </button>
        </div>
      </form>
      <FormStatus message={feedback.status} />
    </>
  );
}
