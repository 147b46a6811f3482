import { useState, type FormEvent } from 'react';
import type { Horizon, Lead } from '@/contract/common.ts';
import { horizons } from '@/contract/values.ts';
import type { Activity, ActivityPatch, Measure, UpdateMeasureBody } from '@/contract/measures.ts';
import { Field } from '@/components/form-field.tsx';
import { FormProblem } from '@/components/form-problem.tsx';
import { isApiError } from '@/lib/api-client.ts';
import { useEditingTranslation } from '@/lib/i18n/use-editing-translation.ts';
import { useLocale } from '@/lib/i18n/use-locale.ts';
import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { conflictOf } from '../../api/conflict.ts';
import { useCreatePerson } from '../../api/create-person.ts';
import { useUpdateMeasure } from '../../api/update-measure.ts';
import { CheckboxGroup } from './choice-fields.tsx';
import { ConflictNotice } from './conflict-notice.tsx';
import { controlIdOf, useEditFeedback, useIssueMessage } from './use-edit-feedback.ts';
import { useNames } from './use-names.ts';

type Owners = { leadDepartment: string; person: string; contributors: string[] };
type Schedule = { startDate: string; targetDate: string; horizon: Horizon | '' };
type MeasureValues = Owners & Schedule & { goals: string[] };
type ActivityValues = Owners & Schedule & { weight: string };
type Values = { measure: MeasureValues; activities: Record<string, ActivityValues> };

const ownersOf = (item: { lead: Lead; contributors: string[] }): Owners => ({
  leadDepartment: item.lead?.departmentId ?? '',
  person: item.lead?.personId ?? '',
  contributors: [...item.contributors],
});
const scheduleOf = (item: { startDate: string | null; targetDate: string | null; horizon: Horizon | null }): Schedule => ({
  startDate: item.startDate ?? '',
  targetDate: item.targetDate ?? '',
  horizon: item.horizon ?? '',
});
const activityValuesOf = (activity: Activity): ActivityValues => ({ ...ownersOf(activity), ...scheduleOf(activity), weight: String(activity.weight) });
const valuesOf = (measure: Measure): Values => ({
  measure: { ...ownersOf(measure), ...scheduleOf(measure), goals: [...measure.goals] },
  activities: Object.fromEntries(measure.activities.map((a) => [a.code, activityValuesOf(a)])),
});

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

const formId = 'measure-edit';
const ownerFields = ['lead', 'person', 'contributors'] as const;
const scheduleFields = ['startDate', 'targetDate', 'horizon'] as const;
const activityFields = [...ownerFields, 'weight', ...scheduleFields] as const;

/** Where a PATCH's issue belongs: "body.activities.2.targetDate" is the target date of the third activity sent. */
function fieldOfIssue(path: string, sent: UpdateMeasureBody): string | undefined {
  const match = /^body\.(?:activities\.(\d+)\.)?(\w+)(?:\.(\w+))?$/.exec(path);
  if (!match) return undefined;
  const [, index, field, sub] = match;
  const name = field === 'lead' && sub === 'personId' ? 'person' : field;
  if (!(activityFields as readonly string[]).includes(name ?? '') && name !== 'goals') return undefined;
  if (index === undefined) return name;
  const code = sent.activities?.[Number(index)]?.code;
  return code && name !== 'goals' ? `activities.${code}.${name}` : undefined;
}

type Conflict = { basedOn: Measure; current: Measure; body: UpdateMeasureBody };

type MeasureEditFormProps = {
  measure: Measure;
  /** Owners and goals: coordinators and admins. */
  canAssignOwners: boolean;
  /** Dates, horizon and weights: also the head of the lead department. */
  canEditSchedule: boolean;
  onClose: () => void;
  onSaved: (message: string) => void;
};

/**
 * Owners, goals, dates, horizon and activity weights (PATCH with If-Match). Only what the user
 * changed is sent, and only fields their role may change are offered.
 */
export function MeasureEditForm({ measure, canAssignOwners, canEditSchedule, onClose, onSaved }: MeasureEditFormProps) {
  const { t } = useEditingTranslation();
  const { t: tc } = useTranslation();
  const { localized } = useLocale();
  const names = useNames();
  const issueMessage = useIssueMessage();
  const update = useUpdateMeasure();
  const createPerson = useCreatePerson();
  const [draft, setDraft] = useState<{ values: Values; basedOn: Measure } | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [openActivities, setOpenActivities] = useState<readonly string[]>([]);
  const [newPerson, setNewPerson] = useState('');
  const [personStatus, setPersonStatus] = useState<string | null>(null);

  const order = [
    ...(canAssignOwners ? [...ownerFields, 'goals'] : []),
    ...(canEditSchedule ? scheduleFields : []),
    ...(canAssignOwners ? ['newPerson'] : []),
    ...measure.activities.flatMap((a) =>
      activityFields.filter((f) => (f === 'weight' || (scheduleFields as readonly string[]).includes(f) ? canEditSchedule : canAssignOwners)).map((f) => `activities.${a.code}.${f}`),
    ),
  ];
  const feedback = useEditFeedback(formId, order);

  const values = draft?.values ?? valuesOf(measure);
  const change = (next: (old: Values) => Values) =>
    setDraft((old) => ({ values: next(old?.values ?? valuesOf(measure)), basedOn: old?.basedOn ?? measure }));
  const changeMeasure = (next: Partial<MeasureValues>) => change((old) => ({ ...old, measure: { ...old.measure, ...next } }));
  const changeActivity = (code: string, next: Partial<ActivityValues>) =>
    change((old) => {
      const activity = old.activities[code];
      return activity ? { ...old, activities: { ...old.activities, [code]: { ...activity, ...next } } } : old;
    });

  /** The user's changes against the version they started from; fields their role may not change are never sent. */
  const bodyOf = (basedOn: Measure): { body: UpdateMeasureBody } | { invalid: Record<string, string> } => {
    const body: UpdateMeasureBody = {};
    const invalid: Record<string, string> = {};
    const leadOf = (owners: Owners): Lead => (owners.leadDepartment ? { departmentId: owners.leadDepartment, personId: owners.person || null } : null);
    const ownerChanges = (owners: Owners, base: { lead: Lead; contributors: string[] }) => {
      const changes: Pick<UpdateMeasureBody, 'lead' | 'contributors'> = {};
      if (!canAssignOwners) return changes;
      const lead = leadOf(owners);
      if (JSON.stringify(lead) !== JSON.stringify(base.lead)) changes.lead = lead;
      if (!sameSet(owners.contributors, base.contributors)) changes.contributors = owners.contributors;
      return changes;
    };
    const scheduleChanges = (schedule: Schedule, base: Schedule) => {
      const changes: Pick<UpdateMeasureBody, 'startDate' | 'targetDate' | 'horizon'> = {};
      if (!canEditSchedule) return changes;
      if (schedule.startDate !== base.startDate) changes.startDate = schedule.startDate || null;
      if (schedule.targetDate !== base.targetDate) changes.targetDate = schedule.targetDate || null;
      if (schedule.horizon !== base.horizon) changes.horizon = schedule.horizon || null;
      return changes;
    };

    Object.assign(body, ownerChanges(values.measure, basedOn), scheduleChanges(values.measure, scheduleOf(basedOn)));
    if (canAssignOwners && !sameSet(values.measure.goals, basedOn.goals)) body.goals = values.measure.goals;

    const activities: ActivityPatch[] = [];
    for (const activity of basedOn.activities) {
      const edited = values.activities[activity.code];
      if (!edited) continue;
      const patch: ActivityPatch = { code: activity.code, ...ownerChanges(edited, activity), ...scheduleChanges(edited, scheduleOf(activity)) };
      if (canEditSchedule && edited.weight.trim() !== String(activity.weight)) {
        const weight = Number(edited.weight.trim().replace(',', '.'));
        if (edited.weight.trim() === '' || !Number.isFinite(weight)) invalid[`activities.${activity.code}.weight`] = 'invalid_type';
        else patch.weight = weight;
      }
      if (Object.keys(patch).length > 1) activities.push(patch);
    }
    if (activities.length > 0) body.activities = activities;
    return Object.keys(invalid).length > 0 ? { invalid } : { body };
  };

  const openFor = (fields: Iterable<string>) => {
    const codes = [...fields].flatMap((field) => /^activities\.([\d.]+)\.\w+$/.exec(field)?.[1] ?? []);
    if (codes.length > 0) setOpenActivities((open) => [...new Set([...open, ...codes])]);
  };

  const send = (body: UpdateMeasureBody, basedOn: Measure, etag: string) => {
    feedback.clear();
    update.mutate(
      { code: measure.code, etag, body },
      {
        onSuccess: () => {
          setDraft(null);
          setConflict(null);
          onSaved(t('edit.saved'));
        },
        onError: (error) => {
          const current = conflictOf(error);
          if (current) return setConflict({ basedOn, current, body });
          const fields = isApiError(error) && Array.isArray(error.details) ? error.details : [];
          openFor(fields.flatMap((issue: { path?: unknown }) => (typeof issue.path === 'string' ? (fieldOfIssue(issue.path, body) ?? []) : [])));
          feedback.refused(error, (path) => fieldOfIssue(path, body));
        },
      },
    );
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const basedOn = draft?.basedOn ?? measure;
    const built = bodyOf(basedOn);
    if ('invalid' in built) {
      openFor(Object.keys(built.invalid));
      return feedback.invalid(built.invalid);
    }
    if (Object.keys(built.body).length === 0) {
      setDraft(null);
      return onSaved(t('edit.unchanged'));
    }
    // After a conflict, saving again is applying the change on top of the version now saved.
    send(built.body, conflict?.current ?? basedOn, conflict?.current.etag ?? basedOn.etag);
  };

  const addPerson = () => {
    setPersonStatus(null);
    createPerson.mutate(
      { name: newPerson, departmentId: values.measure.leadDepartment || null },
      {
        onSuccess: (person) => {
          changeMeasure({ person: person.id });
          setNewPerson('');
          setPersonStatus(t('edit.personAdded', { name: person.name }));
        },
        onError: (error) => feedback.refused(error, (path) => (path === 'body.name' ? 'newPerson' : undefined)),
      },
    );
  };

  const error = (field: string) => issueMessage(field === 'newPerson' ? 'name' : field, feedback.error(field));
  const departmentOptions = names.departments.map((d) => ({ value: d.id, label: localized(d.name) }));
  const people = [...names.people].sort((a, b) => a.name.localeCompare(b.name));
  const personLabel = (p: (typeof people)[number]) => (p.departmentId ? `${p.name} (${names.departmentName(p.departmentId)})` : p.name);
  const title = canAssignOwners ? t('edit.title') : t('edit.titleSchedule');

  const ownerInputs = (prefix: string, owners: Owners, set: (next: Partial<Owners>) => void) => (
    <>
      <Field id={controlIdOf(formId, `${prefix}lead`)} label={t('field.lead')} error={error(`${prefix}lead`)}>
        {(control) => (
          <select {...control} value={owners.leadDepartment} onChange={(e) => set({ leadDepartment: e.target.value, ...(e.target.value ? {} : { person: '' }) })}>
            <option value="">{t('edit.noLead')}</option>
            {departmentOptions.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={controlIdOf(formId, `${prefix}person`)} label={t('field.person')} hint={t('edit.personHint')} error={error(`${prefix}person`)}>
        {(control) => (
          <select {...control} value={owners.person} disabled={!owners.leadDepartment} onChange={(e) => set({ person: e.target.value })}>
            <option value="">{t('edit.noPerson')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {personLabel(p)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <CheckboxGroup
        id={controlIdOf(formId, `${prefix}contributors`)}
        label={t('field.contributors')}
        options={departmentOptions}
        value={owners.contributors}
        onChange={(contributors) => set({ contributors })}
        error={error(`${prefix}contributors`)}
      />
    </>
  );

  const scheduleInputs = (prefix: string, schedule: Schedule, set: (next: Partial<Schedule>) => void) => (
    <>
      <Field id={controlIdOf(formId, `${prefix}startDate`)} label={t('field.startDate')} error={error(`${prefix}startDate`)}>
        {(control) => <input {...control} type="date" value={schedule.startDate} onChange={(e) => set({ startDate: e.target.value })} />}
      </Field>
      <Field id={controlIdOf(formId, `${prefix}targetDate`)} label={t('field.targetDate')} error={error(`${prefix}targetDate`)}>
        {(control) => <input {...control} type="date" value={schedule.targetDate} onChange={(e) => set({ targetDate: e.target.value })} />}
      </Field>
      <Field id={controlIdOf(formId, `${prefix}horizon`)} label={t('field.horizon')} error={error(`${prefix}horizon`)}>
        {(control) => (
          <select {...control} value={schedule.horizon} onChange={(e) => set({ horizon: e.target.value as Horizon | '' })}>
            <option value="">{t('edit.noHorizon')}</option>
            {horizons.map((h) => (
              <option key={h} value={h}>
                {tc(`horizon.${h}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );

  return (
    <section id="measure-edit" className="panel edit-panel" aria-labelledby="measure-edit-title">
      <h2 id="measure-edit-title">{title}</h2>
      {conflict ? (
        <ConflictNotice
          basedOn={conflict.basedOn}
          current={conflict.current}
          onReapply={() => send(conflict.body, conflict.current, conflict.current.etag)}
          onDiscard={() => {
            setDraft(null);
            setConflict(null);
            feedback.clear();
          }}
        />
      ) : null}
      <FormProblem id={feedback.problemId} message={feedback.errors.problem && `${t('problem.rolledBack')} ${t(`problem.${feedback.errors.problem}`)}`} />
      <form noValidate onSubmit={onSubmit}>
        <fieldset className="form-grid edit-group">
          <legend>{t('edit.measure', { code: measure.code })}</legend>
          {canAssignOwners ? (
            <>
              {ownerInputs('', values.measure, changeMeasure)}
              <div className="field field--wide add-person">
                <Field id={feedback.id('newPerson')} label={t('edit.newPerson')} hint={t('edit.newPersonHint')} error={error('newPerson')}>
                  {(control) => <input {...control} type="text" autoComplete="off" value={newPerson} onChange={(e) => setNewPerson(e.target.value)} />}
                </Field>
                <button type="button" className="button button--secondary" onClick={addPerson} aria-disabled={createPerson.isPending || undefined}>
                  {t('edit.addPerson')}
                </button>
                <p role="status" className="form-status">
                  {personStatus}
                </p>
              </div>
              <CheckboxGroup
                id={feedback.id('goals')}
                label={t('field.goals')}
                options={names.goals.map((g) => ({ value: g.code, label: names.goalTitle(g.code) }))}
                value={values.measure.goals}
                onChange={(goals) => changeMeasure({ goals })}
                error={error('goals')}
              />
            </>
          ) : null}
          {canEditSchedule ? scheduleInputs('', values.measure, changeMeasure) : null}
        </fieldset>

        {measure.activities.map((activity) => {
          const edited = values.activities[activity.code] ?? activityValuesOf(activity);
          const open = openActivities.includes(activity.code);
          const panelId = `${formId}-activity-${activity.code.replace(/\./g, '-')}`;
          const prefix = `activities.${activity.code}.`;
          return (
            <div key={activity.code} className="edit-activity">
              <button
                type="button"
                className="disclosure"
                aria-expanded={open}
                aria-controls={panelId}
                onClick={() => setOpenActivities((all) => (open ? all.filter((c) => c !== activity.code) : [...all, activity.code]))}
              >
                {t('edit.showActivity', { code: activity.code })}
                <span className="disclosure__title sentence-case"> – {localized(activity.title)}</span>
              </button>
              {open ? (
                <fieldset id={panelId} className="form-grid edit-group">
                  <legend className="visually-hidden">{t('edit.activity', { code: activity.code, title: localized(activity.title) })}</legend>
                  {canAssignOwners ? ownerInputs(prefix, edited, (next) => changeActivity(activity.code, next)) : null}
                  {canEditSchedule ? (
                    <>
                      <Field id={controlIdOf(formId, `${prefix}weight`)} label={t('field.weight')} hint={t('edit.weightHint')} error={error(`${prefix}weight`)}>
                        {(control) => (
                          <input
                            {...control}
                            type="number"
                            inputMode="decimal"
                            min={0}
                            step="any"
                            value={edited.weight}
                            onChange={(e) => changeActivity(activity.code, { weight: e.target.value })}
                          />
                        )}
                      </Field>
                      {scheduleInputs(prefix, edited, (next) => changeActivity(activity.code, next))}
                    </>
                  ) : null}
                </fieldset>
              ) : null}
            </div>
          );
        })}

        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={update.isPending || undefined}>
            {update.isPending ? t('edit.saving') : t('edit.submit')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('edit.close')}
          </button>
        </div>
      </form>
    </section>
  );
}
