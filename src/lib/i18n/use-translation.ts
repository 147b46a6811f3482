import { useMemo, useSyncExternalStore } from 'react';
import { i18n } from './i18n.ts';
import { withPlainWords } from './plain-words.ts';

/*
 * The one React binding to i18next, in place of react-i18next: the first page has to fit in
 * 130 KB of JavaScript, and these few lines do all the app needs from that package (about 2.5 KB).
 */

const subscribe = (onChange: () => void) => {
  i18n.on('languageChanged', onChange);
  return () => i18n.off('languageChanged', onChange);
};

const currentLanguage = () => i18n.resolvedLanguage ?? i18n.language;

/** `t` in the current language; components re-render when it changes. Keys are checked against the German resources. */
export function useTranslation() {
  const language = useSyncExternalStore(subscribe, currentLanguage);
  const t = useMemo(() => withPlainWords(i18n.getFixedT(language), language, 'translation'), [language]);
  return { t, i18n, language };
}
