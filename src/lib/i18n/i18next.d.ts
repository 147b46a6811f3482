import 'i18next';
import type { de } from './locales/de.ts';
import type { adminDe } from './locales/admin.de.ts';
import type { chartsDe } from './locales/charts.de.ts';
import type { dashboardDe } from './locales/dashboard.de.ts';
import type { editingDe } from './locales/editing.de.ts';
import type { loginDe } from './locales/login.de.ts';
import type { reportsDe } from './locales/reports.de.ts';
import type { tableDe } from './locales/table.de.ts';

// Translation keys are checked at compile time against the German resources.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof de; admin: typeof adminDe; login: typeof loginDe; table: typeof tableDe; editing: typeof editingDe; charts: typeof chartsDe; dashboard: typeof dashboardDe; reports: typeof reportsDe };
  }
}
