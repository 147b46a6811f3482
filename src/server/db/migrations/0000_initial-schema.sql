CREATE TYPE "public"."health" AS ENUM('on_track', 'at_risk', 'off_track');--> statement-breakpoint
CREATE TYPE "public"."horizon" AS ENUM('short', 'medium', 'long');--> statement-breakpoint
CREATE TYPE "public"."phase" AS ENUM('not_started', 'planned', 'in_progress', 'ongoing', 'completed', 'on_hold', 'discontinued');--> statement-breakpoint
CREATE TABLE "activities" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "activities_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"measure_id" integer NOT NULL,
	"code" text NOT NULL,
	"position" integer NOT NULL,
	"title_de" text NOT NULL,
	"title_en" text NOT NULL,
	"phase" "phase" DEFAULT 'not_started' NOT NULL,
	"health" "health",
	"progress" integer DEFAULT 0 NOT NULL,
	"weight" real DEFAULT 1 NOT NULL,
	"start_date" date,
	"target_date" date,
	"horizon" "horizon",
	"lead_department_id" text,
	"lead_person_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activities_plan_code" UNIQUE("plan_id","code"),
	CONSTRAINT "activities_health_only_while_active" CHECK ("activities"."health" is null or "activities"."phase" in ('planned', 'in_progress', 'ongoing', 'on_hold')),
	CONSTRAINT "activities_progress_percent" CHECK ("activities"."progress" between 0 and 100),
	CONSTRAINT "activities_weight_positive" CHECK ("activities"."weight" > 0),
	CONSTRAINT "activities_lead_person_needs_department" CHECK ("activities"."lead_person_id" is null or "activities"."lead_department_id" is not null),
	CONSTRAINT "activities_dates_in_order" CHECK ("activities"."start_date" is null or "activities"."target_date" is null or "activities"."start_date" <= "activities"."target_date")
);
--> statement-breakpoint
CREATE TABLE "activity_contributors" (
	"activity_id" integer NOT NULL,
	"department_id" text NOT NULL,
	CONSTRAINT "activity_contributors_activity_id_department_id_pk" PRIMARY KEY("activity_id","department_id")
);
--> statement-breakpoint
CREATE TABLE "areas" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "areas_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"code" text NOT NULL,
	"position" integer NOT NULL,
	"title_de" text NOT NULL,
	"title_en" text NOT NULL,
	"short_title_de" text NOT NULL,
	"short_title_en" text NOT NULL,
	"description_de" text NOT NULL,
	"description_en" text NOT NULL,
	CONSTRAINT "areas_plan_code" UNIQUE("plan_id","code"),
	CONSTRAINT "areas_id_plan" UNIQUE("id","plan_id")
);
--> statement-breakpoint
CREATE TABLE "departments" (
	"id" text PRIMARY KEY NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "departments_id_slug" CHECK ("departments"."id" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "goals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"code" text NOT NULL,
	"position" integer NOT NULL,
	"title_de" text NOT NULL,
	"title_en" text NOT NULL,
	CONSTRAINT "goals_plan_code" UNIQUE("plan_id","code")
);
--> statement-breakpoint
CREATE TABLE "measure_contributors" (
	"measure_id" integer NOT NULL,
	"department_id" text NOT NULL,
	CONSTRAINT "measure_contributors_measure_id_department_id_pk" PRIMARY KEY("measure_id","department_id")
);
--> statement-breakpoint
CREATE TABLE "measure_goals" (
	"measure_id" integer NOT NULL,
	"goal_id" integer NOT NULL,
	CONSTRAINT "measure_goals_measure_id_goal_id_pk" PRIMARY KEY("measure_id","goal_id")
);
--> statement-breakpoint
CREATE TABLE "measures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "measures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"area_id" integer NOT NULL,
	"code" text NOT NULL,
	"position" integer NOT NULL,
	"title_de" text NOT NULL,
	"title_en" text NOT NULL,
	"phase" "phase" DEFAULT 'not_started' NOT NULL,
	"health" "health",
	"manual_progress" integer,
	"progress_reason" text,
	"start_date" date,
	"target_date" date,
	"horizon" "horizon",
	"lead_department_id" text,
	"lead_person_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measures_plan_code" UNIQUE("plan_id","code"),
	CONSTRAINT "measures_id_plan" UNIQUE("id","plan_id"),
	CONSTRAINT "measures_health_only_while_active" CHECK ("measures"."health" is null or "measures"."phase" in ('planned', 'in_progress', 'ongoing', 'on_hold')),
	CONSTRAINT "measures_manual_progress_percent" CHECK ("measures"."manual_progress" between 0 and 100),
	CONSTRAINT "measures_lead_person_needs_department" CHECK ("measures"."lead_person_id" is null or "measures"."lead_department_id" is not null),
	CONSTRAINT "measures_dates_in_order" CHECK ("measures"."start_date" is null or "measures"."target_date" is null or "measures"."start_date" <= "measures"."target_date")
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"department_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plans_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"title_de" text NOT NULL,
	"title_en" text NOT NULL,
	"reporting_interval_days" integer DEFAULT 90 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_code_unique" UNIQUE("code"),
	CONSTRAINT "plans_reporting_interval_positive" CHECK ("plans"."reporting_interval_days" > 0)
);
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_lead_department_id_departments_id_fk" FOREIGN KEY ("lead_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_lead_person_id_people_id_fk" FOREIGN KEY ("lead_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_measure_same_plan" FOREIGN KEY ("measure_id","plan_id") REFERENCES "public"."measures"("id","plan_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_contributors" ADD CONSTRAINT "activity_contributors_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_contributors" ADD CONSTRAINT "activity_contributors_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "areas" ADD CONSTRAINT "areas_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_contributors" ADD CONSTRAINT "measure_contributors_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_contributors" ADD CONSTRAINT "measure_contributors_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_goals" ADD CONSTRAINT "measure_goals_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_goals" ADD CONSTRAINT "measure_goals_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_lead_department_id_departments_id_fk" FOREIGN KEY ("lead_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_lead_person_id_people_id_fk" FOREIGN KEY ("lead_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_area_same_plan" FOREIGN KEY ("area_id","plan_id") REFERENCES "public"."areas"("id","plan_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;