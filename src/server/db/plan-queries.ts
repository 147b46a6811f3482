import { and, asc, eq, exists, max, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Lead, Phase } from '@/contract/common.ts';
import type { Activity, Measure, MeasureListQuery } from '@/contract/measures.ts';
import { isOverdue, staleAfter } from '@/lib/freshness.ts';
import { plan as currentPlan } from '@/lib/plan-data.ts';
import { measureProgress } from '@/lib/progress.ts';
import type { Database } from './database.ts';
import {
  activities,
  activityContributors,
  areas,
  departments,
  goals,
  measureContributors,
  measureGoals,
  measures,
  plans,
  progressUpdates,
} from './schema.ts';

export type Reader = Pick<Database, 'select'>;

export type PlanRow = typeof plans.$inferSelect;
/** What reading a plan's measures needs to know of the plan. */
export type PlanRef = Pick<PlanRow, 'id' | 'reportingIntervalDays'>;

/** The plan the API serves. There is one for now; when others follow, routes will name theirs. */
export async function findCurrentPlan(db: Reader): Promise<PlanRow | undefined> {
  const [row] = await db.select().from(plans).where(eq(plans.code, currentPlan.code));
  return row;
}

export async function listGoals(db: Reader, planId: number) {
  return db.select().from(goals).where(eq(goals.planId, planId)).orderBy(asc(goals.position));
}

export async function listAreas(db: Reader, planId: number) {
  return db.select().from(areas).where(eq(areas.planId, planId)).orderBy(asc(areas.position));
}

/** Ordered by id: stable whatever the database's collation; clients sort names in their language. */
export async function listDepartments(db: Reader) {
  return db.select().from(departments).orderBy(asc(departments.id));
}

export type MeasureFilter = MeasureListQuery & { code?: string };

/** A measure as the API shows it, with what the ETag is built from. */
export type MeasureRecord = { measure: Measure; etag: string };

/** The ETag of a measure's version, for GET /measures/{code}, If-Match and MeasureSummary.etag. */
export const measureEtag = (planId: number, measure: { id: number; version: number }) => `"${planId}-${measure.id}-${measure.version}"`;

/**
 * The plan's measures matching `filter`, in plan order (1.1 … 4.3), each with its activities,
 * contributors, goals, computed progress and freshness as of `now`. Reads one snapshot, so a
 * measure's ETag always describes exactly the data sent with it.
 */
export async function loadMeasures(db: Database, plan: PlanRef, now: Date, filter: MeasureFilter = {}): Promise<MeasureRecord[]> {
  return db.transaction((tx) => readMeasures(tx, plan, now, filter), { isolationLevel: 'repeatable read', accessMode: 'read only' });
}

/** Filled in by readMeasures: the earliest moment, from now on, at which a stale flag it gave would turn. */
export type StaleWatch = { staleChangeAt: Date | null };

/**
 * loadMeasures within a transaction the caller holds: a write reads back, under its lock on the
 * measure, exactly the version it wrote.
 */
export async function readMeasures(tx: Reader, plan: PlanRef, now: Date, filter: MeasureFilter = {}, watch?: StaleWatch): Promise<MeasureRecord[]> {
  const planId = plan.id;
  const rows = await tx
    .select({ measure: measures, areaCode: areas.code })
    .from(measures)
    .innerJoin(areas, eq(areas.id, measures.areaId))
    .where(and(eq(measures.planId, planId), ...filterConditions(tx, filter)))
    .orderBy(asc(areas.position), asc(measures.position));
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.measure.id);

  const activityRows = await tx
    .select()
    .from(activities)
    .where(anyOf(activities.measureId, ids))
    .orderBy(asc(activities.measureId), asc(activities.position));
  const measureContributorRows = await tx
    .select()
    .from(measureContributors)
    .where(anyOf(measureContributors.measureId, ids))
    .orderBy(asc(measureContributors.departmentId));
  const activityContributorRows = await tx
    .select({ activityId: activityContributors.activityId, departmentId: activityContributors.departmentId })
    .from(activityContributors)
    .innerJoin(activities, eq(activities.id, activityContributors.activityId))
    .where(anyOf(activities.measureId, ids))
    .orderBy(asc(activityContributors.departmentId));
  const goalRows = await tx
    .select({ measureId: measureGoals.measureId, code: goals.code })
    .from(measureGoals)
    .innerJoin(goals, eq(goals.id, measureGoals.goalId))
    .where(anyOf(measureGoals.measureId, ids))
    .orderBy(asc(goals.position));
  const lastUpdateRows = await tx
    .select({ measureId: progressUpdates.measureId, activityId: progressUpdates.activityId, at: max(progressUpdates.at) })
    .from(progressUpdates)
    .where(anyOf(progressUpdates.measureId, ids))
    .groupBy(progressUpdates.measureId, progressUpdates.activityId);

  const lastUpdateOfActivity = new Map<number, Date>();
  const lastUpdateOfMeasure = new Map<number, Date>();
  for (const { measureId, activityId, at } of lastUpdateRows) {
    if (at === null) continue;
    if (activityId !== null) lastUpdateOfActivity.set(activityId, at);
    const latest = lastUpdateOfMeasure.get(measureId);
    if (!latest || latest < at) lastUpdateOfMeasure.set(measureId, at);
  }
  const freshness = (item: { phase: Phase; targetDate: string | null; createdAt: Date }, lastUpdate: Date | undefined) => {
    const turns = staleAfter({ phase: item.phase, lastUpdateAt: lastUpdate ?? null, createdAt: item.createdAt }, plan.reportingIntervalDays);
    if (watch && turns !== null && turns >= now.getTime() && (watch.staleChangeAt === null || turns < watch.staleChangeAt.getTime())) {
      watch.staleChangeAt = new Date(turns);
    }
    return { lastUpdateAt: lastUpdate?.toISOString() ?? null, stale: turns !== null && now.getTime() > turns, overdue: isOverdue(item, now) };
  };

  const activityContributorsOf = groupBy(activityContributorRows, (r) => r.activityId, (r) => r.departmentId);
  const activitiesOf = groupBy(activityRows, (r) => r.measureId, (r) =>
    toActivity(r, activityContributorsOf.get(r.id) ?? [], freshness(r, lastUpdateOfActivity.get(r.id))),
  );
  const contributorsOf = groupBy(measureContributorRows, (r) => r.measureId, (r) => r.departmentId);
  const goalsOf = groupBy(goalRows, (r) => r.measureId, (r) => r.code);

  return rows.map(({ measure: m, areaCode }): MeasureRecord => {
    const measureActivities = activitiesOf.get(m.id) ?? [];
    const { progress, source } = measureProgress({ phase: m.phase, manualProgress: m.manualProgress, activities: measureActivities });
    const etag = measureEtag(planId, m);
    return {
      etag,
      measure: {
        code: m.code,
        areaCode,
        title: { de: m.titleDe, en: m.titleEn },
        phase: m.phase,
        health: m.health,
        progress,
        progressSource: source,
        progressReason: m.progressReason,
        lead: toLead(m.leadDepartmentId, m.leadPersonId),
        contributors: contributorsOf.get(m.id) ?? [],
        startDate: m.startDate,
        targetDate: m.targetDate,
        horizon: m.horizon,
        ...freshness(m, lastUpdateOfMeasure.get(m.id)),
        goals: goalsOf.get(m.id) ?? [],
        activityCount: measureActivities.length,
        updatedAt: m.updatedAt.toISOString(),
        etag,
        activities: measureActivities,
      },
    };
  });
}

/**
 * `column = any($1)`: one array parameter however many ids. `in ($1, …, $n)` would make the
 * database parse and plan 10,000 parameters per query for a plan of 10,000 measures.
 */
const anyOf = (column: AnyPgColumn, ids: readonly number[]): SQL => sql`${column} = any(${sql.param(ids)}::int[])`;

function filterConditions(db: Reader, filter: MeasureFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.code !== undefined) conditions.push(eq(measures.code, filter.code));
  if (filter.area !== undefined) conditions.push(eq(areas.code, filter.area));
  if (filter.phase !== undefined) conditions.push(eq(measures.phase, filter.phase));
  if (filter.health !== undefined) conditions.push(eq(measures.health, filter.health));
  if (filter.department !== undefined) {
    const department = filter.department;
    const contributes = db
      .select({ one: sql`1` })
      .from(measureContributors)
      .where(and(eq(measureContributors.measureId, measures.id), eq(measureContributors.departmentId, department)));
    conditions.push(or(eq(measures.leadDepartmentId, department), exists(contributes))!);
  }
  if (filter.q?.includes('\u0000')) {
    // No stored text can hold a NUL character, and PostgreSQL refuses one as a parameter.
    conditions.push(sql`false`);
  } else if (filter.q !== undefined) {
    const pattern = `%${escapeLike(filter.q)}%`;
    const matches = (column: AnyPgColumn) => sql`${column} ilike ${pattern} escape '\\'`;
    const inActivity = db
      .select({ one: sql`1` })
      .from(activities)
      .where(and(eq(activities.measureId, measures.id), or(matches(activities.titleDe), matches(activities.titleEn))));
    conditions.push(or(matches(measures.code), matches(measures.titleDe), matches(measures.titleEn), exists(inActivity))!);
  }
  return conditions;
}

/** So that a search for "%" or "_" finds those characters rather than matching everything. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

type Freshness = Pick<Activity, 'lastUpdateAt' | 'stale' | 'overdue'>;

function toActivity(row: typeof activities.$inferSelect, contributors: string[], freshness: Freshness): Activity {
  return {
    code: row.code,
    title: { de: row.titleDe, en: row.titleEn },
    phase: row.phase,
    health: row.health,
    progress: row.progress,
    lead: toLead(row.leadDepartmentId, row.leadPersonId),
    contributors,
    startDate: row.startDate,
    targetDate: row.targetDate,
    horizon: row.horizon,
    ...freshness,
    weight: row.weight,
  };
}

export const toLead = (departmentId: string | null, personId: string | null): Lead =>
  departmentId === null ? null : { departmentId, personId };

function groupBy<T, K, V>(rows: readonly T[], key: (row: T) => K, value: (row: T) => V): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(value(row));
    else groups.set(key(row), [value(row)]);
  }
  return groups;
}
