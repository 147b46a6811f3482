import { z } from 'zod';
import { DepartmentId, PersonId } from './common.ts';

/** Someone who can be named as the responsible person of a lead; not necessarily an account holder. */
export const Person = z
  .object({ id: PersonId, name: z.string(), departmentId: DepartmentId.nullable() })
  .meta({ id: 'Person' });
export type Person = z.infer<typeof Person>;

export const PersonList = z.array(Person);

/** POST /api/v1/people (coordinators and admins). */
export const CreatePersonBody = z
  .strictObject({
    name: z.string().trim().min(1, 'a name is required').max(200),
    departmentId: DepartmentId.nullable(),
  })
  .meta({ id: 'CreatePersonBody' });
export type CreatePersonBody = z.infer<typeof CreatePersonBody>;
