import { errorBody, notFoundBody } from '@/lib/api-errors.ts';
import { auditContext } from '../../auth/audit.ts';
import { currentSession } from '../../auth/guards.ts';
import { hashPassword } from '../../auth/password.ts';
import { createAccount, findAccount, type InvalidChange, isProblem, listAccounts, resetAccountPassword, toUser, updateAccount } from '../../db/accounts.ts';
import type { AppRouteHandler } from '../../lib/app-types.ts';
import type * as routes from './users.routes.ts';

const fieldError = (field: string, code: string, message: string) =>
  errorBody('validation_failed', `Invalid field '${field}': ${message}`, [{ path: `body.${field}`, code, message }]);

/** The 422 body for a change that names a field it cannot make. */
function invalidChangeBody(result: InvalidChange) {
  switch (result.problem) {
    case 'unknown_department':
      return fieldError('departmentId', 'unknown_department', `there is no department '${result.departmentId}'`);
    case 'department_mismatch':
      return fieldError('departmentId', 'department_mismatch', 'a department head needs a department, and only a department head has one');
    case 'own_account':
      return result.field === 'disabled'
        ? fieldError('disabled', 'own_account', 'you cannot disable your own account; another admin can')
        : fieldError('role', 'own_account', 'you cannot take away your own admin role; another admin can');
  }
}

export const listUsers: AppRouteHandler<typeof routes.listUsers> = async (c) => {
  return c.json((await listAccounts(c.var.db)).map(toUser), 200);
};

export const createUser: AppRouteHandler<typeof routes.createUser> = async (c) => {
  const { password, ...account } = c.req.valid('json');
  const result = await createAccount(c.var.db, { ...account, passwordHash: await hashPassword(password, c.var.auth.passwordParams) }, auditContext(c));
  if (isProblem(result)) {
    return result.problem === 'username_taken' ? c.json(errorBody('conflict', 'This username is taken.'), 409) : c.json(invalidChangeBody(result), 422);
  }
  return c.json(toUser(result), 201);
};

export const updateUser: AppRouteHandler<typeof routes.updateUser> = async (c) => {
  const result = await updateAccount(c.var.db, c.req.valid('param').id, c.req.valid('json'), auditContext(c));
  if (isProblem(result)) return result.problem === 'not_found' ? c.json(notFoundBody('User'), 404) : c.json(invalidChangeBody(result), 422);
  return c.json(toUser(result), 200);
};

export const resetUserPassword: AppRouteHandler<typeof routes.resetUserPassword> = async (c) => {
  const { id } = c.req.valid('param');
  // Hashing takes most of a second: not for an account that is not there.
  if (!(await findAccount(c.var.db, id))) return c.json(notFoundBody('User'), 404);
  const passwordHash = await hashPassword(c.req.valid('json').password, c.var.auth.passwordParams);
  const result = await resetAccountPassword(c.var.db, id, passwordHash, auditContext(c), currentSession(c).idHash);
  if (isProblem(result)) return c.json(notFoundBody('User'), 404);
  return c.body(null, 204);
};
