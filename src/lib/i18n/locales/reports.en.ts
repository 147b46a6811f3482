import type { reportsDe } from './reports.de.ts';

type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

export const reportsEn: SameKeys<typeof reportsDe> = {
  department: {
    title: 'Department',
    titleOf: 'Department: {{name}}',
    choose: 'Choose a department',
    show: 'Show',
    intro: 'Measures and activities the department leads or contributes to.',
    none: 'The department takes part in no measure.',
    role: {
      lead: 'Lead',
      contributor: 'Contributing',
    },
  },
  report: {
    title: 'Committee report',
    asOf: 'As of',
    asOfHint: 'The report shows phase, health and progress as they were at the end of this day.',
    language: 'Language of the report',
    show: 'Show report',
    print: 'Print / save as PDF',
    invalidDate: 'Please enter a date as YYYY-MM-DD.',
    subtitle: 'Status report',
    asOfLine: 'As of {{date}}',
    generated: 'Generated on {{date}}',
    overall: 'Overall progress: {{progress}}',
    areaProgress: 'Progress of the Area of Action: {{progress}}',
    noProgress: 'no progress to compute yet',
    areaHeading: 'Area of Action {{code}}: {{title}}',
    measureHeading: 'Measure {{code}}: {{title}}',
  },
  field: {
    phase: 'Phase',
    health: 'Health',
    progress: 'Progress',
    lead: 'Lead',
    contributors: 'Contributing',
    targetDate: 'Target date',
    latest: 'Latest update',
    activities: 'Activities',
  },
  value: {
    notAssigned: 'not assigned',
    notSet: 'not set',
    noUpdate: 'No progress reported yet.',
    by: '{{date}}, {{author}}',
    stale: 'Stale',
    overdue: 'Overdue',
  },
  export: {
    label: 'Export',
    csv: 'CSV',
    xlsx: 'Excel (XLSX)',
    hint: 'Exports the rows and columns shown.',
    failed: 'The export failed. Please try again.',
    sheet: 'Measures',
  },
};
