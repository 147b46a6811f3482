import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { appLanguages, toLanguage } from '@/lib/i18n/i18n.ts';

/** German or English. Each name is written in its own language and marked so, for screen readers. */
export function LanguageSwitch() {
  const { t, i18n, language: current } = useTranslation();
  const language = toLanguage(current);
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {appLanguages.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          className="language-switch__button"
          aria-pressed={lng === language}
          onClick={() => void i18n.changeLanguage(lng)}
        >
          {t(`language.${lng}`)}
        </button>
      ))}
    </div>
  );
}
