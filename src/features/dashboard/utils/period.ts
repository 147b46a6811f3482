import type { Interval } from '@/contract/stats.ts';
import { berlinDate } from '@/lib/freshness.ts';

/** The periods offered for progress over time: the last so many months, or dates of one's own. */
export const periodMonths = [6, 12, 18] as const;
export type PeriodMonths = (typeof periodMonths)[number];

// The contract's values (src/contract/stats.ts), repeated because the browser bundle carries no zod.
export const intervals = ['week', 'month', 'quarter'] as const satisfies readonly Interval[];

export type HistoryView = { interval: Interval } & ({ months: PeriodMonths } | { from: string; to: string });

export type HistoryQuery = { from: string; to: string; interval: Interval };

export const defaultHistoryView: HistoryView = { months: 12, interval: 'month' };

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The same day so many months earlier; the 31st falls back to the month's last day. */
export function monthsBefore(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, lastDay));
  return first.toISOString().slice(0, 10);
}

/** What to ask the API for: a period ending today (in Hannover) or the dates chosen. */
export function historyQuery(view: HistoryView, today: string): HistoryQuery {
  if ('months' in view) return { from: monthsBefore(today, view.months), to: today, interval: view.interval };
  return { from: view.from, to: view.to, interval: view.interval };
}

/** The period the overview opens with, ending today in Hannover: for its loader to fetch ahead. */
export const initialHistoryQuery = (now = new Date()) => historyQuery(defaultHistoryView, berlinDate(now));

export type PeriodProblem = 'fromRequired' | 'toRequired' | 'outOfOrder' | 'future';

/** What is wrong with dates of one's own, per field; nothing when they can be asked for. */
export function periodProblems(from: string, to: string, today: string): { from?: PeriodProblem; to?: PeriodProblem } {
  const problems: { from?: PeriodProblem; to?: PeriodProblem } = {};
  if (!isoDate.test(from)) problems.from = 'fromRequired';
  if (!isoDate.test(to)) problems.to = 'toRequired';
  else if (to > today) problems.to = 'future';
  else if (!problems.from && from > to) problems.to = 'outOfOrder';
  return problems;
}
