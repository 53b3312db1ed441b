-- CreateEnum
CREATE TYPE "CancelReason" AS ENUM ('NO_LONGER_NEEDED', 'CANNOT_ATTEND', 'SOLVED_ONLINE', 'BOOKED_BY_MISTAKE', 'OTHER');

-- AlterTable
ALTER TABLE "Service"
  ADD COLUMN "minNoticeMinutes" INTEGER NOT NULL DEFAULT 120,
  ADD COLUMN "horizonDays" SMALLINT NOT NULL DEFAULT 60;

-- AlterTable
ALTER TABLE "SedeService" ADD COLUMN "dailyCap" SMALLINT;

-- AlterTable
ALTER TABLE "Appointment"
  ADD COLUMN "seat" SMALLINT,
  -- A stored column, not an expression, in the exclusion constraint: Prisma's schema reader cannot
  -- read expressions there (docs/prisma-offline.md). LEAST/GREATEST so that an end before the start
  -- reaches the CHECK "Appointment_ends_after_start" instead of failing as a malformed range.
  ADD COLUMN "during" tstzrange GENERATED ALWAYS AS (tstzrange(LEAST("startsAt", "endsAt"), GREATEST("startsAt", "endsAt"))) STORED,
  ADD COLUMN "idempotencyKey" TEXT,
  ADD COLUMN "privacyConsentAt" TIMESTAMPTZ(3),
  ADD COLUMN "sequence" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "reminderSentAt" TIMESTAMPTZ(3),
  ADD COLUMN "cancelReason" "CancelReason";

-- CreateIndex
CREATE UNIQUE INDEX "Appointment_idempotencyKey_key" ON "Appointment"("idempotencyKey");

-- ---------------------------------------------------------------------------------------------
-- Rules Prisma's schema language cannot state. Keep docs/data-model.md in step with this list.
-- ---------------------------------------------------------------------------------------------

ALTER TABLE "Service"
  ADD CONSTRAINT "Service_minNotice_range" CHECK ("minNoticeMinutes" BETWEEN 0 AND 43200),
  ADD CONSTRAINT "Service_horizon_range" CHECK ("horizonDays" BETWEEN 1 AND 366);

ALTER TABLE "SedeService"
  ADD CONSTRAINT "SedeService_dailyCap_positive" CHECK ("dailyCap" IS NULL OR "dailyCap" >= 1);

-- No double booking: two live appointments of a service at a desk never hold the same place at
-- overlapping times, whatever the application does and however many requests race.
ALTER TABLE "Appointment"
  ADD CONSTRAINT "Appointment_seat_positive" CHECK ("seat" IS NULL OR "seat" >= 1),
  ADD CONSTRAINT "Appointment_idempotencyKey_format"
    CHECK ("idempotencyKey" IS NULL OR "idempotencyKey" ~ '^[A-Za-z0-9_-]{16,64}$'),
  ADD CONSTRAINT "Appointment_sequence_nonnegative" CHECK ("sequence" >= 0),
  ADD CONSTRAINT "Appointment_online_has_consent" CHECK ("channel" <> 'ONLINE' OR "privacyConsentAt" IS NOT NULL),
  ADD CONSTRAINT "Appointment_cancelReason_only_cancelled" CHECK ("cancelReason" IS NULL OR "status" = 'CANCELLED'),
  ADD CONSTRAINT "Appointment_one_citizen_per_seat"
    EXCLUDE USING gist ("sedeId" WITH =, "serviceId" WITH =, "seat" WITH =, "during" WITH &&)
    WHERE ("status" <> 'CANCELLED' AND "seat" IS NOT NULL);

-- A place number must exist at the desk (at most the capacity the desk gives the service), and a
-- day holds at most the daily cap of live appointments. The cap is counted under a lock on the
-- (desk, service, Rome day), so that racing bookings are counted one after the other.
CREATE FUNCTION "Appointment_within_capacity"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  offer RECORD;
  rome_day DATE;
  live INTEGER;
BEGIN
  IF NEW."status" = 'CANCELLED' THEN
    RETURN NEW;
  END IF;
  SELECT "capacity", "dailyCap" INTO offer
    FROM "SedeService" WHERE "sedeId" = NEW."sedeId" AND "serviceId" = NEW."serviceId";
  IF NOT FOUND THEN
    RETURN NEW; -- the foreign key refuses it
  END IF;
  IF NEW."seat" IS NOT NULL AND NEW."seat" > offer."capacity" THEN
    RAISE EXCEPTION 'Appointment place beyond capacity: refused by constraint "Appointment_seat_within_capacity"'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Appointment_seat_within_capacity';
  END IF;
  IF offer."dailyCap" IS NOT NULL AND (
    TG_OP = 'INSERT'
    OR OLD."status" = 'CANCELLED'
    OR OLD."sedeId" <> NEW."sedeId" OR OLD."serviceId" <> NEW."serviceId"
    OR (OLD."startsAt" AT TIME ZONE 'Europe/Rome')::date <> (NEW."startsAt" AT TIME ZONE 'Europe/Rome')::date
  ) THEN
    rome_day := (NEW."startsAt" AT TIME ZONE 'Europe/Rome')::date;
    PERFORM pg_advisory_xact_lock(hashtextextended(NEW."sedeId"::text || NEW."serviceId"::text || rome_day::text, 0));
    SELECT count(*) INTO live FROM "Appointment"
      WHERE "sedeId" = NEW."sedeId" AND "serviceId" = NEW."serviceId" AND "status" <> 'CANCELLED'
        AND "id" <> NEW."id"
        AND ("startsAt" AT TIME ZONE 'Europe/Rome')::date = rome_day;
    IF live >= offer."dailyCap" THEN
      RAISE EXCEPTION 'Daily cap reached: refused by constraint "Appointment_within_daily_cap"'
        USING ERRCODE = 'check_violation', CONSTRAINT = 'Appointment_within_daily_cap';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Appointment_within_capacity"
  BEFORE INSERT OR UPDATE OF "seat", "sedeId", "serviceId", "startsAt", "status" ON "Appointment"
  FOR EACH ROW EXECUTE FUNCTION "Appointment_within_capacity"();

ALTER TABLE "Appointment"
  ADD COLUMN "locale" VARCHAR(5) NOT NULL DEFAULT 'it',
  ADD CONSTRAINT "Appointment_locale_known" CHECK ("locale" IN ('it', 'en'));

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "attachments" JSONB NOT NULL DEFAULT '[]';
