-- One number that moves with every committed change to the plan's data: the server keeps the
-- answers of its big reads (the plan, the measures list, the stats) until it moves, and each
-- process asks the database, so several servers on one PostgreSQL never serve another's old data.
--
-- Bumped by triggers, as measures.version is (0001): no writer can forget. The trigger runs at
-- commit (deferred), once per transaction: the row lock on data_version is taken last and held
-- only while committing, so it cannot close a deadlock with the locks a write takes on measures.

CREATE TABLE "data_version" (
  "id" boolean PRIMARY KEY DEFAULT true CHECK ("id"),
  "version" bigint NOT NULL
);
--> statement-breakpoint
INSERT INTO "data_version" ("id", "version") VALUES (true, 1);
--> statement-breakpoint
CREATE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A setting local to the transaction: the first row's trigger bumps, the others see it done.
  IF current_setting('apt.data_version_bumped', true) IS DISTINCT FROM 'on' THEN
    UPDATE "data_version" SET "version" = "version" + 1;
    PERFORM set_config('apt.data_version_bumped', 'on', true);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "plans_data_version" AFTER INSERT OR UPDATE OR DELETE ON "plans"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE TRIGGER "plans_data_version_truncate" AFTER TRUNCATE ON "plans"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "goals_data_version" AFTER INSERT OR UPDATE OR DELETE ON "goals"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE TRIGGER "goals_data_version_truncate" AFTER TRUNCATE ON "goals"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "areas_data_version" AFTER INSERT OR UPDATE OR DELETE ON "areas"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE TRIGGER "areas_data_version_truncate" AFTER TRUNCATE ON "areas"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "departments_data_version" AFTER INSERT OR UPDATE OR DELETE ON "departments"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE TRIGGER "departments_data_version_truncate" AFTER TRUNCATE ON "departments"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "people_data_version" AFTER INSERT OR UPDATE OR DELETE ON "people"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE TRIGGER "people_data_version_truncate" AFTER TRUNCATE ON "people"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "measures_data_version" AFTER INSERT OR UPDATE OR DELETE ON "measures"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE TRIGGER "measures_data_version_truncate" AFTER TRUNCATE ON "measures"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "measure_contributors_data_version" AFTER INSERT OR UPDATE OR DELETE ON "measure_contributors"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE TRIGGER "measure_contributors_data_version_truncate" AFTER TRUNCATE ON "measure_contributors"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "measure_goals_data_version" AFTER INSERT OR UPDATE OR DELETE ON "measure_goals"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE TRIGGER "measure_goals_data_version_truncate" AFTER TRUNCATE ON "measure_goals"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "activities_data_version" AFTER INSERT OR UPDATE OR DELETE ON "activities"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE TRIGGER "activities_data_version_truncate" AFTER TRUNCATE ON "activities"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "activity_contributors_data_version" AFTER INSERT OR UPDATE OR DELETE ON "activity_contributors"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE TRIGGER "activity_contributors_data_version_truncate" AFTER TRUNCATE ON "activity_contributors"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "progress_updates_data_version" AFTER INSERT OR UPDATE OR DELETE ON "progress_updates"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE TRIGGER "progress_updates_data_version_truncate" AFTER TRUNCATE ON "progress_updates"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
