import type { chartsDe } from './charts.de.ts';

type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

export const chartsEn: SameKeys<typeof chartsDe> = {
  showTable: 'Show as table',
  hideTable: 'Hide table',
  loading: 'Loading chart …',
  loadFailed: 'The chart could not be loaded. The figures are in the table.',
  noData: 'There are no figures for this chart yet.',
  notAvailable: 'n/a',
  legend: 'Legend',
  total: 'Total',
  stale: 'of which stale',
  staleCount_one: '{{count}} stale',
  staleCount_other: '{{count}} stale',
  summary: {
    bar: 'Bar chart. {{values}}',
    stacked: 'Stacked bar chart. {{values}}',
    line: 'Line chart from {{from}} to {{to}}. {{values}}',
    latest: '{{series}} latest {{value}}',
  },
};
