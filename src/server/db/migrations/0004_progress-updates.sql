CREATE TABLE "progress_updates" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "progress_updates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"measure_id" integer NOT NULL,
	"activity_id" integer,
	"author_user_id" uuid,
	"author_username" text NOT NULL,
	"author_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"narrative" text DEFAULT '' NOT NULL,
	"changes" jsonb NOT NULL,
	"phase" "phase" NOT NULL,
	"health" "health",
	"progress" integer NOT NULL,
	"measure_progress" integer NOT NULL,
	CONSTRAINT "progress_updates_health_only_while_active" CHECK ("progress_updates"."health" is null or "progress_updates"."phase" in ('planned', 'in_progress', 'ongoing', 'on_hold')),
	CONSTRAINT "progress_updates_progress_percent" CHECK ("progress_updates"."progress" between 0 and 100),
	CONSTRAINT "progress_updates_measure_progress_percent" CHECK ("progress_updates"."measure_progress" between 0 and 100)
);
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_id_measure" UNIQUE("id","measure_id");--> statement-breakpoint
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_measure_same_plan" FOREIGN KEY ("measure_id","plan_id") REFERENCES "public"."measures"("id","plan_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_activity_of_measure" FOREIGN KEY ("activity_id","measure_id") REFERENCES "public"."activities"("id","measure_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "progress_updates_measure_at" ON "progress_updates" USING btree ("measure_id","at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "progress_updates_activity_at" ON "progress_updates" USING btree ("activity_id","at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
-- The history is evidence, like audit_log: once written, a row stays as it was, whoever writes.
-- One exception: when a measure or an activity is deleted, its history goes with it (the foreign
-- keys cascade), since history of nothing is no use; audit_log, which has no foreign key, keeps
-- the record of every change. So a DELETE is let through only once the row's measure or activity
-- is gone, which is the case exactly when the cascade deletes it.
CREATE FUNCTION "progress_updates_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF NOT EXISTS (SELECT 1 FROM "measures" WHERE "id" = OLD.measure_id)
      OR (OLD.activity_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "activities" WHERE "id" = OLD.activity_id)) THEN
      RETURN OLD;
    END IF;
  END IF;
  RAISE EXCEPTION 'progress_updates is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER "progress_updates_no_update_or_delete" BEFORE UPDATE OR DELETE ON "progress_updates"
  FOR EACH ROW EXECUTE FUNCTION "progress_updates_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "progress_updates_no_truncate" BEFORE TRUNCATE ON "progress_updates"
  FOR EACH STATEMENT EXECUTE FUNCTION "progress_updates_refuse_change"();
--> statement-breakpoint
-- A new entry changes what the measure shows (its last update, its freshness), so it is a new
-- version of the measure even when the update only tells what happened and changes no state.
CREATE TRIGGER "progress_updates_touch_measure" AFTER INSERT ON "progress_updates"
  FOR EACH ROW EXECUTE FUNCTION "touch_measure"();
