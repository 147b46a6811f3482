import type { Department } from '@/contract/departments.ts';
import type { Language } from '@/contract/common.ts';

/** Departments for a choice, by name in the current language. */
export const departmentOptions = (departments: readonly Department[], language: Language) =>
  departments.map((d) => ({ id: d.id, name: d.name[language] })).sort((a, b) => a.name.localeCompare(b.name, language));
