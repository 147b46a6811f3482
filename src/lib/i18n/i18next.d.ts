import 'i18next';
import type { de } from './locales/de.ts';
import type { adminDe } from './locales/admin.de.ts';
import type { loginDe } from './locales/login.de.ts';

// Translation keys are checked at compile time against the German resources.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof de; admin: typeof adminDe; login: typeof loginDe };
  }
}
