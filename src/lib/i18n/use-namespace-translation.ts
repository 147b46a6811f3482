import { useMemo, useSyncExternalStore } from 'react';
import { i18n } from './i18n.ts';
import { withPlainWords } from './plain-words.ts';

/**
 * Words that only some pages need (signing in, the administration) are namespaces of their own,
 * registered when those pages load: they cost the first page nothing. Both languages come
 * together; they are small.
 */
export type LazyNamespace = 'login' | 'admin' | 'table' | 'editing' | 'charts' | 'dashboard' | 'reports';

export function addNamespace<N extends LazyNamespace>(namespace: N, de: object, en: object): void {
  i18n.addResourceBundle('de', namespace, de);
  i18n.addResourceBundle('en', namespace, en);
}

const subscribe = (onChange: () => void) => {
  i18n.on('languageChanged', onChange);
  return () => i18n.off('languageChanged', onChange);
};

const currentLanguage = () => i18n.resolvedLanguage ?? i18n.language;

/** `t` for one namespace, in the current language; keys are checked against its German words. */
export function useNamespaceTranslation<N extends LazyNamespace>(namespace: N) {
  const language = useSyncExternalStore(subscribe, currentLanguage);
  const t = useMemo(() => withPlainWords(i18n.getFixedT(language, namespace), language, namespace), [language, namespace]);
  return { t, language };
}
