import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Health, Phase } from '@/contract/common.ts';
import { phasesWithHealth } from '@/contract/values.ts';
import type { ActivityUpdateBody, Measure, MeasureUpdateBody } from '@/contract/measures.ts';
import { Field } from '@/components/form-field.tsx';
import { FormProblem } from '@/components/form-problem.tsx';
import { healthValues, phaseValues } from '@/components/status-badge.tsx';
import { useTableTranslation } from '@/lib/i18n/use-table-translation.ts';
import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { checkUpdate, type UpdateSubject } from '@/lib/update-rules.ts';
import { useFormFeedback } from '@/lib/use-form-feedback.ts';
import { conflictOf } from '../../api/conflict.ts';
import { useReportProgress } from '../../api/report-progress.ts';
import { ConflictNotice } from '../editing/conflict-notice.tsx';
import type { TableRow } from './table-rows.ts';

const fields = ['phase', 'health', 'progress', 'narrative'] as const;
type FormField = (typeof fields)[number];

// The contract's limit for a narrative (src/contract/common.ts), checked here so nobody waits for a 422.
const maxNarrative = 10_000;

type Values = { phase: Phase; health: Health | ''; progress: string; narrative: string };

type Target = { phase: Phase; health: Health | null; progress: number; manualProgress: number | null };

/** The row's measure or activity as it is in one version of the measure. */
function targetIn(measure: Measure, row: TableRow): Target {
  if (row.kind === 'measure') {
    return { ...measure, manualProgress: measure.progressSource === 'manual' ? measure.progress : null };
  }
  // Activities are never taken out of a measure; the row itself is the fallback all the same.
  const activity = measure.activities.find((a) => a.code === row.code) ?? row;
  return { phase: activity.phase, health: activity.health, progress: activity.progress, manualProgress: null };
}

const valuesOf = (target: Target): Values => ({ phase: target.phase, health: target.health ?? '', progress: String(target.progress), narrative: '' });

/**
 * What the user changed compared with what the form started from: sent on top of whichever version
 * is current, so that applying it again after a conflict does not undo what someone else changed.
 */
function bodyFor(row: TableRow, start: Values, values: Values): MeasureUpdateBody | ActivityUpdateBody {
  const body: MeasureUpdateBody & ActivityUpdateBody = { narrative: values.narrative };
  if (values.phase !== start.phase) body.phase = values.phase;
  // A phase without health clears it anyway (update-rules.ts); sending it would only be refused.
  if (values.health !== start.health && phasesWithHealth.includes(values.phase)) body.health = values.health || null;
  if (row.kind === 'activity' && values.progress.trim() !== start.progress) body.progress = Number(values.progress);
  return body;
}

/** Codes of problems the form finds before sending anything. */
function formatProblems(values: Values): Partial<Record<FormField, string>> {
  const problems: Partial<Record<FormField, string>> = {};
  const progress = values.progress.trim();
  if (!/^-?\d+$/.test(progress)) problems.progress = 'not_integer';
  else if (Number(progress) > 100) problems.progress = 'too_big';
  else if (Number(progress) < 0) problems.progress = 'too_small';
  if (values.narrative.length > maxNarrative) problems.narrative = 'too_big';
  return problems;
}

type QuickStatusDialogProps = {
  row: TableRow;
  onClose: () => void;
  onSaved: (row: TableRow) => void;
  /** The server refused after the dialog was closed: the page has to say so. */
  onRefusedAfterClose: (row: TableRow) => void;
};

/**
 * A quick status change from the table: phase, health, a narrative and, for an activity, its
 * progress. The table shows the change at once; a refusal puts the previous state back and is
 * explained here, next to the field concerned, with what the user typed kept.
 */
export function QuickStatusDialog({ row, onClose, onSaved, onRefusedAfterClose }: QuickStatusDialogProps) {
  const { t } = useTableTranslation();
  const { t: tMain } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const mounted = useRef(true);
  const mutation = useReportProgress();
  const feedback = useFormFeedback('quick-status', fields);

  /** The version the user's change is based on: the one they opened, or the current one after "apply again". */
  const [basedOn, setBasedOn] = useState(row.measure);
  const [start] = useState(() => valuesOf(targetIn(row.measure, row)));
  const [values, setValues] = useState(start);
  const [conflict, setConflict] = useState<Measure | null>(null);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    mounted.current = true;
    const dialog = dialogRef.current;
    if (!dialog) return;
    // Where showModal is missing (older browsers), an open dialog without the backdrop still works.
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else dialog.setAttribute('open', '');
    document.getElementById(feedback.id('phase'))?.focus();
    return () => {
      mounted.current = false;
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
    };
    // Once, when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const hasHealth = phasesWithHealth.includes(values.phase);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((old) => ({ ...old, [key]: value }));

  const submit = (version: Measure) => {
    setRefused(false);
    feedback.reset();
    const problems = formatProblems(values);
    if (row.kind === 'measure') delete problems.progress;
    const target = targetIn(version, row);
    const body = bodyFor(row, start, values);
    const subject: UpdateSubject = { kind: row.kind, phase: target.phase, health: target.health, progress: row.kind === 'measure' ? target.manualProgress : target.progress };
    if (Object.keys(problems).length === 0) {
      for (const issue of checkUpdate(subject, body).issues) {
        const field = fields.find((f) => issue.path === `body.${f}`);
        if (field && problems[field] === undefined) problems[field] = issue.code;
      }
    }
    if (Object.keys(problems).length > 0) return feedback.invalid(problems);

    const input = { measureCode: row.measureCode, ...(row.kind === 'activity' ? { activityCode: row.code } : {}), etag: version.etag, body };
    mutation.mutateAsync(input).then(
      () => onSaved(row),
      (error: unknown) => {
        if (!mounted.current) return onRefusedAfterClose(row);
        const current = conflictOf(error);
        if (current) return setConflict(current);
        setRefused(true);
        feedback.refused(error);
      },
    );
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    submit(basedOn);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    // A modal dialog closes on Escape by itself (the cancel event); without showModal it would not.
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  const fieldError = (field: FormField) => {
    const code = feedback.errors.fields[field];
    if (code === undefined) return undefined;
    if (code === 'too_big' && (field === 'progress' || field === 'narrative')) return t(`error.too_big_${field}`);
    const known = ['health_not_applicable', 'completed_needs_100', 'narrative_required', 'nothing_to_record', 'too_big', 'too_small', 'not_integer', 'invalid_value', 'invalid_type'] as const;
    return (known as readonly string[]).includes(code) ? t(`error.${code as (typeof known)[number]}`) : t('error.other');
  };

  const problem = feedback.errors.problem ? t(`problem.${feedback.errors.problem}`) : refused && Object.keys(feedback.errors.fields).length > 0 ? t('problem.fields') : null;
  const titleId = 'quick-status-title';
  const kindLabel = t(`kind.${row.kind}`);

  return (
    <dialog
      ref={dialogRef}
      className="quick-status"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={onKeyDown}
    >
      <h2 id={titleId}>{t('quick.title', { kind: kindLabel, code: row.code })}</h2>
      <p className="quick-status__subject">{row.titleText}</p>
      {conflict ? (
        <ConflictNotice
          basedOn={basedOn}
          current={conflict}
          activityCode={row.kind === 'activity' ? row.code : undefined}
          onReapply={() => {
            setBasedOn(conflict);
            setConflict(null);
            submit(conflict);
          }}
          onDiscard={onClose}
        />
      ) : null}
      <FormProblem id={feedback.problemId} message={problem && (refused ? t('quick.notSaved', { reason: problem }) : problem)} />
      <form noValidate onSubmit={onSubmit} className="quick-status__form">
        <Field id={feedback.id('phase')} label={t('quick.phase')} error={fieldError('phase')}>
          {(control) => (
            <select {...control} value={values.phase} onChange={(e) => set('phase', e.target.value as Phase)}>
              {phaseValues.map((phase) => (
                <option key={phase} value={phase}>
                  {tMain(`phase.${phase}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id={feedback.id('health')}
          label={t('quick.health')}
          hint={hasHealth ? undefined : t('quick.healthNotApplicable')}
          error={fieldError('health')}
        >
          {(control) => (
            <select {...control} value={hasHealth ? values.health : ''} disabled={!hasHealth} onChange={(e) => set('health', e.target.value as Health | '')}>
              <option value="">{hasHealth ? t('quick.healthUnset') : t('quick.healthNone')}</option>
              {healthValues.map((health) => (
                <option key={health} value={health}>
                  {tMain(`health.${health}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {row.kind === 'activity' ? (
          <Field id={feedback.id('progress')} label={t('quick.progress')} hint={t('quick.progressHint')} error={fieldError('progress')}>
            {(control) => (
              <input {...control} type="number" inputMode="numeric" min={0} max={100} step={1} value={values.progress} onChange={(e) => set('progress', e.target.value)} />
            )}
          </Field>
        ) : (
          <p className="note">{t('quick.measureProgressHint')}</p>
        )}
        <Field id={feedback.id('narrative')} label={t('quick.narrative')} hint={t('quick.narrativeHint')} error={fieldError('narrative')} className="field--wide">
          {(control) => <textarea {...control} rows={4} value={values.narrative} onChange={(e) => set('narrative', e.target.value)} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={mutation.isPending || undefined}>
            {mutation.isPending ? t('quick.saving') : t('quick.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('quick.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
