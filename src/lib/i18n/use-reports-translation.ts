import { i18n } from './i18n.ts';
import { reportsDe } from './locales/reports.de.ts';
import { reportsEn } from './locales/reports.en.ts';
import { addNamespace, useNamespaceTranslation } from './use-namespace-translation.ts';

addNamespace('reports', reportsDe, reportsEn);

export const useReportsTranslation = () => useNamespaceTranslation('reports');

/** The report's words in its own language, whatever the page's: a committee gets German unless asked otherwise. */
export const reportsT = (language: 'de' | 'en') => i18n.getFixedT(language, 'reports');
/** Phase and health names from the main words, in the report's language. */
export const mainT = (language: 'de' | 'en') => i18n.getFixedT(language);
