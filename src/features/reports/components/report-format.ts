import type { Language, Lead } from '@/contract/common.ts';
import type { Department } from '@/contract/departments.ts';
import type { Person } from '@/contract/people.ts';

const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let format = formats.get(key) as F | undefined;
  if (!format) formats.set(key, (format = make()));
  return format;
}

/** A calendar date (2026-10-31) as people write it in the language. */
export const formatDay = (isoDate: string, language: Language) =>
  cached(`day|${language}`, () => new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' })).format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));

/** A point in time as the date it was in Hannover. */
export const formatInstantDay = (isoDateTime: string, language: Language) =>
  cached(`instant|${language}`, () => new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'Europe/Berlin' })).format(new Date(isoDateTime));

export const formatPercent = (value: number, language: Language) =>
  cached(`percent|${language}`, () => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 })).format(value / 100);

export type Lookups = { departments: readonly Department[]; people: readonly Person[] };

/** "Fachbereich Internationales (Hanna Muster)", or null when nobody leads. */
export function leadText(lead: Lead, { departments, people }: Lookups, language: Language): string | null {
  if (lead === null) return null;
  const department = departments.find((d) => d.id === lead.departmentId)?.name[language] ?? lead.departmentId;
  const person = lead.personId === null ? null : (people.find((p) => p.id === lead.personId)?.name ?? null);
  return person === null ? department : `${department} (${person})`;
}

export const departmentNames = (ids: readonly string[], { departments }: Lookups, language: Language) =>
  ids.map((id) => departments.find((d) => d.id === id)?.name[language] ?? id);
