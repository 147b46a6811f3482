import { useState, type FormEvent } from 'react';
import type { Language } from '@/contract/common.ts';
import { isIsoDate } from '@/contract/values.ts';
import { Field } from '@/components/form-field.tsx';
import { useReportsTranslation } from '@/lib/i18n/use-reports-translation.ts';

type Props = { asOf: string; language: Language; onShow: (next: { asOf: string; language: Language }) => void };

/** The report's date and language: the page's language stays as it is, a committee gets German unless asked otherwise. */
export function ReportControls({ asOf, language, onShow }: Props) {
  const { t } = useReportsTranslation();
  const [date, setDate] = useState(asOf);
  const [lang, setLang] = useState<Language>(language);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isIsoDate(date)) {
      setError(t('report.invalidDate'));
      return;
    }
    setError(null);
    onShow({ asOf: date, language: lang });
  };

  return (
    <form className="panel report-controls" onSubmit={submit} noValidate>
      <Field id="report-as-of" label={t('report.asOf')} hint={t('report.asOfHint')} error={error ?? undefined} required>
        {(control) => <input {...control} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
      </Field>
      <fieldset className="report-controls__language">
        <legend>{t('report.language')}</legend>
        {(['de', 'en'] as const).map((value) => (
          <div className="radio" key={value}>
            <input id={`report-language-${value}`} type="radio" name="report-language" value={value} checked={lang === value} onChange={() => setLang(value)} />
            <label htmlFor={`report-language-${value}`} lang={value}>
              {value === 'de' ? 'Deutsch' : 'English'}
            </label>
          </div>
        ))}
      </fieldset>
      <div className="report-controls__actions">
        <button type="submit" className="button">
          {t('report.show')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('report.print')}
        </button>
      </div>
    </form>
  );
}
