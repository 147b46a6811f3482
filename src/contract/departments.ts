import { z } from 'zod';
import { DepartmentId, LocalizedText } from './common.ts';

export const Department = z.object({ id: DepartmentId, name: LocalizedText }).meta({ id: 'Department' });
export type Department = z.infer<typeof Department>;

export const DepartmentList = z.array(Department);
