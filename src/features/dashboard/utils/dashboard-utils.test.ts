import { describe, expect, it } from 'vitest';
import { measureHref, measuresHref } from './measures-link.ts';
import { historyQuery, monthsBefore, periodProblems } from './period.ts';

describe('links from the dashboard into the measures table', () => {
  it('ask for the measures a figure counts, in the table\'s own order of parameters', () => {
    expect(measuresHref({ area: '3' })).toBe('/measures?area=3&kind=measure');
    expect(measuresHref({ phase: 'in_progress', area: '2' })).toBe('/measures?area=2&phase=in_progress&kind=measure');
    expect(measuresHref({ health: 'at_risk' })).toBe('/measures?health=at_risk&kind=measure');
    expect(measuresHref({ overdue: true })).toBe('/measures?kind=measure&overdue=1');
    expect(measuresHref({ stale: true, area: '1' })).toBe('/measures?area=1&kind=measure&stale=1');
    expect(measuresHref()).toBe('/measures?kind=measure');
  });

  it('lead to a measure\'s own page', () => {
    expect(measureHref('3.1')).toBe('/measures/3.1');
  });
});

describe('the period of progress over time', () => {
  it('goes back whole months, to the last day where a month is shorter', () => {
    expect(monthsBefore('2026-03-15', 12)).toBe('2025-03-15');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2024-08-31', 6)).toBe('2024-02-29');
    expect(monthsBefore('2026-01-10', 18)).toBe('2024-07-10');
  });

  it('ends today for the last months, and is taken as chosen otherwise', () => {
    expect(historyQuery({ months: 6, interval: 'week' }, '2026-03-15')).toEqual({ from: '2025-09-15', to: '2026-03-15', interval: 'week' });
    expect(historyQuery({ from: '2025-01-01', to: '2025-12-31', interval: 'quarter' }, '2026-03-15')).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
      interval: 'quarter',
    });
  });

  it('refuses dates of one\'s own that are missing, reversed or in the future', () => {
    expect(periodProblems('2025-01-01', '2025-12-31', '2026-03-15')).toEqual({});
    expect(periodProblems('', '', '2026-03-15')).toEqual({ from: 'fromRequired', to: 'toRequired' });
    expect(periodProblems('2025-06-01', '2025-05-31', '2026-03-15')).toEqual({ to: 'outOfOrder' });
    expect(periodProblems('2025-06-01', '2026-04-01', '2026-03-15')).toEqual({ to: 'future' });
  });
});
