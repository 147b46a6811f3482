import type { TFunction } from 'i18next';

/** The contract's rules for a department (src/contract/departments.ts), and the words for each problem. */

export type DepartmentField = 'id' | 'name.de' | 'name.en';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const maxNameLength = 200;

export function checkDepartmentId(id: string): string | undefined {
  if (id === '') return 'required';
  if (!idPattern.test(id)) return 'invalid_format';
  return undefined;
}

export function checkDepartmentName(name: string): string | undefined {
  if (name.trim() === '') return 'required';
  if (name.trim().length > maxNameLength) return 'too_big';
  return undefined;
}

export function departmentFieldMessage(t: TFunction<'admin'>, field: DepartmentField, code: string): string {
  if (code === 'required' || code === 'too_small') return t('form.required');
  if (code === 'too_big') return t('form.tooLong', { max: maxNameLength });
  if (field === 'id') return code === 'conflict' ? t('departments.errors.idTaken') : t('departments.errors.idFormat');
  return t('form.invalid');
}
