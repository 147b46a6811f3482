import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Lead, ValidationIssue } from '@/contract/common.ts';
import type { ActivityPatch, FieldChange, UpdateMeasureBody } from '@/contract/measures.ts';
import { writeAudit } from '../auth/audit.ts';
import { canAssignOwners, canEditMeasure } from '@/lib/permissions.ts';
import type { Database } from './database.ts';
import {
  type ActivityRow,
  type Locked,
  lockMeasure,
  type MeasureRow,
  noteChange,
  type Precondition,
  type ReadBack,
  type RecordOf,
  type Transaction,
  type Writer,
  writeMeasure,
  type WriteResult,
} from './measure-writes.ts';
import { type PlanRef, toLead } from './plan-queries.ts';
import { activities, activityContributors, departments, goals, measureContributors, measureGoals, measures, people } from './schema.ts';

export type MeasureEdit<B extends ReadBack = undefined> = {
  readBack?: B;
  plan: PlanRef;
  code: string;
  body: UpdateMeasureBody;
  editor: Writer;
  now: Date;
  ifMatch: Precondition;
  address: string | null;
  /** When it happened, if not now (the demo history). */
  at?: Date;
  via?: 'demo';
};

/** Whether a PATCH touches owners or goal links, which only coordinators and admins assign. */
function assignsOwners(body: UpdateMeasureBody): boolean {
  return (
    body.lead !== undefined ||
    body.contributors !== undefined ||
    body.goals !== undefined ||
    (body.activities ?? []).some((a) => a.lead !== undefined || a.contributors !== undefined)
  );
}

/**
 * PATCH /api/v1/measures/{code}: owners, goals, dates, horizon and activity weights. Every field
 * must be the editor's to change, or nothing is (403); every reference must exist and the dates
 * be in order, or nothing is (422). One audit row for the measure and one for each activity that
 * actually changed; a PATCH that changes nothing writes nothing.
 */
export function editMeasure<B extends ReadBack = undefined>(db: Database, input: MeasureEdit<B>): Promise<WriteResult<null, RecordOf<B>>> {
  return writeMeasure(db, {
    readBack: input.readBack,
    plan: input.plan,
    now: input.now,
    ifMatch: input.ifMatch,
    lock: lockMeasure(input.plan.id, input.code),
    allowed: ({ measure }) => canEditMeasure(input.editor, measure.leadDepartmentId) && (!assignsOwners(input.body) || canAssignOwners(input.editor)),
    apply: (tx, locked) => applyEdit(tx, locked, input),
  });
}

type Scalars = Pick<MeasureRow & ActivityRow, 'startDate' | 'targetDate' | 'horizon'>;

async function applyEdit(tx: Transaction, { measure }: Locked, input: MeasureEdit<ReadBack>): Promise<{ issues: ValidationIssue[] } | { value: null }> {
  const { body, plan } = input;
  const patches = body.activities ?? [];

  const activityRows = await tx.select().from(activities).where(eq(activities.measureId, measure.id)).orderBy(asc(activities.position));
  const activityByCode = new Map(activityRows.map((a) => [a.code, a]));
  const planGoals = await tx.select({ id: goals.id, code: goals.code }).from(goals).where(eq(goals.planId, plan.id)).orderBy(asc(goals.position));
  const goalByCode = new Map(planGoals.map((g) => [g.code, g]));

  const leads = [body.lead, ...patches.map((p) => p.lead)];
  const departmentIds = [
    ...leads.flatMap((lead) => (lead ? [lead.departmentId] : [])),
    ...(body.contributors ?? []),
    ...patches.flatMap((p) => p.contributors ?? []),
  ];
  const personIds = leads.flatMap((lead) => (lead?.personId ? [lead.personId] : []));
  const knownDepartments = new Set(
    departmentIds.length > 0 ? (await tx.select({ id: departments.id }).from(departments).where(inArray(departments.id, departmentIds))).map((d) => d.id) : [],
  );
  const knownPeople = new Set(personIds.length > 0 ? (await tx.select({ id: people.id }).from(people).where(inArray(people.id, personIds))).map((p) => p.id) : []);

  const issues: ValidationIssue[] = [];
  const issue = (path: string, code: string, message: string) => issues.push({ path: `body.${path}`, code, message });
  const checkLead = (at: string, lead: Lead | undefined) => {
    if (!lead) return;
    if (!knownDepartments.has(lead.departmentId)) issue(`${at}lead.departmentId`, 'unknown_department', `there is no department '${lead.departmentId}'`);
    if (lead.personId !== null && !knownPeople.has(lead.personId)) issue(`${at}lead.personId`, 'unknown_person', `there is no person '${lead.personId}'`);
  };
  const checkContributors = (at: string, contributors: string[] | undefined) =>
    contributors?.forEach((id, i) => {
      if (!knownDepartments.has(id)) issue(`${at}contributors.${i}`, 'unknown_department', `there is no department '${id}'`);
    });
  const checkDates = (at: string, current: Scalars, patch: Partial<Scalars>) => {
    const start = patch.startDate !== undefined ? patch.startDate : current.startDate;
    const target = patch.targetDate !== undefined ? patch.targetDate : current.targetDate;
    if (start !== null && target !== null && start > target) issue(`${at}targetDate`, 'dates_out_of_order', `the target date ${target} is before the start date ${start}`);
  };

  checkLead('', body.lead);
  checkContributors('', body.contributors);
  body.goals?.forEach((code, i) => {
    if (!goalByCode.has(code)) issue(`goals.${i}`, 'unknown_goal', `the plan has no goal '${code}'`);
  });
  checkDates('', measure, body);
  const seen = new Set<string>();
  const patched: { row: ActivityRow; patch: ActivityPatch }[] = [];
  patches.forEach((patch, i) => {
    const row = activityByCode.get(patch.code);
    if (!row) return issue(`activities.${i}.code`, 'unknown_activity', `measure ${measure.code} has no activity ${patch.code}`);
    if (seen.has(patch.code)) return issue(`activities.${i}.code`, 'duplicate_activity', `activity ${patch.code} is named twice`);
    seen.add(patch.code);
    checkLead(`activities.${i}.`, patch.lead);
    checkContributors(`activities.${i}.`, patch.contributors);
    checkDates(`activities.${i}.`, row, patch);
    patched.push({ row, patch });
  });
  if (issues.length > 0) return { issues };

  const audit = { actor: { id: input.editor.id, username: input.editor.username }, address: input.address, ...(input.at && { at: input.at }) };
  const details = (activityCode: string | null, changes: FieldChange[]) => ({ measureCode: measure.code, activityCode, changes, ...(input.via && { via: input.via }) });

  // The measure itself.
  const changes: FieldChange[] = [];
  const set: Partial<MeasureRow> = { ...ownerAndDates(changes, measure, body) };
  const contributorIds = (await tx.select().from(measureContributors).where(eq(measureContributors.measureId, measure.id))).map((r) => r.departmentId);
  const contributors = diffSet(changes, 'contributors', contributorIds, body.contributors);
  const linkedGoalIds = (await tx.select().from(measureGoals).where(eq(measureGoals.measureId, measure.id))).map((r) => r.goalId);
  const goalCodes = (ids: Iterable<number>) => planGoals.filter((g) => new Set(ids).has(g.id)).map((g) => g.code);
  const wantedGoalIds = body.goals?.map((code) => goalByCode.get(code)!.id);
  const goalLinks = wantedGoalIds ? setDiff(linkedGoalIds, wantedGoalIds) : undefined;
  if (goalLinks) noteChange(changes, 'goals', goalCodes(linkedGoalIds), goalCodes(wantedGoalIds!));

  if (Object.keys(set).length > 0) await tx.update(measures).set(set).where(eq(measures.id, measure.id));
  if (contributors?.removed.length) {
    await tx.delete(measureContributors).where(and(eq(measureContributors.measureId, measure.id), inArray(measureContributors.departmentId, contributors.removed)));
  }
  if (contributors?.added.length) await tx.insert(measureContributors).values(contributors.added.map((departmentId) => ({ measureId: measure.id, departmentId })));
  if (goalLinks?.removed.length) await tx.delete(measureGoals).where(and(eq(measureGoals.measureId, measure.id), inArray(measureGoals.goalId, goalLinks.removed)));
  if (goalLinks?.added.length) await tx.insert(measureGoals).values(goalLinks.added.map((goalId) => ({ measureId: measure.id, goalId })));
  if (changes.length > 0) {
    await writeAudit(tx, { action: 'measure.edited', ...audit, target: { type: 'measure', id: String(measure.id) }, details: details(null, changes) });
  }

  // Its activities, in the order the body names them.
  for (const { row, patch } of patched) {
    const activityChanges: FieldChange[] = [];
    const activitySet: Partial<ActivityRow> = { ...ownerAndDates(activityChanges, row, patch) };
    if (patch.weight !== undefined && patch.weight !== row.weight) {
      noteChange(activityChanges, 'weight', row.weight, patch.weight);
      activitySet.weight = patch.weight;
    }
    const current = (await tx.select().from(activityContributors).where(eq(activityContributors.activityId, row.id))).map((r) => r.departmentId);
    const activityContributorDiff = diffSet(activityChanges, 'contributors', current, patch.contributors);
    if (Object.keys(activitySet).length > 0) await tx.update(activities).set(activitySet).where(eq(activities.id, row.id));
    if (activityContributorDiff?.removed.length) {
      await tx
        .delete(activityContributors)
        .where(and(eq(activityContributors.activityId, row.id), inArray(activityContributors.departmentId, activityContributorDiff.removed)));
    }
    if (activityContributorDiff?.added.length) {
      await tx.insert(activityContributors).values(activityContributorDiff.added.map((departmentId) => ({ activityId: row.id, departmentId })));
    }
    if (activityChanges.length > 0) {
      await writeAudit(tx, { action: 'activity.edited', ...audit, target: { type: 'measure', id: String(measure.id) }, details: details(row.code, activityChanges) });
    }
  }
  return { value: null };
}

/** Lead, dates and horizon of a measure or an activity: the columns to set, and the changes noted. */
function ownerAndDates(
  changes: FieldChange[],
  row: Scalars & Pick<MeasureRow, 'leadDepartmentId' | 'leadPersonId'>,
  patch: Partial<Scalars> & { lead?: Lead },
): Partial<Scalars & Pick<MeasureRow, 'leadDepartmentId' | 'leadPersonId'>> {
  const set: Partial<Scalars & Pick<MeasureRow, 'leadDepartmentId' | 'leadPersonId'>> = {};
  if (patch.lead !== undefined) {
    const before = toLead(row.leadDepartmentId, row.leadPersonId);
    const after = patch.lead === null ? null : { departmentId: patch.lead.departmentId, personId: patch.lead.personId };
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      noteChange(changes, 'lead', before, after);
      set.leadDepartmentId = after?.departmentId ?? null;
      set.leadPersonId = after?.personId ?? null;
    }
  }
  for (const field of ['startDate', 'targetDate', 'horizon'] as const) {
    const value = patch[field];
    if (value !== undefined && value !== row[field]) {
      noteChange(changes, field, row[field], value);
      Object.assign(set, { [field]: value });
    }
  }
  return set;
}

/** Contributors are a set: the change in sorted order (as the API lists them), and what to add and remove. */
function diffSet(changes: FieldChange[], field: string, current: string[], wanted: string[] | undefined) {
  if (wanted === undefined) return undefined;
  const diff = setDiff(current, wanted);
  noteChange(changes, field, [...current].sort(), [...new Set(wanted)].sort());
  return diff;
}

function setDiff<T>(current: readonly T[], wanted: readonly T[]): { added: T[]; removed: T[] } {
  const now = new Set(current);
  const next = new Set(wanted);
  return { added: [...next].filter((x) => !now.has(x)), removed: [...now].filter((x) => !next.has(x)) };
}
