-- CreateEnum
CREATE TYPE "VisitStatus" AS ENUM ('WAITING', 'CALLED', 'IN_PROGRESS', 'DONE');

-- CreateEnum
CREATE TYPE "VisitOutcome" AS ENUM ('COMPLETED', 'PARTIAL', 'NOT_POSSIBLE', 'NO_SHOW');

-- CreateEnum
CREATE TYPE "NotPossibleReason" AS ENUM ('MISSING_DOCUMENT', 'EXPIRED_DOCUMENT', 'NO_EMAIL_OR_PHONE', 'NOT_ELIGIBLE', 'SYSTEM_UNAVAILABLE', 'OTHER');

-- CreateEnum
CREATE TYPE "Autonomy" AS ENUM ('NEEDED_HELP', 'WITH_GUIDANCE', 'ALONE');

-- CreateEnum
CREATE TYPE "ProcedureStepKind" AS ENUM ('CHECK', 'CHOICE', 'ID_DOCUMENT', 'FISCAL_CODE');

-- CreateTable
CREATE TABLE "Workstation" (
    "id" UUID NOT NULL,
    "sedeId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" SMALLINT NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Workstation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkstationShift" (
    "id" UUID NOT NULL,
    "workstationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "openedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMPTZ(3),

    CONSTRAINT "WorkstationShift_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TicketCounter" (
    "sedeId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "last" SMALLINT NOT NULL,

    CONSTRAINT "TicketCounter_pkey" PRIMARY KEY ("sedeId","day")
);

-- CreateTable
CREATE TABLE "Visit" (
    "id" UUID NOT NULL,
    "sedeId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "appointmentId" UUID,
    "citizenName" TEXT,
    "day" DATE NOT NULL,
    "ticketNumber" SMALLINT NOT NULL,
    "arrivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "queuedAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "VisitStatus" NOT NULL DEFAULT 'WAITING',
    "workstationId" UUID,
    "servedById" UUID,
    "createdById" UUID,
    "calledAt" TIMESTAMPTZ(3),
    "startedAt" TIMESTAMPTZ(3),
    "endedAt" TIMESTAMPTZ(3),
    "outcome" "VisitOutcome",
    "notPossibleReason" "NotPossibleReason",
    "autonomy" "Autonomy",
    "notes" TEXT,

    CONSTRAINT "Visit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcedureStep" (
    "id" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "position" SMALLINT NOT NULL,
    "kind" "ProcedureStepKind" NOT NULL DEFAULT 'CHECK',
    "labelIt" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "hintIt" TEXT,
    "hintEn" TEXT,
    "options" JSONB NOT NULL DEFAULT '[]',
    "required" BOOLEAN NOT NULL DEFAULT true,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "ProcedureStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitStep" (
    "visitId" UUID NOT NULL,
    "stepKey" TEXT NOT NULL,
    "done" BOOLEAN NOT NULL,
    "value" TEXT,
    "clientAt" TIMESTAMPTZ(3) NOT NULL,
    "checkedById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VisitStep_pkey" PRIMARY KEY ("visitId","stepKey")
);

-- CreateIndex
CREATE UNIQUE INDEX "Workstation_sedeId_name_key" ON "Workstation"("sedeId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Workstation_id_sedeId_key" ON "Workstation"("id", "sedeId");

-- CreateIndex
CREATE INDEX "WorkstationShift_workstationId_openedAt_idx" ON "WorkstationShift"("workstationId", "openedAt");

-- CreateIndex
CREATE INDEX "WorkstationShift_userId_openedAt_idx" ON "WorkstationShift"("userId", "openedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Visit_appointmentId_key" ON "Visit"("appointmentId");

-- CreateIndex
CREATE INDEX "Visit_sedeId_day_status_queuedAt_idx" ON "Visit"("sedeId", "day", "status", "queuedAt");

-- CreateIndex
CREATE INDEX "Visit_workstationId_idx" ON "Visit"("workstationId");

-- CreateIndex
CREATE UNIQUE INDEX "Visit_sedeId_day_ticketNumber_key" ON "Visit"("sedeId", "day", "ticketNumber");

-- CreateIndex
CREATE UNIQUE INDEX "ProcedureStep_serviceId_key_key" ON "ProcedureStep"("serviceId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "ProcedureStep_serviceId_position_key" ON "ProcedureStep"("serviceId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Appointment_id_sedeId_key" ON "Appointment"("id", "sedeId");

-- AddForeignKey
ALTER TABLE "Workstation" ADD CONSTRAINT "Workstation_sedeId_fkey" FOREIGN KEY ("sedeId") REFERENCES "Sede"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkstationShift" ADD CONSTRAINT "WorkstationShift_workstationId_fkey" FOREIGN KEY ("workstationId") REFERENCES "Workstation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkstationShift" ADD CONSTRAINT "WorkstationShift_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketCounter" ADD CONSTRAINT "TicketCounter_sedeId_fkey" FOREIGN KEY ("sedeId") REFERENCES "Sede"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_sedeId_fkey" FOREIGN KEY ("sedeId") REFERENCES "Sede"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_sedeId_serviceId_fkey" FOREIGN KEY ("sedeId", "serviceId") REFERENCES "SedeService"("sedeId", "serviceId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_appointmentId_sedeId_fkey" FOREIGN KEY ("appointmentId", "sedeId") REFERENCES "Appointment"("id", "sedeId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_workstationId_sedeId_fkey" FOREIGN KEY ("workstationId", "sedeId") REFERENCES "Workstation"("id", "sedeId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_servedById_fkey" FOREIGN KEY ("servedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcedureStep" ADD CONSTRAINT "ProcedureStep_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitStep" ADD CONSTRAINT "VisitStep_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitStep" ADD CONSTRAINT "VisitStep_checkedById_fkey" FOREIGN KEY ("checkedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------------------------
-- Rules Prisma's schema language cannot state. Keep docs/data-model.md in step with this list.
-- ---------------------------------------------------------------------------------------------

ALTER TABLE "Workstation"
  ADD CONSTRAINT "Workstation_name_length" CHECK (char_length(btrim("name")) BETWEEN 1 AND 40);

-- A workstation has one volunteer at a time, and a volunteer one workstation at a time.
ALTER TABLE "WorkstationShift"
  ADD CONSTRAINT "WorkstationShift_closes_after_opening" CHECK ("closedAt" IS NULL OR "closedAt" >= "openedAt");
CREATE UNIQUE INDEX "WorkstationShift_one_open_per_workstation" ON "WorkstationShift"("workstationId") WHERE "closedAt" IS NULL;
CREATE UNIQUE INDEX "WorkstationShift_one_open_per_user" ON "WorkstationShift"("userId") WHERE "closedAt" IS NULL;

ALTER TABLE "TicketCounter"
  ADD CONSTRAINT "TicketCounter_last_range" CHECK ("last" BETWEEN 1 AND 999);

ALTER TABLE "Visit"
  ADD CONSTRAINT "Visit_ticket_range" CHECK ("ticketNumber" BETWEEN 1 AND 999),
  ADD CONSTRAINT "Visit_day_of_arrival" CHECK ("day" = ("arrivedAt" AT TIME ZONE 'Europe/Rome')::date),
  -- A walk-in gives a name; a booked citizen's name stays on the appointment, never copied.
  ADD CONSTRAINT "Visit_walk_in_named" CHECK (
    ("appointmentId" IS NULL AND "citizenName" IS NOT NULL AND char_length(btrim("citizenName")) BETWEEN 1 AND 120)
    OR ("appointmentId" IS NOT NULL AND "citizenName" IS NULL)),
  ADD CONSTRAINT "Visit_times_in_order" CHECK (
    ("calledAt" IS NULL OR "calledAt" >= "arrivedAt")
    AND ("startedAt" IS NULL OR ("calledAt" IS NOT NULL AND "startedAt" >= "calledAt"))
    AND ("endedAt" IS NULL OR "endedAt" >= COALESCE("startedAt", "calledAt", "arrivedAt"))),
  -- What each status holds: waiting has no workstation; called and in progress have one and no
  -- outcome; done has an outcome and an end.
  ADD CONSTRAINT "Visit_status_fields" CHECK (CASE "status"
    WHEN 'WAITING' THEN "workstationId" IS NULL AND "calledAt" IS NULL AND "outcome" IS NULL AND "endedAt" IS NULL
    WHEN 'CALLED' THEN "workstationId" IS NOT NULL AND "calledAt" IS NOT NULL AND "startedAt" IS NULL AND "outcome" IS NULL AND "endedAt" IS NULL
    WHEN 'IN_PROGRESS' THEN "workstationId" IS NOT NULL AND "startedAt" IS NOT NULL AND "outcome" IS NULL AND "endedAt" IS NULL
    WHEN 'DONE' THEN "outcome" IS NOT NULL AND "endedAt" IS NOT NULL
  END),
  ADD CONSTRAINT "Visit_reason_only_not_possible" CHECK (("outcome" = 'NOT_POSSIBLE') = ("notPossibleReason" IS NOT NULL)),
  ADD CONSTRAINT "Visit_autonomy_when_served" CHECK (
    CASE WHEN "outcome" IN ('COMPLETED', 'PARTIAL') THEN "autonomy" IS NOT NULL ELSE "autonomy" IS NULL END),
  ADD CONSTRAINT "Visit_no_show_never_started" CHECK ("outcome" IS DISTINCT FROM 'NO_SHOW' OR "startedAt" IS NULL),
  ADD CONSTRAINT "Visit_notes_length" CHECK ("notes" IS NULL OR char_length("notes") <= 500);

-- "Call next" can never give one workstation two citizens at once.
CREATE UNIQUE INDEX "Visit_one_live_per_workstation" ON "Visit"("workstationId") WHERE "status" IN ('CALLED', 'IN_PROGRESS');

ALTER TABLE "ProcedureStep"
  ADD CONSTRAINT "ProcedureStep_key_format" CHECK ("key" ~ '^[a-z][a-z0-9_]{0,39}$'),
  ADD CONSTRAINT "ProcedureStep_position_positive" CHECK ("position" >= 1),
  ADD CONSTRAINT "ProcedureStep_options_array" CHECK (jsonb_typeof("options") = 'array'),
  ADD CONSTRAINT "ProcedureStep_choice_has_options" CHECK ("kind" NOT IN ('CHOICE', 'ID_DOCUMENT') OR jsonb_array_length("options") >= 1);

ALTER TABLE "VisitStep"
  ADD CONSTRAINT "VisitStep_key_format" CHECK ("stepKey" ~ '^[a-z][a-z0-9_]{0,39}$'),
  ADD CONSTRAINT "VisitStep_value_length" CHECK ("value" IS NULL OR char_length("value") <= 40);
