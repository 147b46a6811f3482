import type { Phase } from '@/contract/common.ts';
import type { PhaseCounts, ProgressHistory, StatsSummary } from '@/contract/stats.ts';

const phases = (counts: Partial<Record<Phase, number>>): PhaseCounts => ({
  not_started: 0,
  planned: 0,
  in_progress: 0,
  ongoing: 0,
  completed: 0,
  on_hold: 0,
  discontinued: 0,
  ...counts,
});

/** A plan part way through, worked out by hand: 13 measures in 4 areas, 2 of them stale, 1 overdue. */
export const summaryFixture: StatsSummary = {
  asOf: '2026-03-31T08:15:00.000Z',
  reportingIntervalDays: 90,
  overall: {
    measures: 13,
    progress: 31,
    phases: phases({ not_started: 4, planned: 2, in_progress: 5, ongoing: 1, completed: 1 }),
    healths: { on_track: 4, at_risk: 3, off_track: 1, none: 5 },
    overdue: 1,
    stale: 2,
  },
  areas: [
    {
      areaCode: '1',
      measures: 3,
      progress: 45,
      phases: phases({ in_progress: 2, completed: 1 }),
      healths: { on_track: 1, at_risk: 1, off_track: 0, none: 1 },
      overdue: 0,
      stale: 0,
    },
    {
      areaCode: '2',
      measures: 3,
      progress: 20,
      phases: phases({ not_started: 1, planned: 1, in_progress: 1 }),
      healths: { on_track: 1, at_risk: 1, off_track: 0, none: 1 },
      overdue: 1,
      stale: 2,
    },
    {
      areaCode: '3',
      measures: 4,
      progress: 38,
      phases: phases({ not_started: 1, planned: 1, in_progress: 1, ongoing: 1 }),
      healths: { on_track: 2, at_risk: 0, off_track: 1, none: 1 },
      overdue: 0,
      stale: 0,
    },
    {
      areaCode: '4',
      measures: 3,
      progress: 21,
      phases: phases({ not_started: 2, in_progress: 1 }),
      healths: { on_track: 0, at_risk: 1, off_track: 0, none: 2 },
      overdue: 0,
      stale: 0,
    },
  ],
  departments: [],
  overdue: [{ code: '2.1', targetDate: '2025-12-31', lastUpdateAt: '2025-10-02T09:00:00.000Z' }],
  stale: [
    { code: '2.1', targetDate: '2025-12-31', lastUpdateAt: '2025-10-02T09:00:00.000Z' },
    { code: '2.3', targetDate: null, lastUpdateAt: null },
  ],
  recentlyUpdated: [
    { code: '3.1', targetDate: '2027-06-30', lastUpdateAt: '2026-03-30T22:30:00.000Z' },
    { code: '1.2', targetDate: null, lastUpdateAt: '2026-03-12T10:00:00.000Z' },
  ],
};

export const historyFixture: ProgressHistory = {
  from: '2025-12-31',
  to: '2026-03-31',
  interval: 'month',
  points: [
    { date: '2026-01-31', overall: 24, areas: [{ areaCode: '1', progress: 40 }, { areaCode: '2', progress: 10 }, { areaCode: '3', progress: 30 }, { areaCode: '4', progress: 15 }] },
    { date: '2026-02-28', overall: 28, areas: [{ areaCode: '1', progress: 42 }, { areaCode: '2', progress: 15 }, { areaCode: '3', progress: 35 }, { areaCode: '4', progress: 20 }] },
    { date: '2026-03-31', overall: 31, areas: [{ areaCode: '1', progress: 45 }, { areaCode: '2', progress: 20 }, { areaCode: '3', progress: 38 }, { areaCode: '4', progress: 21 }] },
  ],
};

export const areaLabels: Record<string, string> = {
  '1': '1 – Internationale Kooperationen/Partnerschaften',
  '2': '2 – Internationalisierung/Europäisierung',
  '3': '3 – Internationale Profilierung und Attraktivität',
  '4': '4 – Weltoffenheit der Stadt/Teilhabe der Stadtgesellschaft',
};
