-- CreateEnum
CREATE TYPE "TrainingKind" AS ENUM ('GENERAL', 'SPECIFIC', 'TUTORING_GROUP', 'TUTORING_INDIVIDUAL');

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "tutoringGroupMinutes" INTEGER,
ADD COLUMN     "tutoringIndividualMinutes" INTEGER;

-- CreateTable
CREATE TABLE "TrainingSession" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "kind" "TrainingKind" NOT NULL,
    "title" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "startMinute" SMALLINT NOT NULL,
    "minutes" SMALLINT NOT NULL,
    "place" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingAttendance" (
    "sessionId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "minutes" SMALLINT NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingAttendance_pkey" PRIMARY KEY ("sessionId","userId")
);

-- CreateIndex
CREATE INDEX "TrainingSession_projectId_day_idx" ON "TrainingSession"("projectId", "day");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingSession_id_projectId_key" ON "TrainingSession"("id", "projectId");

-- CreateIndex
CREATE INDEX "TrainingAttendance_userId_idx" ON "TrainingAttendance"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Enrolment_userId_projectId_key" ON "Enrolment"("userId", "projectId");

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAttendance" ADD CONSTRAINT "TrainingAttendance_sessionId_projectId_fkey" FOREIGN KEY ("sessionId", "projectId") REFERENCES "TrainingSession"("id", "projectId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAttendance" ADD CONSTRAINT "TrainingAttendance_userId_projectId_fkey" FOREIGN KEY ("userId", "projectId") REFERENCES "Enrolment"("userId", "projectId") ON DELETE RESTRICT ON UPDATE CASCADE;



-- ---------------------------------------------------------------------------------------------
-- Rules Prisma's schema language cannot state. Keep docs/data-model.md in step with this list.
-- ---------------------------------------------------------------------------------------------

-- Tutoring's split (e.g. Cremona: 16 h collective + 5 h individual) is stated whole or not at all,
-- and makes the project's tutoring time.
ALTER TABLE "Project"
  ADD CONSTRAINT "Project_tutoring_split" CHECK (
    ("tutoringGroupMinutes" IS NULL AND "tutoringIndividualMinutes" IS NULL)
    OR ("tutoringGroupMinutes" IS NOT NULL AND "tutoringIndividualMinutes" IS NOT NULL AND "tutoringMinutes" IS NOT NULL
        AND "tutoringGroupMinutes" >= 0 AND "tutoringIndividualMinutes" >= 0
        AND "tutoringMinutes" = "tutoringGroupMinutes" + "tutoringIndividualMinutes"));

-- A session lies within one Rome day and says what it is about.
ALTER TABLE "TrainingSession"
  ADD CONSTRAINT "TrainingSession_minutes_positive" CHECK ("minutes" BETWEEN 1 AND 600),
  ADD CONSTRAINT "TrainingSession_within_day" CHECK ("startMinute" >= 0 AND "startMinute" + "minutes" <= 1440),
  ADD CONSTRAINT "TrainingSession_title_length" CHECK (char_length(btrim("title")) BETWEEN 1 AND 200),
  ADD CONSTRAINT "TrainingSession_place_length" CHECK ("place" IS NULL OR char_length(btrim("place")) BETWEEN 1 AND 200);

-- Attendance is of enrolled volunteers of the session's project: the two composite foreign keys above
-- ("TrainingAttendance_sessionId_projectId_fkey", "TrainingAttendance_userId_projectId_fkey") share
-- "projectId", so a volunteer of another project cannot be recorded, and an enrolment cannot move to
-- another project while it has attendance (the cascaded update breaks the session's key).
ALTER TABLE "TrainingAttendance"
  ADD CONSTRAINT "TrainingAttendance_minutes_positive" CHECK ("minutes" > 0);

-- At most the session's minutes, and one attendee for individual tutoring. The session row is locked
-- first, so two attendances recorded at once for an individual session are counted one after the other.
CREATE FUNCTION "TrainingAttendance_fits_session"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  session RECORD;
  others INTEGER;
BEGIN
  SELECT "kind", "minutes" INTO session FROM "TrainingSession" WHERE "id" = NEW."sessionId" FOR UPDATE;
  IF NOT FOUND THEN
    RETURN NEW; -- the foreign key refuses it
  END IF;
  IF NEW."minutes" > session."minutes" THEN
    RAISE EXCEPTION 'Attendance longer than its session: refused by constraint "TrainingAttendance_within_session"'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'TrainingAttendance_within_session';
  END IF;
  IF session."kind" = 'TUTORING_INDIVIDUAL' THEN
    SELECT count(*) INTO others FROM "TrainingAttendance"
      WHERE "sessionId" = NEW."sessionId" AND "userId" <> NEW."userId";
    IF others > 0 THEN
      RAISE EXCEPTION 'Individual tutoring has one attendee: refused by constraint "TrainingAttendance_individual_single"'
        USING ERRCODE = 'check_violation', CONSTRAINT = 'TrainingAttendance_individual_single';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "TrainingAttendance_fits_session"
  BEFORE INSERT OR UPDATE ON "TrainingAttendance"
  FOR EACH ROW EXECUTE FUNCTION "TrainingAttendance_fits_session"();

-- The same rules seen from the session: it cannot shrink below an attendance, nor become individual
-- tutoring with several attendees.
CREATE FUNCTION "TrainingSession_keeps_attendance"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."minutes" < OLD."minutes" AND EXISTS (
      SELECT 1 FROM "TrainingAttendance" WHERE "sessionId" = NEW."id" AND "minutes" > NEW."minutes") THEN
    RAISE EXCEPTION 'Attendance longer than its session: refused by constraint "TrainingAttendance_within_session"'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'TrainingAttendance_within_session';
  END IF;
  IF NEW."kind" = 'TUTORING_INDIVIDUAL' AND OLD."kind" <> 'TUTORING_INDIVIDUAL'
      AND (SELECT count(*) FROM "TrainingAttendance" WHERE "sessionId" = NEW."id") > 1 THEN
    RAISE EXCEPTION 'Individual tutoring has one attendee: refused by constraint "TrainingAttendance_individual_single"'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'TrainingAttendance_individual_single';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "TrainingSession_keeps_attendance"
  BEFORE UPDATE OF "minutes", "kind" ON "TrainingSession"
  FOR EACH ROW EXECUTE FUNCTION "TrainingSession_keeps_attendance"();
