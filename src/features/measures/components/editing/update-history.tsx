import type { ProgressUpdate } from '@/contract/measures.ts';
import { ErrorAlert, LoadingStatus } from '@/components/status-message.tsx';
import { useEditingTranslation } from '@/lib/i18n/use-editing-translation.ts';
import { useMeasureUpdates } from '../../api/get-updates.ts';
import { useFormatChange } from './use-format-change.ts';

function HistoryEntry({ update }: { update: ProgressUpdate }) {
  const { t } = useEditingTranslation();
  const { fieldName, value, dateTime } = useFormatChange();
  return (
    // Named by its date and author, so that the entry is announced as what it is.
    <li className="history-entry" aria-labelledby={`update-${update.id}-meta`}>
      <p id={`update-${update.id}-meta`} className="history-entry__meta">
        <time dateTime={update.at}>{dateTime(update.at)}</time> · {t('history.by', { name: update.author.name })} ·{' '}
        <span className="code">
          {update.activityCode ? t('history.onActivity', { code: update.activityCode }) : t('history.onMeasure', { code: update.measureCode })}
        </span>
      </p>
      {update.changes.length > 0 ? (
        <ul className="plain-list history-entry__changes">
          {update.changes.map((change) => (
            <li key={change.field}>
              {t('conflict.change', { field: fieldName(change.field), from: value(change.field, change.from), to: value(change.field, change.to) })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="note">{t('history.noChange')}</p>
      )}
      {update.narrative ? <p className="history-entry__narrative">{update.narrative}</p> : null}
    </li>
  );
}

/** A measure's progress updates, newest first, a page at a time. */
export function UpdateHistory({ measureCode }: { measureCode: string }) {
  const { t } = useEditingTranslation();
  const history = useMeasureUpdates(measureCode);
  const updates = history.data?.pages.flatMap((page) => page.items) ?? [];
  const total = history.data?.pages.at(-1)?.total ?? 0;

  return (
    <section className="history" aria-labelledby="measure-history-heading">
      <h2 id="measure-history-heading">{t('history.title')}</h2>
      <p className="note">{t('history.intro')}</p>
      {history.isPending ? (
        <LoadingStatus />
      ) : history.isError && updates.length === 0 ? (
        <ErrorAlert message={t('history.loadFailed')} onRetry={() => void history.refetch()} retrying={history.isFetching} />
      ) : updates.length === 0 ? (
        <p>{t('history.empty')}</p>
      ) : (
        <>
          <ol className="history-list">
            {updates.map((update) => (
              <HistoryEntry key={update.id} update={update} />
            ))}
          </ol>
          <p className="note" aria-live="polite">
            {t('history.shown', { shown: updates.length, total })}
          </p>
          {history.hasNextPage ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void history.fetchNextPage()}
              aria-disabled={history.isFetchingNextPage || undefined}
            >
              {t('history.more')}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
