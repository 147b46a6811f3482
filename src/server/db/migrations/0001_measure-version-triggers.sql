-- A measure's ETag is built from measures.version. Bumping it in triggers rather than in the
-- code that writes means no writer (a later endpoint, an import, a hand-run UPDATE) can forget,
-- and a change to an activity, a contributor or a goal link counts as a change to its measure.

CREATE FUNCTION "bump_measure_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.version := OLD.version + 1;
  NEW.updated_at := now();
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "measures_bump_version" BEFORE UPDATE ON "measures"
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION "bump_measure_version"();
--> statement-breakpoint
CREATE FUNCTION "stamp_updated_at"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "activities_stamp_updated_at" BEFORE UPDATE ON "activities"
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION "stamp_updated_at"();
--> statement-breakpoint
-- For tables with a measure_id column: the measure the row belongs to (before and after) changes.
CREATE FUNCTION "touch_measure"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "measures" SET "version" = "version" + 1 WHERE "id" = NEW.measure_id;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "measures" SET "version" = "version" + 1 WHERE "id" = OLD.measure_id;
  ELSIF OLD.* IS DISTINCT FROM NEW.* THEN
    UPDATE "measures" SET "version" = "version" + 1 WHERE "id" IN (OLD.measure_id, NEW.measure_id);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "activities_touch_measure" AFTER INSERT OR UPDATE OR DELETE ON "activities"
  FOR EACH ROW EXECUTE FUNCTION "touch_measure"();
--> statement-breakpoint
CREATE TRIGGER "measure_contributors_touch_measure" AFTER INSERT OR UPDATE OR DELETE ON "measure_contributors"
  FOR EACH ROW EXECUTE FUNCTION "touch_measure"();
--> statement-breakpoint
CREATE TRIGGER "measure_goals_touch_measure" AFTER INSERT OR UPDATE OR DELETE ON "measure_goals"
  FOR EACH ROW EXECUTE FUNCTION "touch_measure"();
--> statement-breakpoint
-- An activity's contributors change the activity, and with it its measure.
CREATE FUNCTION "touch_activity"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed integer[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    changed := ARRAY[NEW.activity_id];
  ELSIF TG_OP = 'DELETE' THEN
    changed := ARRAY[OLD.activity_id];
  ELSE
    changed := ARRAY[OLD.activity_id, NEW.activity_id];
  END IF;
  UPDATE "activities" SET "updated_at" = now() WHERE "id" = ANY (changed);
  UPDATE "measures" SET "version" = "version" + 1
    WHERE "id" IN (SELECT "measure_id" FROM "activities" WHERE "id" = ANY (changed));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "activity_contributors_touch_activity" AFTER INSERT OR UPDATE OR DELETE ON "activity_contributors"
  FOR EACH ROW EXECUTE FUNCTION "touch_activity"();
