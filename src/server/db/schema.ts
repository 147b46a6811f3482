import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  index,
  date,
  foreignKey,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
// Relative, not '@/…': drizzle-kit loads this file without the project's path aliases.
import { healths, horizons, phases, phasesWithHealth, roles } from '../../contract/common.ts';

export const phaseEnum = pgEnum('phase', phases);
export const healthEnum = pgEnum('health', healths);
export const horizonEnum = pgEnum('horizon', horizons);
export const roleEnum = pgEnum('role', roles);

// The "Ampel" means something only while work is planned or under way (DOMAIN.md).
const healthOnlyWhileActive = (health: AnyPgColumn, phase: AnyPgColumn) =>
  sql`${health} is null or ${phase} in (${sql.join(phasesWithHealth.map((p) => sql.raw(`'${p}'`)), sql`, `)})`;

const id = () => integer('id').primaryKey().generatedAlwaysAsIdentity();
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const plans = pgTable('plans', {
  id: id(),
  code: text('code').notNull().unique(),
  titleDe: text('title_de').notNull(),
  titleEn: text('title_en').notNull(),
  reportingIntervalDays: integer('reporting_interval_days').notNull().default(90),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [check('plans_reporting_interval_positive', sql`${t.reportingIntervalDays} > 0`)]);

export const goals = pgTable('goals', {
  id: id(),
  planId: integer('plan_id').notNull().references(() => plans.id, { onDelete: 'cascade' }),
  code: text('code').notNull(),
  position: integer('position').notNull(),
  titleDe: text('title_de').notNull(),
  titleEn: text('title_en').notNull(),
}, (t) => [unique('goals_plan_code').on(t.planId, t.code)]);

export const areas = pgTable('areas', {
  id: id(),
  planId: integer('plan_id').notNull().references(() => plans.id, { onDelete: 'cascade' }),
  code: text('code').notNull(),
  position: integer('position').notNull(),
  titleDe: text('title_de').notNull(),
  titleEn: text('title_en').notNull(),
  shortTitleDe: text('short_title_de').notNull(),
  shortTitleEn: text('short_title_en').notNull(),
  descriptionDe: text('description_de').notNull(),
  descriptionEn: text('description_en').notNull(),
}, (t) => [
  unique('areas_plan_code').on(t.planId, t.code),
  // Target of the measures' composite key, which keeps a measure in an area of its own plan.
  unique('areas_id_plan').on(t.id, t.planId),
]);

/** Departments outlive plans: they are the city's organisation, not part of one plan. */
export const departments = pgTable('departments', {
  id: text('id').primaryKey(),
  nameDe: text('name_de').notNull(),
  nameEn: text('name_en').notNull(),
  createdAt: createdAt(),
}, (t) => [check('departments_id_slug', sql`${t.id} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)]);

/** Responsible people named as leads; not necessarily anyone with an account (see users). */
export const people = pgTable('people', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  departmentId: text('department_id').references(() => departments.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
});

export const measures = pgTable('measures', {
  id: id(),
  planId: integer('plan_id').notNull().references(() => plans.id, { onDelete: 'cascade' }),
  areaId: integer('area_id').notNull(),
  code: text('code').notNull(),
  position: integer('position').notNull(),
  titleDe: text('title_de').notNull(),
  titleEn: text('title_en').notNull(),
  phase: phaseEnum('phase').notNull().default('not_started'),
  health: healthEnum('health'),
  manualProgress: integer('manual_progress'),
  progressReason: text('progress_reason'),
  startDate: date('start_date', { mode: 'string' }),
  targetDate: date('target_date', { mode: 'string' }),
  horizon: horizonEnum('horizon'),
  leadDepartmentId: text('lead_department_id').references(() => departments.id),
  leadPersonId: uuid('lead_person_id').references(() => people.id),
  /** Bumped by a trigger on every change to the measure or its activities; the ETag is built from it. */
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  unique('measures_plan_code').on(t.planId, t.code),
  unique('measures_id_plan').on(t.id, t.planId),
  foreignKey({ name: 'measures_area_same_plan', columns: [t.areaId, t.planId], foreignColumns: [areas.id, areas.planId] }),
  check('measures_health_only_while_active', healthOnlyWhileActive(t.health, t.phase)),
  check('measures_manual_progress_percent', sql`${t.manualProgress} between 0 and 100`),
  // A person leads on behalf of a department, so a lead without a department is incomplete.
  check('measures_lead_person_needs_department', sql`${t.leadPersonId} is null or ${t.leadDepartmentId} is not null`),
  check('measures_dates_in_order', sql`${t.startDate} is null or ${t.targetDate} is null or ${t.startDate} <= ${t.targetDate}`),
]);

export const measureContributors = pgTable('measure_contributors', {
  measureId: integer('measure_id').notNull().references(() => measures.id, { onDelete: 'cascade' }),
  departmentId: text('department_id').notNull().references(() => departments.id, { onDelete: 'cascade' }),
}, (t) => [primaryKey({ columns: [t.measureId, t.departmentId] })]);

export const measureGoals = pgTable('measure_goals', {
  measureId: integer('measure_id').notNull().references(() => measures.id, { onDelete: 'cascade' }),
  goalId: integer('goal_id').notNull().references(() => goals.id, { onDelete: 'cascade' }),
}, (t) => [primaryKey({ columns: [t.measureId, t.goalId] })]);

export const activities = pgTable('activities', {
  id: id(),
  // Carried here so that activity codes are unique within a plan, which the composite key keeps honest.
  planId: integer('plan_id').notNull(),
  measureId: integer('measure_id').notNull(),
  code: text('code').notNull(),
  position: integer('position').notNull(),
  titleDe: text('title_de').notNull(),
  titleEn: text('title_en').notNull(),
  phase: phaseEnum('phase').notNull().default('not_started'),
  health: healthEnum('health'),
  progress: integer('progress').notNull().default(0),
  weight: real('weight').notNull().default(1),
  startDate: date('start_date', { mode: 'string' }),
  targetDate: date('target_date', { mode: 'string' }),
  horizon: horizonEnum('horizon'),
  leadDepartmentId: text('lead_department_id').references(() => departments.id),
  leadPersonId: uuid('lead_person_id').references(() => people.id),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  unique('activities_plan_code').on(t.planId, t.code),
  // Target of the progress updates' composite key, which keeps an update on an activity of its own measure.
  unique('activities_id_measure').on(t.id, t.measureId),
  // A measure's activities in order: reading a measure, its progress roll-up in the stats, a progress update.
  index('activities_measure_position').on(t.measureId, t.position),
  foreignKey({ name: 'activities_measure_same_plan', columns: [t.measureId, t.planId], foreignColumns: [measures.id, measures.planId] }).onDelete('cascade'),
  check('activities_health_only_while_active', healthOnlyWhileActive(t.health, t.phase)),
  check('activities_progress_percent', sql`${t.progress} between 0 and 100`),
  check('activities_weight_positive', sql`${t.weight} > 0`),
  check('activities_lead_person_needs_department', sql`${t.leadPersonId} is null or ${t.leadDepartmentId} is not null`),
  check('activities_dates_in_order', sql`${t.startDate} is null or ${t.targetDate} is null or ${t.startDate} <= ${t.targetDate}`),
]);

export const activityContributors = pgTable('activity_contributors', {
  activityId: integer('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
  departmentId: text('department_id').notNull().references(() => departments.id, { onDelete: 'cascade' }),
}, (t) => [primaryKey({ columns: [t.activityId, t.departmentId] })]);

/** Accounts that sign in. Never deleted, only disabled: the audit trail keeps naming them. */
export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull().unique(),
  name: text('name').notNull(),
  role: roleEnum('role').notNull(),
  departmentId: text('department_id').references(() => departments.id),
  /** scrypt with its parameters, see src/server/auth/password.ts. */
  passwordHash: text('password_hash').notNull(),
  disabled: boolean('disabled').notNull().default(false),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  // Lower case only, so that "Admin" and "admin" can never be two accounts.
  check('users_username_format', sql`${t.username} ~ '^[a-z0-9][a-z0-9._-]{1,62}[a-z0-9]$'`),
  check('users_department_head_has_department', sql`(${t.role} = 'department_head') = (${t.departmentId} is not null)`),
]);

/**
 * Signed-in sessions. Only the SHA-256 of the session id is kept: whoever reads the table cannot
 * sign in with what they read. Expiry is worked out from the two times when a session is used.
 */
export const sessions = pgTable('sessions', {
  idHash: text('id_hash').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  csrfToken: text('csrf_token').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
}, (t) => [index('sessions_user').on(t.userId)]);

/** Failed sign-ins, for throttling; rows older than the throttling window are pruned. */
export const loginFailures = pgTable('login_failures', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  username: text('username').notNull(),
  address: text('address').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull(),
}, (t) => [index('login_failures_username_address_at').on(t.username, t.address, t.at), index('login_failures_at').on(t.at)]);

/**
 * Who did what, when and from where. Append-only: triggers refuse UPDATE, DELETE and TRUNCATE.
 * No foreign key to users, so that nothing done to an account can touch its history.
 */
export const auditLog = pgTable('audit_log', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  actorUserId: uuid('actor_user_id'),
  actorUsername: text('actor_username'),
  action: text('action').notNull(),
  targetType: text('target_type'),
  targetId: text('target_id'),
  details: jsonb('details').notNull().default({}),
  address: text('address'),
}, (t) => [index('audit_log_at').on(t.at), index('audit_log_target').on(t.targetType, t.targetId)]);

/**
 * The history of a measure and its activities ("Sachstandsberichte"): one row per progress
 * update, with the state right after it. Append-only: triggers refuse UPDATE, DELETE and
 * TRUNCATE, except that the rows go with their measure or activity when that is deleted. No
 * foreign key to users, like audit_log: the author is kept as named at the time.
 */
export const progressUpdates = pgTable('progress_updates', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  planId: integer('plan_id').notNull(),
  measureId: integer('measure_id').notNull(),
  /** Null when the update is about the measure itself. */
  activityId: integer('activity_id'),
  authorUserId: uuid('author_user_id'),
  authorUsername: text('author_username').notNull(),
  authorName: text('author_name').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  narrative: text('narrative').notNull().default(''),
  /** What the update changed, as [{ field, from, to }]. */
  changes: jsonb('changes').notNull(),
  /** The state of the measure or activity right after the update. */
  phase: phaseEnum('phase').notNull(),
  health: healthEnum('health'),
  progress: integer('progress').notNull(),
  /** The measure's shown progress right after the update, for charts over time. */
  measureProgress: integer('measure_progress').notNull(),
}, (t) => [
  foreignKey({ name: 'progress_updates_measure_same_plan', columns: [t.measureId, t.planId], foreignColumns: [measures.id, measures.planId] }).onDelete('cascade'),
  foreignKey({ name: 'progress_updates_activity_of_measure', columns: [t.activityId, t.measureId], foreignColumns: [activities.id, activities.measureId] }).onDelete('cascade'),
  check('progress_updates_health_only_while_active', healthOnlyWhileActive(t.health, t.phase)),
  check('progress_updates_progress_percent', sql`${t.progress} between 0 and 100`),
  check('progress_updates_measure_progress_percent', sql`${t.measureProgress} between 0 and 100`),
  index('progress_updates_measure_at').on(t.measureId, t.at.desc(), t.id.desc()),
  index('progress_updates_activity_at').on(t.activityId, t.at.desc(), t.id.desc()),
]);
