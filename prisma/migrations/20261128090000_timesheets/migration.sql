-- CreateEnum
CREATE TYPE "TimesheetKind" AS ENUM ('SERVICE', 'TRAINING', 'PERMIT', 'SICKNESS', 'UNPAID');

-- CreateEnum
CREATE TYPE "WeekStatus" AS ENUM ('OPEN', 'SUBMITTED', 'RETURNED', 'APPROVED');

-- CreateTable
CREATE TABLE "Enrolment" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Enrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimesheetDay" (
    "userId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "kind" "TimesheetKind" NOT NULL,
    "startMinute" SMALLINT,
    "endMinute" SMALLINT,
    "breakMinutes" SMALLINT NOT NULL DEFAULT 0,
    "activityCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "note" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TimesheetDay_pkey" PRIMARY KEY ("userId","day")
);

-- CreateTable
CREATE TABLE "TimesheetWeek" (
    "userId" UUID NOT NULL,
    "weekStart" DATE NOT NULL,
    "status" "WeekStatus" NOT NULL DEFAULT 'OPEN',
    "comment" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "reviewedAt" TIMESTAMPTZ(3),
    "reviewedById" UUID,

    CONSTRAINT "TimesheetWeek_pkey" PRIMARY KEY ("userId","weekStart")
);

-- CreateIndex
CREATE UNIQUE INDEX "Enrolment_userId_key" ON "Enrolment"("userId");

-- CreateIndex
CREATE INDEX "Enrolment_projectId_idx" ON "Enrolment"("projectId");

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimesheetDay" ADD CONSTRAINT "TimesheetDay_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimesheetWeek" ADD CONSTRAINT "TimesheetWeek_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimesheetWeek" ADD CONSTRAINT "TimesheetWeek_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------------------------
-- Rules Prisma's schema language cannot state. Keep docs/data-model.md in step with this list.
-- ---------------------------------------------------------------------------------------------

ALTER TABLE "Enrolment"
  ADD CONSTRAINT "Enrolment_ends_after_start" CHECK ("endsOn" > "startsOn"),
  ADD CONSTRAINT "Enrolment_at_most_two_years" CHECK ("endsOn" - "startsOn" <= 731);

-- Service and training have a span and a break shorter than it; absences have no times.
ALTER TABLE "TimesheetDay"
  ADD CONSTRAINT "TimesheetDay_activityCodes_not_null" CHECK ("activityCodes" IS NOT NULL),
  ADD CONSTRAINT "TimesheetDay_times_by_kind" CHECK (
    CASE WHEN "kind" IN ('SERVICE', 'TRAINING')
      THEN "startMinute" IS NOT NULL AND "endMinute" IS NOT NULL
      ELSE "startMinute" IS NULL AND "endMinute" IS NULL AND "breakMinutes" = 0 AND cardinality("activityCodes") = 0
    END),
  ADD CONSTRAINT "TimesheetDay_span" CHECK (
    "startMinute" IS NULL OR ("startMinute" >= 0 AND "endMinute" <= 1440 AND "endMinute" > "startMinute")),
  ADD CONSTRAINT "TimesheetDay_break" CHECK (
    "breakMinutes" >= 0 AND ("startMinute" IS NULL OR "breakMinutes" < "endMinute" - "startMinute")),
  ADD CONSTRAINT "TimesheetDay_note_length" CHECK ("note" IS NULL OR char_length("note") <= 300);

-- A week starts on Monday; a returned week says why; a reviewed week says when.
ALTER TABLE "TimesheetWeek"
  ADD CONSTRAINT "TimesheetWeek_starts_monday" CHECK (extract(isodow FROM "weekStart") = 1),
  ADD CONSTRAINT "TimesheetWeek_returned_has_comment" CHECK ("status" <> 'RETURNED' OR char_length(btrim(coalesce("comment", ''))) BETWEEN 1 AND 1000),
  ADD CONSTRAINT "TimesheetWeek_comment_length" CHECK ("comment" IS NULL OR char_length("comment") <= 1000),
  ADD CONSTRAINT "TimesheetWeek_submitted_at" CHECK ("status" = 'OPEN' OR "submittedAt" IS NOT NULL),
  ADD CONSTRAINT "TimesheetWeek_reviewed" CHECK ("status" NOT IN ('RETURNED', 'APPROVED') OR ("reviewedAt" IS NOT NULL));

-- The days of a submitted or approved week cannot change: a correction needs the OLP to return or
-- reopen the week first, whatever the application does.
CREATE FUNCTION "TimesheetDay_week_open"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  locked BOOLEAN;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT true INTO locked FROM "TimesheetWeek"
      WHERE "userId" = OLD."userId" AND "weekStart" = OLD."day" - (extract(isodow FROM OLD."day")::int - 1)
        AND "status" IN ('SUBMITTED', 'APPROVED');
    IF locked THEN
      RAISE EXCEPTION 'Timesheet week is locked: refused by constraint "TimesheetDay_week_locked"'
        USING ERRCODE = 'check_violation', CONSTRAINT = 'TimesheetDay_week_locked';
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT true INTO locked FROM "TimesheetWeek"
      WHERE "userId" = NEW."userId" AND "weekStart" = NEW."day" - (extract(isodow FROM NEW."day")::int - 1)
        AND "status" IN ('SUBMITTED', 'APPROVED');
    IF locked THEN
      RAISE EXCEPTION 'Timesheet week is locked: refused by constraint "TimesheetDay_week_locked"'
        USING ERRCODE = 'check_violation', CONSTRAINT = 'TimesheetDay_week_locked';
    END IF;
    RETURN NEW;
  END IF;
  RETURN OLD;
END;
$$;

CREATE TRIGGER "TimesheetDay_week_open"
  BEFORE INSERT OR UPDATE OR DELETE ON "TimesheetDay"
  FOR EACH ROW EXECUTE FUNCTION "TimesheetDay_week_open"();
