import type { Phase } from '@/contract/common.ts';

/** Closed work needs no reports and has no deadline left to miss. */
const closed: readonly Phase[] = ['completed', 'discontinued'];

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Stale (DOMAIN.md, "Freshness"): no update for longer than the plan's reporting interval. A
 * measure or activity never updated counts from when it was created. Closed work is never stale.
 */
export function isStale(
  item: { phase: Phase; lastUpdateAt: string | Date | null; createdAt: string | Date },
  reportingIntervalDays: number,
  now: Date,
): boolean {
  const turns = staleAfter(item, reportingIntervalDays);
  return turns !== null && now.getTime() > turns;
}

/** The instant (ms) after which an item counts as stale if nothing happens, or null for closed work. */
export function staleAfter(item: { phase: Phase; lastUpdateAt: string | Date | null; createdAt: string | Date }, reportingIntervalDays: number): number | null {
  if (closed.includes(item.phase)) return null;
  return new Date(item.lastUpdateAt ?? item.createdAt).getTime() + reportingIntervalDays * DAY_MS;
}

/** Overdue: the target date has passed (in the city's calendar) and the work is not closed. */
export function isOverdue(item: { phase: Phase; targetDate: string | null }, now: Date): boolean {
  if (item.targetDate === null || closed.includes(item.phase)) return false;
  return item.targetDate < berlinDate(now);
}

// Made once: a new Intl.DateTimeFormat costs a fraction of a millisecond, and the plan asks once per
// measure and activity (seconds at 10,000 measures). Made on first use, not when the module loads:
// a page's first Intl.DateTimeFormat costs 20–35 ms (src/app/warm-up-intl.ts), which belongs in no
// module's evaluation.
let berlinDay: Intl.DateTimeFormat | undefined;

/** The date in Hannover, as YYYY-MM-DD: a target date "passes" at local midnight, not at UTC's. */
export function berlinDate(at: Date): string {
  berlinDay ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });
  return berlinDay.format(at);
}
