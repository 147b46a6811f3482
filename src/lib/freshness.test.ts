import { describe, expect, it } from 'vitest';
import { berlinDate, isOverdue, isStale } from './freshness.ts';

const now = new Date('2026-11-22T10:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000).toISOString();

describe('freshness', () => {
  it('is stale after more days without an update than the reporting interval', () => {
    expect(isStale({ phase: 'in_progress', lastUpdateAt: daysAgo(90), createdAt: daysAgo(400) }, 90, now)).toBe(false);
    expect(isStale({ phase: 'in_progress', lastUpdateAt: daysAgo(91), createdAt: daysAgo(400) }, 90, now)).toBe(true);
    expect(isStale({ phase: 'in_progress', lastUpdateAt: daysAgo(40), createdAt: daysAgo(400) }, 30, now)).toBe(true);
  });

  it('counts from creation when there was never an update, and never calls closed work stale', () => {
    expect(isStale({ phase: 'not_started', lastUpdateAt: null, createdAt: daysAgo(120) }, 90, now)).toBe(true);
    expect(isStale({ phase: 'not_started', lastUpdateAt: null, createdAt: daysAgo(10) }, 90, now)).toBe(false);
    expect(isStale({ phase: 'completed', lastUpdateAt: daysAgo(500), createdAt: daysAgo(600) }, 90, now)).toBe(false);
    expect(isStale({ phase: 'discontinued', lastUpdateAt: null, createdAt: daysAgo(600) }, 90, now)).toBe(false);
  });

  it('is overdue once the target date has passed in Hannover, unless closed', () => {
    expect(isOverdue({ phase: 'in_progress', targetDate: '2026-11-21' }, now)).toBe(true);
    expect(isOverdue({ phase: 'in_progress', targetDate: '2026-11-22' }, now)).toBe(false);
    expect(isOverdue({ phase: 'completed', targetDate: '2020-01-01' }, now)).toBe(false);
    expect(isOverdue({ phase: 'planned', targetDate: null }, now)).toBe(false);
    // 23:30 UTC on the 21st is already the 22nd in Hannover.
    expect(berlinDate(new Date('2026-11-21T23:30:00Z'))).toBe('2026-11-22');
    expect(isOverdue({ phase: 'planned', targetDate: '2026-11-21' }, new Date('2026-11-21T23:30:00Z'))).toBe(true);
  });
});
