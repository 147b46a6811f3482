import { type SQL, sql } from 'drizzle-orm';
import type { Health, Phase } from '@/contract/common.ts';
import type { LatestUpdate, ReportMeasure, StatusReport } from '@/contract/reports.ts';
import { isOverdue, isStale } from '@/lib/freshness.ts';
import { rollUp } from '@/lib/progress.ts';
import type { Database } from './database.ts';
import { listAreas, type PlanRow, toLead } from './plan-queries.ts';

const isoTime = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

async function rowsOf<T>(db: Database, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

type Reported = {
  id: number;
  code: string;
  title_de: string;
  title_en: string;
  lead_department_id: string | null;
  lead_person_id: string | null;
  target_date: string | null;
  created_at: string;
  phase: Phase | null;
  health: Health | null;
  progress: number | null;
  last_update_at: string | null;
  narrative_at: string | null;
  author_username: string | null;
  author_name: string | null;
  narrative: string | null;
};

/** The latest update of `scope` up to `end` that says something, as a lateral join. */
const latestNarrative = (scope: SQL, end: string) => sql`left join lateral (
    select pu.at as narrative_at, pu.author_username, pu.author_name, pu.narrative from progress_updates pu
    where ${scope} and pu.at < ${end}::timestamptz and btrim(pu.narrative) <> ''
    order by pu.at desc, pu.id desc limit 1
  ) ln on true`;

/**
 * The plan's state at the end of `asOf` (UTC, as the progress history): phase, health and progress
 * from the latest updates by then, owners and target dates as now. Stale and overdue are as they
 * would have been seen then, with the shared rules of src/lib/freshness.ts.
 */
export async function statusReport(db: Database, plan: PlanRow, asOf: string, now: Date, department?: string): Promise<StatusReport> {
  const endOfDay = new Date(new Date(`${asOf}T00:00:00Z`).getTime() + 24 * 60 * 60 * 1000);
  const end = endOfDay.toISOString();
  // A report of today is what the plan shows now, not what it will show at midnight.
  const seenAt = endOfDay < now ? endOfDay : now;
  const inDepartment =
    department === undefined
      ? sql`true`
      : sql`(ms.lead_department_id = ${department} or exists (select 1 from measure_contributors mc where mc.measure_id = ms.id and mc.department_id = ${department}))`;

  const measureRows = await rowsOf<Reported & { area_code: string }>(
    db,
    sql`select ms.id, ms.code, ms.title_de, ms.title_en, ms.lead_department_id, ms.lead_person_id, ms.target_date::text as target_date,
        ${isoTime(sql`ms.created_at`)} as created_at, a.code as area_code,
        st.phase, st.health, lp.measure_progress as progress, ${isoTime(sql`lp.at`)} as last_update_at,
        ${isoTime(sql`ln.narrative_at`)} as narrative_at, ln.author_username, ln.author_name, ln.narrative
      from measures ms
      join areas a on a.id = ms.area_id
      left join lateral (
        select pu.phase, pu.health from progress_updates pu
        where pu.measure_id = ms.id and pu.activity_id is null and pu.at < ${end}::timestamptz order by pu.at desc, pu.id desc limit 1
      ) st on true
      left join lateral (
        select pu.measure_progress, pu.at from progress_updates pu
        where pu.measure_id = ms.id and pu.at < ${end}::timestamptz order by pu.at desc, pu.id desc limit 1
      ) lp on true
      ${latestNarrative(sql`pu.measure_id = ms.id`, end)}
      where ms.plan_id = ${plan.id} and ${inDepartment}
      order by a.position, ms.position`,
  );
  const ids = measureRows.map((r) => r.id);
  const idList = ids.length > 0 ? sql.join(ids.map((id) => sql`${id}`), sql`, `) : sql`null`;

  const activityRows = await rowsOf<Reported & { measure_id: number }>(
    db,
    sql`select ac.id, ac.measure_id, ac.code, ac.title_de, ac.title_en, ac.lead_department_id, ac.lead_person_id, ac.target_date::text as target_date,
        ${isoTime(sql`ac.created_at`)} as created_at,
        st.phase, st.health, st.progress, ${isoTime(sql`st.at`)} as last_update_at,
        ${isoTime(sql`ln.narrative_at`)} as narrative_at, ln.author_username, ln.author_name, ln.narrative
      from activities ac
      left join lateral (
        select pu.phase, pu.health, pu.progress, pu.at from progress_updates pu
        where pu.activity_id = ac.id and pu.at < ${end}::timestamptz order by pu.at desc, pu.id desc limit 1
      ) st on true
      ${latestNarrative(sql`pu.activity_id = ac.id`, end)}
      where ac.measure_id in (${idList})
      order by ac.measure_id, ac.position`,
  );
  const contributorRows = await rowsOf<{ kind: 'measure' | 'activity'; owner_id: number; department_id: string }>(
    db,
    sql`select 'measure' as kind, measure_id as owner_id, department_id from measure_contributors where measure_id in (${idList})
      union all
      select 'activity', ac.id, c.department_id from activity_contributors c join activities ac on ac.id = c.activity_id where ac.measure_id in (${idList})
      order by department_id`,
  );
  const contributorsOf = (kind: 'measure' | 'activity', id: number) =>
    contributorRows.filter((r) => r.kind === kind && r.owner_id === id).map((r) => r.department_id);

  const reported = (row: Reported, kind: 'measure' | 'activity') => {
    const phase = row.phase ?? 'not_started';
    const latestUpdate: LatestUpdate | null =
      row.narrative_at === null
        ? null
        : { at: row.narrative_at, author: { username: row.author_username ?? '', name: row.author_name ?? '' }, narrative: row.narrative ?? '' };
    return {
      code: row.code,
      title: { de: row.title_de, en: row.title_en },
      phase,
      health: row.health,
      progress: row.progress ?? 0,
      lead: toLead(row.lead_department_id, row.lead_person_id),
      contributors: contributorsOf(kind, row.id),
      targetDate: row.target_date,
      stale: isStale({ phase, lastUpdateAt: row.last_update_at, createdAt: row.created_at }, plan.reportingIntervalDays, seenAt),
      // Overdue once the target date lies before the report's date, as it would have been seen that day.
      overdue: isOverdue({ phase, targetDate: row.target_date }, new Date(`${asOf}T12:00:00Z`)),
      latestUpdate,
    };
  };

  const activitiesOf = new Map<number, ReportMeasure['activities']>();
  for (const row of activityRows) {
    const list = activitiesOf.get(row.measure_id) ?? [];
    list.push(reported(row, 'activity'));
    activitiesOf.set(row.measure_id, list);
  }
  const reportMeasures = measureRows.map((row) => ({
    areaCode: row.area_code,
    measure: { ...reported(row, 'measure'), activities: activitiesOf.get(row.id) ?? [] } satisfies ReportMeasure,
  }));

  const included = reportMeasures.map((r) => r.measure);
  const areas = (await listAreas(db, plan.id)).flatMap((area) => {
    const measures = reportMeasures.filter((r) => r.areaCode === area.code).map((r) => r.measure);
    if (measures.length === 0) return [];
    return [
      {
        code: area.code,
        title: { de: area.titleDe, en: area.titleEn },
        shortTitle: { de: area.shortTitleDe, en: area.shortTitleEn },
        progress: rollUp(measures),
        measures,
      },
    ];
  });
  return {
    title: { de: plan.titleDe, en: plan.titleEn },
    asOf,
    generatedAt: now.toISOString(),
    progress: rollUp(included),
    areas,
  };
}
