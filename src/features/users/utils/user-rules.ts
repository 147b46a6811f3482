import type { TFunction } from 'i18next';
import type { Role } from '@/contract/common.ts';

/**
 * The contract's rules for an account (src/contract/users.ts), checked before anything is sent,
 * and the words for each problem, whether found here or by the server (same field, same code).
 */

/**
 * Every role, in the order a choice offers them. Written out rather than imported: the contract's
 * values come with zod, which the browser never loads; the Record makes a role missing here a
 * compile error.
 */
const roleOrder: Record<Role, number> = { coordinator: 1, department_head: 2, council: 3, admin: 4 };
export const allRoles = (Object.keys(roleOrder) as Role[]).sort((a, b) => roleOrder[a] - roleOrder[b]);

export type UserField = 'username' | 'name' | 'role' | 'departmentId' | 'password' | 'disabled';
export type UserErrors = Partial<Record<UserField, string>>;

const usernamePattern = /^[a-z0-9][a-z0-9._-]{1,62}[a-z0-9]$/;
export const minPasswordLength = 12;
const maxPasswordLength = 1024;
const maxNameLength = 200;

export function checkUsername(username: string): string | undefined {
  if (username === '') return 'required';
  if (!usernamePattern.test(username)) return 'invalid_format';
  return undefined;
}

export function checkName(name: string): string | undefined {
  if (name.trim() === '') return 'required';
  if (name.trim().length > maxNameLength) return 'too_big';
  return undefined;
}

/** As the contract counts (passwordCharacters in src/contract/users.ts): code points of the NFC form, as the hash sees them. */
const passwordCharacters = (password: string) => [...password.normalize('NFC')].length;

export function checkPassword(password: string): string | undefined {
  if (password === '') return 'required';
  if (passwordCharacters(password) < minPasswordLength) return 'too_small';
  if (password.length > maxPasswordLength) return 'too_big';
  return undefined;
}

/** A department head needs a department, and only a department head has one. */
export function checkDepartment(role: Role | '', departmentId: string): string | undefined {
  if (role === 'department_head' && departmentId === '') return 'required';
  if (role !== 'department_head' && departmentId !== '') return 'department_mismatch';
  return undefined;
}

/** A problem with one field in the user's language; `role` tells which way a department mismatch goes. */
export function userFieldMessage(t: TFunction<'admin'>, field: UserField, code: string, role?: Role | ''): string {
  switch (field) {
    case 'username':
      if (code === 'required') return t('form.required');
      if (code === 'conflict') return t('users.errors.usernameTaken');
      return t('users.errors.usernameFormat');
    case 'name':
      if (code === 'required' || code === 'too_small') return t('form.required');
      if (code === 'too_big') return t('form.tooLong', { max: maxNameLength });
      return t('form.invalid');
    case 'role':
      if (code === 'own_account') return t('users.errors.ownRole');
      if (code === 'required') return t('form.required');
      return t('form.invalid');
    case 'departmentId':
      if (code === 'unknown_department') return t('users.errors.departmentUnknown');
      if (code === 'required' || role === 'department_head') return t('users.errors.departmentRequired');
      return t('users.errors.departmentNotAllowed');
    case 'password':
      if (code === 'required') return t('form.required');
      if (code === 'too_small') return t('users.errors.passwordTooShort');
      if (code === 'too_big') return t('users.errors.passwordTooLong');
      return t('form.invalid');
    case 'disabled':
      if (code === 'own_account') return t('users.errors.ownDisable');
      return t('form.invalid');
  }
}
