import { useState, type FormEvent } from 'react';
import type { Health, Phase } from '@/contract/common.ts';
import type { Measure, MeasureUpdateBody } from '@/contract/measures.ts';
import { Field, FormStatus } from '@/components/form-field.tsx';
import { FormProblem } from '@/components/form-problem.tsx';
import { healthValues, phaseValues } from '@/components/status-badge.tsx';
import { useEditingTranslation } from '@/lib/i18n/use-editing-translation.ts';
import { useLocale } from '@/lib/i18n/use-locale.ts';
import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { conflictOf } from '../../api/conflict.ts';
import { useReportProgress } from '../../api/report-progress.ts';
import { ConflictNotice } from './conflict-notice.tsx';
import { useEditFeedback, useIssueMessage } from './use-edit-feedback.ts';

type Values = {
  phase: Phase;
  /** '' for none. */
  health: Health | '';
  /** For the measure itself: computed from the activities, or set by hand. */
  mode: 'computed' | 'manual';
  progress: string;
  narrative: string;
};

type Subject = { phase: Phase; health: Health | null; progress: number; computed: boolean };

const measureSubject = (measure: Measure): Subject => ({
  phase: measure.phase,
  health: measure.health,
  progress: measure.progress,
  computed: measure.progressSource === 'computed',
});

const subjectOf = (measure: Measure, target: string): Subject | undefined => {
  if (target === '') return measureSubject(measure);
  const activity = measure.activities.find((a) => a.code === target);
  return activity && { phase: activity.phase, health: activity.health, progress: activity.progress, computed: false };
};

const valuesOf = (subject: Subject, narrative = ''): Values => ({
  phase: subject.phase,
  health: subject.health ?? '',
  mode: subject.computed ? 'computed' : 'manual',
  progress: String(subject.progress),
  narrative,
});

const formId = 'progress-update';
const order = ['target', 'phase', 'health', 'progress', 'narrative'] as const;

/** Where the API's issues belong in this form; `body.progress` is the figure for either target. */
const fieldOf = (path: string) => order.find((field) => path === `body.${field}`);

type Conflict = { basedOn: Measure; current: Measure };

type ProgressUpdateFormProps = {
  measure: Measure;
  /** '' for the measure itself, else an activity's code. */
  target: string;
  onTargetChange: (target: string) => void;
};

/**
 * A progress update ("Sachstandsbericht") on the measure or one of its activities. Only what the
 * user changed is sent, with the version they started from: if someone else wrote meanwhile, the
 * conflict view shows what changed and the user's input stays here to apply again on top.
 */
export function ProgressUpdateForm({ measure, target, onTargetChange }: ProgressUpdateFormProps) {
  const { t } = useEditingTranslation();
  const { t: tc } = useTranslation();
  const { localized } = useLocale();
  const feedback = useEditFeedback(formId, order);
  const issueMessage = useIssueMessage();
  const report = useReportProgress();
  // Until the user changes something the form follows the page; from then on it keeps what they typed, and the version it was based on.
  const [draft, setDraft] = useState<{ values: Values; basedOn: Measure } | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);

  // An activity that is gone (the plan was revised) falls back to the measure itself.
  const live = subjectOf(measure, target) ?? measureSubject(measure);
  const values = draft?.values ?? valuesOf(live);
  const isMeasure = target === '';

  const change = (next: Partial<Values>) => {
    setStatus(null);
    setDraft((old) => ({ values: { ...(old?.values ?? valuesOf(live)), ...next }, basedOn: old?.basedOn ?? measure }));
  };

  const chooseTarget = (next: string) => {
    // Another target has other values to start from; only what was written is kept.
    const subject = subjectOf(measure, next);
    if (!subject) return;
    setDraft(values.narrative ? { values: valuesOf(subject, values.narrative), basedOn: measure } : null);
    setConflict(null);
    feedback.clear();
    onTargetChange(next);
  };

  /** What the user changed against the version they started from: that, and only that, is their change. */
  const bodyOf = (basedOn: Measure): { body: MeasureUpdateBody } | { invalid: Record<string, string> } => {
    const base = subjectOf(basedOn, target) ?? live;
    const body: MeasureUpdateBody = { narrative: values.narrative };
    if (values.phase !== base.phase) body.phase = values.phase;
    const health = values.health === '' ? null : values.health;
    if (health !== base.health) body.health = health;
    if (isMeasure && values.mode === 'computed') {
      if (!base.computed) body.progress = null;
      return { body };
    }
    const text = values.progress.trim();
    if (text === '') return isMeasure && base.computed ? { invalid: { progress: 'required' } } : { body };
    const progress = Number(text.replace(',', '.'));
    if (!Number.isFinite(progress)) return { invalid: { progress: 'invalid_type' } };
    // Out of range or not whole: the server's answer names it, in the same words as every other rule.
    if (progress !== base.progress || (isMeasure && base.computed)) body.progress = progress;
    return { body };
  };

  const send = (basedOn: Measure, etag: string) => {
    const built = bodyOf(basedOn);
    if ('invalid' in built) return feedback.invalid(built.invalid);
    feedback.clear();
    setRefused(false);
    setStatus(null);
    report.mutate(
      // An activity's body never carries a null progress: bodyOf sends null only for the measure's own mode.
      { measureCode: measure.code, ...(isMeasure ? {} : { activityCode: target }), etag, body: built.body },
      {
        onSuccess: () => {
          setDraft(null);
          setConflict(null);
          setStatus(t('update.saved'));
        },
        onError: (error) => {
          const current = conflictOf(error);
          if (current) return setConflict({ basedOn: conflict?.current ?? basedOn, current });
          setRefused(true);
          feedback.refused(error, fieldOf);
        },
      },
    );
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (report.isPending) return;
    const basedOn = draft?.basedOn ?? measure;
    // After a conflict, submitting again is applying the change on top of the version now saved.
    send(basedOn, conflict?.current.etag ?? basedOn.etag);
  };

  const discard = () => {
    setDraft(null);
    setConflict(null);
    feedback.clear();
  };

  const error = (field: (typeof order)[number]) => issueMessage(field, feedback.error(field));
  const problem = feedback.errors.problem && `${refused ? `${t('problem.rolledBack')} ` : ''}${t(`problem.${feedback.errors.problem}`)}`;

  return (
    <section className="panel edit-panel" aria-labelledby="progress-update-title">
      <h2 id="progress-update-title">{t('update.title')}</h2>
      <p className="note">{t('update.intro')}</p>
      {conflict ? (
        <ConflictNotice
          basedOn={conflict.basedOn}
          current={conflict.current}
          activityCode={target || undefined}
          onReapply={() => send(draft?.basedOn ?? conflict.basedOn, conflict.current.etag)}
          onDiscard={discard}
        />
      ) : null}
      <FormProblem id={feedback.problemId} message={problem} />
      <form noValidate onSubmit={onSubmit} className="form-grid">
        <Field id={feedback.id('target')} label={t('field.target')} error={error('target')} className="field--wide">
          {(control) => (
            <select {...control} value={target} onChange={(e) => chooseTarget(e.target.value)}>
              <option value="">{t('update.ofMeasure', { code: measure.code })}</option>
              {measure.activities.map((activity) => (
                <option key={activity.code} value={activity.code}>
                  {t('update.ofActivity', { code: activity.code, title: localized(activity.title) })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={feedback.id('phase')} label={t('field.phase')} error={error('phase')}>
          {(control) => (
            <select {...control} value={values.phase} onChange={(e) => change({ phase: e.target.value as Phase })}>
              {phaseValues.map((phase) => (
                <option key={phase} value={phase}>
                  {tc(`phase.${phase}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={feedback.id('health')} label={t('field.health')} hint={t('update.healthHint')} error={error('health')}>
          {(control) => (
            <select {...control} value={values.health} onChange={(e) => change({ health: e.target.value as Health | '' })}>
              <option value="">{tc('health.none')}</option>
              {healthValues.map((health) => (
                <option key={health} value={health}>
                  {tc(`health.${health}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {isMeasure ? (
          <fieldset className="field field--wide choice-group">
            <legend>{t('field.progressMode')}</legend>
            <label>
              <input type="radio" name={`${formId}-mode`} value="computed" checked={values.mode === 'computed'} onChange={() => change({ mode: 'computed' })} />{' '}
              {t('update.modeComputed')}
            </label>
            <label>
              <input type="radio" name={`${formId}-mode`} value="manual" checked={values.mode === 'manual'} onChange={() => change({ mode: 'manual' })} />{' '}
              {t('update.modeManual')}
            </label>
          </fieldset>
        ) : null}
        {!isMeasure || values.mode === 'manual' ? (
          <Field id={feedback.id('progress')} label={t('field.progressValue')} hint={t('update.progressHint')} error={error('progress')}>
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                min={0}
                max={100}
                step={1}
                value={values.progress}
                onChange={(e) => change({ progress: e.target.value })}
              />
            )}
          </Field>
        ) : null}
        <Field id={feedback.id('narrative')} label={t('field.narrative')} hint={t('update.narrativeHint')} error={error('narrative')} className="field--wide">
          {(control) => <textarea {...control} rows={5} value={values.narrative} onChange={(e) => change({ narrative: e.target.value })} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={report.isPending || undefined}>
            {report.isPending ? t('update.saving') : t('update.submit')}
          </button>
        </div>
      </form>
      <FormStatus message={status} />
    </section>
  );
}
