import { healths, horizons, phases } from '@/contract/values.ts';
import { useEditingTranslation } from '@/lib/i18n/use-editing-translation.ts';
import { useLocale } from '@/lib/i18n/use-locale.ts';
import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { editingDe } from '@/lib/i18n/locales/editing.de.ts';
import { useNames } from './use-names.ts';

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
/** When something happened, as people in Hannover read the clock: de-DE or en-GB. */
const dateTimeFormat = (language: string) => {
  let format = dateTimeFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' });
    dateTimeFormats.set(language, format);
  }
  return format;
};

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T => typeof value === 'string' && (values as readonly string[]).includes(value);

export type KnownField = keyof typeof editingDe.field;
const isKnownField = (field: string): field is KnownField => field in editingDe.field;

/**
 * Field names and values of a change (conflict view, history, audit trail) in the user's
 * language: phases, health and horizons in words, ids as names, dates and figures as people write them.
 */
export function useFormatChange() {
  const { t } = useTranslation();
  const { t: te } = useEditingTranslation();
  const { language, formatDate, formatPercent } = useLocale();
  const names = useNames();

  const fieldName = (field: string) => (isKnownField(field) ? te(`field.${field}`) : field);

  const value = (field: string, raw: unknown): string => {
    if (raw === null || raw === undefined || raw === '') {
      // Each empty state in the words the page uses for it elsewhere.
      if (field === 'health') return t('health.none');
      if (field === 'lead') return te('value.unassigned');
      if (field === 'person') return te('value.notNamed');
      return te('value.none');
    }
    if (Array.isArray(raw)) {
      if (raw.length === 0) return te('value.noneOfList');
      const name = field === 'goals' ? names.goalTitle : names.departmentName;
      return raw.map((item) => name(String(item))).join(', ');
    }
    if (typeof raw === 'object') {
      // A lead: department and, once named, a person.
      const lead = raw as { departmentId?: unknown; personId?: unknown };
      const department = typeof lead.departmentId === 'string' ? names.departmentName(lead.departmentId) : '';
      return typeof lead.personId === 'string' ? `${department} (${names.personName(lead.personId)})` : department;
    }
    if (field === 'phase' && isOneOf(phases, raw)) return t(`phase.${raw}`);
    if (field === 'health' && isOneOf(healths, raw)) return t(`health.${raw}`);
    if (field === 'horizon' && isOneOf(horizons, raw)) return t(`horizon.${raw}`);
    if (field === 'progressSource' && (raw === 'computed' || raw === 'manual')) return te(`value.${raw}`);
    if (field === 'progress' && typeof raw === 'number') return formatPercent(raw);
    if ((field === 'startDate' || field === 'targetDate') && typeof raw === 'string') return formatDate(raw);
    if (field === 'lead' && typeof raw === 'string') return names.departmentName(raw);
    if (field === 'person' && typeof raw === 'string') return names.personName(raw);
    return String(raw);
  };

  return { fieldName, value, dateTime: (iso: string) => dateTimeFormat(language).format(new Date(iso)) };
}
