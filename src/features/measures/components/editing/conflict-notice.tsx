import { useEffect, useRef } from 'react';
import type { Measure } from '@/contract/measures.ts';
import { useEditingTranslation } from '@/lib/i18n/use-editing-translation.ts';
import { measureChanges } from './measure-changes.ts';
import { useFormatChange } from './use-format-change.ts';

type ConflictNoticeProps = {
  /** The version the user started from (what their form was filled from). */
  basedOn: Measure;
  /** The version the server holds now (from the 412). */
  current: Measure;
  /** The activity the user was changing, whose changes are listed first. */
  activityCode?: string | undefined;
  /** Send the user's values again, on top of `current`. */
  onReapply: () => void;
  /** Drop the user's values and carry on from `current`. */
  onDiscard: () => void;
};

/**
 * Someone else's write got in first: says so, shows what they changed, and leaves the choice to
 * the user. Their input stays in the form; nothing is overwritten without them deciding.
 */
export function ConflictNotice({ basedOn, current, activityCode, onReapply, onDiscard }: ConflictNoticeProps) {
  const { t } = useEditingTranslation();
  const { fieldName, value } = useFormatChange();
  const changes = measureChanges(basedOn, current, activityCode);
  const ref = useRef<HTMLDivElement>(null);

  // The notice replaces the form's usual answer: whoever submitted should land on it.
  useEffect(() => {
    ref.current?.focus();
  }, [current.etag]);

  return (
    <div ref={ref} role="alert" tabIndex={-1} className="status-message status-message--warning conflict-notice">
      <p className="status-message__title">{t('conflict.title', { code: current.code })}</p>
      <p>{t('conflict.notSaved')}</p>
      {changes.length > 0 ? (
        <>
          <p>{t('conflict.changedHeading')}</p>
          <ul className="conflict-notice__changes">
            {changes.map((change) => (
              <li key={`${change.activityCode ?? ''}-${change.field}`}>
                <span className="conflict-notice__target">
                  {change.activityCode ? t('conflict.ofActivity', { code: change.activityCode }) : t('conflict.ofMeasure')}
                </span>
                {' – '}
                {t('conflict.change', {
                  field: fieldName(change.field),
                  from: value(change.field, change.from),
                  to: value(change.field, change.to),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('conflict.nothingVisible')}</p>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onReapply}>
          {t('conflict.reapply')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDiscard}>
          {t('conflict.discard')}
        </button>
      </div>
    </div>
  );
}
