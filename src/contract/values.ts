/**
 * The contract's fixed lists as plain values, without zod: what the browser app may import at
 * run time. common.ts builds its schemas from these, so both always agree; zod itself stays on
 * the server and in the mocks (README, Architecture).
 */

export const languages = ['de', 'en'] as const;

/** Lifecycle of a measure or activity (DOMAIN.md, "Status and progress"). */
export const phases = ['not_started', 'planned', 'in_progress', 'ongoing', 'completed', 'on_hold', 'discontinued'] as const;

/** The "Ampel": meaningful only while planned, in progress, ongoing or on hold. */
export const healths = ['on_track', 'at_risk', 'off_track'] as const;
export const phasesWithHealth: readonly (typeof phases)[number][] = ['planned', 'in_progress', 'ongoing', 'on_hold'];

export const horizons = ['short', 'medium', 'long'] as const;

export const roles = ['coordinator', 'department_head', 'council', 'admin'] as const;

/** A calendar date as the API writes it, e.g. 2026-12-31: the form, and a day the calendar has. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
