import { useTranslation } from '@/lib/i18n/use-translation.ts';
import type { Language, LocalizedText } from '@/contract/common.ts';
import { toLanguage } from './i18n.ts';

const percentFormats = new Map<Language, Intl.NumberFormat>();
const dateFormats = new Map<Language, Intl.DateTimeFormat>();

const percentFormat = (language: Language) => {
  let format = percentFormats.get(language);
  if (!format) percentFormats.set(language, (format = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 })));
  return format;
};

const dateFormat = (language: Language) => {
  let format = dateFormats.get(language);
  if (!format) dateFormats.set(language, (format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' })));
  return format;
};

/** Plan content and figures rendered in one language. */
function localeOf(language: Language) {
  return {
    language,
    /** Plan content verbatim, in the current language. */
    localized: (text: LocalizedText) => text[language],
    /** A whole percentage, e.g. "40 %" in German. */
    formatPercent: (value: number) => percentFormat(language).format(value / 100),
    /** An ISO date (2025-03-31) as people write it. */
    formatDate: (isoDate: string) => dateFormat(language).format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)),
  };
}

// One per language, so that its functions stay the same from render to render (memo and hook dependencies).
const locales = new Map<Language, ReturnType<typeof localeOf>>();

/** The current language, and plan content and figures rendered in it. */
export function useLocale() {
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage ?? i18n.language);
  let locale = locales.get(language);
  if (!locale) locales.set(language, (locale = localeOf(language)));
  return locale;
}
