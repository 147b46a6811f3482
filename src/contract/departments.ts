import { z } from 'zod';
import { DepartmentId, LocalizedText } from './common.ts';

export const Department = z.object({ id: DepartmentId, name: LocalizedText }).meta({ id: 'Department' });
export type Department = z.infer<typeof Department>;

export const DepartmentList = z.array(Department);

export const DepartmentPathParams = z.object({ id: DepartmentId });

export const CreateDepartmentBody = z.strictObject({
  id: DepartmentId,
  name: z.strictObject({ de: z.string().trim().min(1).max(200), en: z.string().trim().min(1).max(200) }),
});
export type CreateDepartmentBody = z.infer<typeof CreateDepartmentBody>;

export const UpdateDepartmentBody = z.strictObject({
  name: z.strictObject({ de: z.string().trim().min(1).max(200), en: z.string().trim().min(1).max(200) }),
});
export type UpdateDepartmentBody = z.infer<typeof UpdateDepartmentBody>;
