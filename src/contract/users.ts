import { z } from 'zod';
import { DepartmentId, IsoDateTime, Role } from './common.ts';
import { SessionUser } from './session.ts';

const MIN_PASSWORD_CHARACTERS = 12;

/**
 * A password's length in characters as the hash sees them: code points of its NFC form
 * (src/server/auth/password.ts). An emoji counts once, not as two UTF-16 units, and an "é"
 * once however it was typed.
 */
const passwordCharacters = (password: string) => [...password.normalize('NFC')].length;

/**
 * OWASP ASVS 5 asks for at least 12 characters and allows at least 64; we allow 1024 (UTF-16
 * units, a bound on the work of hashing). A short one fails with `too_small`, as `.min()` would.
 */
export const Password = z
  .string()
  .max(1024)
  .check((ctx) => {
    if (passwordCharacters(ctx.value) >= MIN_PASSWORD_CHARACTERS) return;
    ctx.issues.push({
      code: 'too_small',
      origin: 'string',
      minimum: MIN_PASSWORD_CHARACTERS,
      inclusive: true,
      input: ctx.value,
      message: `a password has at least ${MIN_PASSWORD_CHARACTERS} characters`,
    });
  })
  // JSON Schema counts characters (code points) too; the check itself is not visible to the document.
  .meta({ minLength: MIN_PASSWORD_CHARACTERS });
export const Username = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{1,62}[a-z0-9]$/, 'a username is 3–64 lower-case letters, digits, dots, hyphens or underscores');

export const User = SessionUser.extend({ disabled: z.boolean(), createdAt: IsoDateTime }).meta({ id: 'User' });
export type User = z.infer<typeof User>;

export const UserList = z.array(User);

/** A department head needs a department; no other role has one. */
const departmentMatchesRole = (u: { role?: Role | undefined; departmentId?: string | null | undefined }) =>
  u.role === undefined || (u.role === 'department_head') === (u.departmentId !== null && u.departmentId !== undefined);
const departmentMessage = { message: 'a department head needs a department, and only a department head has one', path: ['departmentId'] };

export const CreateUserBody = z
  .strictObject({
    username: Username,
    name: z.string().trim().min(1).max(200),
    role: Role,
    departmentId: DepartmentId.nullable().default(null),
    password: Password,
  })
  .refine(departmentMatchesRole, departmentMessage);
export type CreateUserBody = z.input<typeof CreateUserBody>;

export const UpdateUserBody = z
  .strictObject({
    name: z.string().trim().min(1).max(200).optional(),
    role: Role.optional(),
    departmentId: DepartmentId.nullable().optional(),
    disabled: z.boolean().optional(),
  })
  .refine((u) => Object.keys(u).length > 0, { message: 'nothing to change' })
  .refine(departmentMatchesRole, departmentMessage);
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;

export const ResetPasswordBody = z.strictObject({ password: Password });

export const UserPathParams = z.object({ id: z.uuid() });
