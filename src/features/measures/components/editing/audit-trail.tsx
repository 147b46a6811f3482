import type { AuditEntry } from '@/contract/audit.ts';
import { ErrorAlert, LoadingStatus } from '@/components/status-message.tsx';
import { useEditingTranslation } from '@/lib/i18n/use-editing-translation.ts';
import { useAudit } from '../../api/get-audit.ts';
import { useFormatChange } from './use-format-change.ts';

// i18next reads a dot as nesting, so the API's action names become keys with underscores.
const actionKeys = {
  'measure.edited': 'measure_edited',
  'activity.edited': 'activity_edited',
  'measure.progress_reported': 'measure_progress_reported',
  'activity.progress_reported': 'activity_progress_reported',
} as const satisfies Record<AuditEntry['action'], string>;

/** Who changed what on a measure, when, old → new; only rendered for those who may see it. */
export function AuditTrail({ measureCode }: { measureCode: string }) {
  const { t } = useEditingTranslation();
  const { fieldName, value, dateTime } = useFormatChange();
  const audit = useAudit(measureCode, { enabled: true });
  const entries = audit.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section className="audit" aria-labelledby="measure-audit-heading">
      <h2 id="measure-audit-heading">{t('audit.title')}</h2>
      <p className="note">{t('audit.intro')}</p>
      {audit.isPending ? (
        <LoadingStatus />
      ) : audit.isError && entries.length === 0 ? (
        <ErrorAlert message={t('audit.loadFailed')} onRetry={() => void audit.refetch()} retrying={audit.isFetching} />
      ) : entries.length === 0 ? (
        <p>{t('audit.empty')}</p>
      ) : (
        <>
          <div className="table-scroll" role="region" aria-labelledby="audit-caption" tabIndex={0}>
            <table className="data-table">
              <caption id="audit-caption" className="visually-hidden">
                {t('audit.caption', { code: measureCode })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.at')}</th>
                  <th scope="col">{t('audit.actor')}</th>
                  <th scope="col">{t('audit.action')}</th>
                  <th scope="col">{t('audit.subject')}</th>
                  <th scope="col">{t('audit.changes')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.id}>
                    <td>
                      <time dateTime={entry.at}>{dateTime(entry.at)}</time>
                    </td>
                    <td>{entry.actorUsername ?? t('audit.system')}</td>
                    <td>{t(`audit.actions.${actionKeys[entry.action]}`)}</td>
                    <td className="code">{entry.activityCode ?? entry.measureCode}</td>
                    <td>
                      <ul className="plain-list">
                        {entry.changes.map((change) => (
                          <li key={change.field}>
                            {t('conflict.change', { field: fieldName(change.field), from: value(change.field, change.from), to: value(change.field, change.to) })}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {audit.hasNextPage ? (
            <button type="button" className="button button--secondary" onClick={() => void audit.fetchNextPage()} aria-disabled={audit.isFetchingNextPage || undefined}>
              {t('audit.more')}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
