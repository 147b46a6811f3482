import { useMemo } from 'react';
import type { Interval } from '@/contract/stats.ts';
import { berlinDate } from '@/lib/freshness.ts';
import { useDashboardTranslation } from '@/lib/i18n/use-dashboard-translation.ts';
import { useLocale } from '@/lib/i18n/use-locale.ts';

/** Dates and figures on the dashboard, in the current language and in Hannover's time. */
export function useDashboardFormat() {
  const { t } = useDashboardTranslation();
  const { language, formatDate, formatPercent } = useLocale();
  const formats = useMemo(
    () => ({
      dateTime: new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }),
      month: new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
      day: new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }),
    }),
    [language],
  );
  const utc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

  return {
    formatPercent,
    formatDate,
    /** A moment (an ISO timestamp) with its time of day, as the clock in Hannover showed it. */
    formatDateTime: (at: string) => formats.dateTime.format(new Date(at)),
    /** The day in Hannover on which something happened (an ISO timestamp). */
    formatDay: (at: string) => formatDate(berlinDate(new Date(at))),
    /** A point of progress over time by the period it closes: a week's last day, a month, a quarter. */
    formatPeriod: (isoDate: string, interval: Interval) => {
      if (interval === 'week') return formats.day.format(utc(isoDate));
      if (interval === 'month') return formats.month.format(utc(isoDate));
      const [year, month] = isoDate.split('-').map(Number) as [number, number];
      return t('history.quarterLabel', { quarter: Math.ceil(month / 3), year });
    },
  };
}
