import { useId, useState, type FormEvent } from 'react';
import type { Interval } from '@/contract/stats.ts';
import { Field } from '@/components/form-field.tsx';
import { useDashboardTranslation } from '@/lib/i18n/use-dashboard-translation.ts';
import { intervals, periodMonths, periodProblems, type HistoryQuery, type HistoryView, type PeriodMonths, type PeriodProblem } from '../utils/period.ts';

type PeriodFormProps = {
  view: HistoryView;
  /** The period the chart shows now, to start dates of one's own from. */
  shown: HistoryQuery;
  today: string;
  onApply: (view: HistoryView) => void;
};

/**
 * The period and the steps of progress over time. It applies on submit, not on every change, so
 * that choosing in a select never moves a keyboard or screen-reader user's context (WCAG 3.2.2).
 */
export function PeriodForm({ view, shown, today, onApply }: PeriodFormProps) {
  const { t } = useDashboardTranslation();
  const id = useId();
  const [period, setPeriod] = useState<string>('months' in view ? String(view.months) : 'custom');
  const [problems, setProblems] = useState<{ from?: PeriodProblem; to?: PeriodProblem }>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const interval = data.get('interval') as Interval;
    if (period !== 'custom') {
      setProblems({});
      onApply({ months: Number(period) as PeriodMonths, interval });
      return;
    }
    const from = String(data.get('from') ?? '');
    const to = String(data.get('to') ?? '');
    const found = periodProblems(from, to, today);
    setProblems(found);
    if (!found.from && !found.to) return onApply({ from, to, interval });
    // To the first field to correct, whose error is then read with it.
    const first = event.currentTarget.elements.namedItem(found.from ? 'from' : 'to');
    if (first instanceof HTMLInputElement) first.focus();
  };

  return (
    <form className="period-form" aria-label={t('history.choose')} onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-period`}>{t('history.period')}</label>
        <select id={`${id}-period`} name="period" value={period} onChange={(event) => setPeriod(event.target.value)}>
          {periodMonths.map((months) => (
            <option key={months} value={months}>
              {t('history.lastMonths', { count: months })}
            </option>
          ))}
          <option value="custom">{t('history.custom')}</option>
        </select>
      </div>
      {period === 'custom' ? (
        <>
          <Field id={`${id}-from`} label={t('history.from')} required error={problems.from && t(`history.problem.${problems.from}`)}>
            {(control) => <input {...control} type="date" name="from" max={today} defaultValue={'from' in view ? view.from : shown.from} />}
          </Field>
          <Field id={`${id}-to`} label={t('history.to')} required error={problems.to && t(`history.problem.${problems.to}`)}>
            {(control) => <input {...control} type="date" name="to" max={today} defaultValue={'to' in view ? view.to : shown.to} />}
          </Field>
        </>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-interval`}>{t('history.interval')}</label>
        <select id={`${id}-interval`} name="interval" defaultValue={view.interval}>
          {intervals.map((interval) => (
            <option key={interval} value={interval}>
              {t(`history.${interval}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--secondary">
        {t('history.apply')}
      </button>
    </form>
  );
}
