import i18n, { type BackendModule, type LanguageDetectorModule } from 'i18next';
import type { Language } from '@/contract/common.ts';
import { de } from './locales/de.ts';

export const appLanguages = ['de', 'en'] as const satisfies readonly Language[];

/** Where the chosen language is remembered across reloads. */
export const languageStorageKey = 'i18nextLng';

export const toLanguage = (lng: string | undefined): Language => (lng?.startsWith('en') ? 'en' : 'de');

/** German ships with the first page; English is fetched when someone chooses it. */
const loadOtherLanguages: BackendModule = {
  type: 'backend',
  init: () => {},
  read: (language, _namespace, callback) => {
    if (toLanguage(language) !== 'en') return callback(null, de);
    import('./locales/en.ts').then(
      ({ en }) => callback(null, en),
      (error: Error) => callback(error, null),
    );
  },
};

/**
 * The language chosen at the switch, remembered in localStorage under the key
 * i18next-browser-languagedetector uses; that package's other sources are deliberately not
 * consulted (German unless someone chose English), so these lines replace it and save 2 KB.
 */
const rememberedLanguage: LanguageDetectorModule = {
  type: 'languageDetector',
  detect: () => {
    try {
      return localStorage.getItem(languageStorageKey) ?? undefined;
    } catch {
      return undefined;
    }
  },
  cacheUserLanguage: (lng) => {
    try {
      localStorage.setItem(languageStorageKey, lng);
    } catch {
      // Private mode or storage full: the choice then lasts until the tab is closed.
    }
  },
};

const followHtmlLang = (lng: string | undefined) => {
  document.documentElement.lang = toLanguage(lng);
};

i18n.on('languageChanged', followHtmlLang);

/** Resolves once the language to start in is loaded; render after it, so no page flashes in the wrong language. */
export const i18nReady = i18n
  .use(loadOtherLanguages)
  .use(rememberedLanguage)
  .init({
    resources: { de: { translation: de } },
    partialBundledLanguages: true,
    // German is the staff's working language: only an explicit choice, never the browser's, switches to English.
    fallbackLng: 'de',
    supportedLngs: appLanguages,
    load: 'languageOnly',
    interpolation: { escapeValue: false },
  });

export { i18n };
