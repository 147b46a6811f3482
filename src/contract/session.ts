import { z } from 'zod';
import { DepartmentId, Role } from './common.ts';

export const SessionUser = z
  .object({
    id: z.string(),
    username: z.string(),
    name: z.string(),
    role: Role,
    /** Set for department heads: the department whose measures they review. */
    departmentId: DepartmentId.nullable(),
  })
  .meta({ id: 'SessionUser' });
export type SessionUser = z.infer<typeof SessionUser>;

export const Session = z
  .object({
    user: SessionUser,
    /** Send as X-CSRF-Token with every state-changing request. */
    csrfToken: z.string(),
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof Session>;

export const LoginBody = z.strictObject({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(1024),
});
export type LoginBody = z.infer<typeof LoginBody>;
