import type { ErrorBody } from '@/contract/common.ts';
import type { Interval, ProgressHistoryQuery } from '@/contract/stats.ts';
import { errorBody } from './api-errors.ts';

/**
 * The periods of GET /stats/progress-history, shared by the server and the mocks so that both
 * answer with the same dates and refuse the same ranges.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const utcDay = (date: string) => new Date(`${date}T00:00:00Z`);

/** The most points one history answers with. */
export const MAX_POINTS = 600;

/**
 * The period ends within [from, to]: each Sunday, last of the month or last of the quarter, and
 * `to` itself last. Undefined when there would be more than MAX_POINTS.
 */
export function periodEnds(from: string, to: string, interval: Interval): string[] | undefined {
  const ends: string[] = [];
  const last = utcDay(to);
  let day: Date;
  if (interval === 'week') {
    const start = utcDay(from);
    day = new Date(start.getTime() + ((7 - start.getUTCDay()) % 7) * DAY_MS);
  } else {
    const start = utcDay(from);
    const months = interval === 'month' ? 1 : 3;
    const firstMonth = interval === 'month' ? start.getUTCMonth() : Math.floor(start.getUTCMonth() / 3) * 3;
    day = new Date(Date.UTC(start.getUTCFullYear(), firstMonth + months, 0));
  }
  while (day <= last) {
    ends.push(isoDay(day));
    if (ends.length > MAX_POINTS) return undefined;
    if (interval === 'week') day = new Date(day.getTime() + 7 * DAY_MS);
    else {
      const months = interval === 'month' ? 1 : 3;
      day = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1 + months, 0));
    }
  }
  if (ends.at(-1) !== to) ends.push(to);
  return ends.length > MAX_POINTS ? undefined : ends;
}

/** 18 months before `to`, the same day of the month (or the month's last day). */
export function defaultFrom(to: string): string {
  const day = utcDay(to);
  const target = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() - 18, 1));
  const lastOfMonth = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day.getUTCDate(), lastOfMonth));
  return isoDay(target);
}

export type HistoryRange = { from: string; to: string; interval: Interval; dates: string[] };

/** The query with its defaults filled in (to: today; from: 18 months before), or the 400 body naming what is wrong. */
export function resolveHistoryRange(query: ProgressHistoryQuery, today: string): HistoryRange | { error: ErrorBody } {
  const to = query.to ?? today;
  const from = query.from ?? defaultFrom(to);
  const interval = query.interval;
  if (from > to) {
    return { error: errorBody('validation_failed', `Invalid query parameter 'from': it lies after 'to' (${to})`, [
      { path: 'query.from', code: 'from_after_to', message: `must not lie after to (${to})` },
    ]) };
  }
  const dates = periodEnds(from, to, interval);
  if (!dates) {
    return { error: errorBody('validation_failed', `Invalid query parameter 'interval': more than ${MAX_POINTS} points from ${from} to ${to}`, [
      { path: 'query.interval', code: 'too_many_points', message: `gives more than ${MAX_POINTS} points; choose a longer interval or a shorter period` },
    ]) };
  }
  return { from, to, interval, dates };
}
