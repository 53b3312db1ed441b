-- btree_gist lets an exclusion constraint mix equality on plain columns with range overlap.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- CreateEnum
CREATE TYPE "ClosureKind" AS ENUM ('HOLIDAY', 'EXCEPTIONAL');

-- CreateEnum
CREATE TYPE "AppointmentStatus" AS ENUM ('BOOKED', 'ARRIVED', 'IN_PROGRESS', 'DONE', 'NO_SHOW', 'CANCELLED');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('ONLINE', 'WALK_IN', 'PHONE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('VOLUNTEER', 'OLP', 'ADMIN');

-- CreateTable
CREATE TABLE "Ente" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "province" CHAR(2) NOT NULL,
    "patronSaintIt" TEXT NOT NULL,
    "patronSaintEn" TEXT NOT NULL,
    "patronMonth" SMALLINT NOT NULL,
    "patronDay" SMALLINT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Ente_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "enteId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "callYear" SMALLINT NOT NULL,
    "annualServiceMinutes" INTEGER NOT NULL,
    "weeklyAverageMinutes" INTEGER,
    "weeklyMinimumMinutes" INTEGER,
    "serviceDaysPerWeek" SMALLINT NOT NULL,
    "generalTrainingMinutes" INTEGER,
    "specificTrainingMinutes" INTEGER,
    "tutoringMinutes" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectActivity" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "ProjectActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Sede" (
    "id" UUID NOT NULL,
    "scuCode" TEXT NOT NULL,
    "enteId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "postalCode" CHAR(5),
    "city" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "openingNotesIt" TEXT,
    "openingNotesEn" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Sede_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectSede" (
    "projectId" UUID NOT NULL,
    "sedeId" UUID NOT NULL,
    "volunteerPlaces" SMALLINT NOT NULL,

    CONSTRAINT "ProjectSede_pkey" PRIMARY KEY ("projectId","sedeId")
);

-- CreateTable
CREATE TABLE "Service" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "defaultDurationMinutes" SMALLINT NOT NULL,
    "requiresFiscalCode" BOOLEAN NOT NULL,
    "sortOrder" SMALLINT NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceTranslation" (
    "serviceId" UUID NOT NULL,
    "locale" VARCHAR(5) NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "documentsToBring" TEXT[],

    CONSTRAINT "ServiceTranslation_pkey" PRIMARY KEY ("serviceId","locale")
);

-- CreateTable
CREATE TABLE "SedeService" (
    "sedeId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "capacity" SMALLINT NOT NULL,
    "slotMinutes" SMALLINT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "SedeService_pkey" PRIMARY KEY ("sedeId","serviceId")
);

-- CreateTable
CREATE TABLE "OpeningHours" (
    "id" UUID NOT NULL,
    "sedeId" UUID NOT NULL,
    "weekday" SMALLINT NOT NULL,
    "opensMinute" INTEGER NOT NULL,
    "closesMinute" INTEGER NOT NULL,
    -- LEAST/GREATEST: a reversed interval must reach the CHECK below, not fail inside int4range.
    "minutes" int4range GENERATED ALWAYS AS (int4range(LEAST("opensMinute", "closesMinute"), GREATEST("opensMinute", "closesMinute"))) STORED,

    CONSTRAINT "OpeningHours_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Closure" (
    "id" UUID NOT NULL,
    "sedeId" UUID NOT NULL,
    "kind" "ClosureKind" NOT NULL DEFAULT 'EXCEPTIONAL',
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "reasonIt" TEXT NOT NULL,
    "reasonEn" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Closure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appointment" (
    "id" UUID NOT NULL,
    "sedeId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "AppointmentStatus" NOT NULL DEFAULT 'BOOKED',
    "bookingCode" TEXT NOT NULL,
    "citizenName" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "fiscalCode" CHAR(16),
    "channel" "Channel" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "cancelledAt" TIMESTAMPTZ(3),

    CONSTRAINT "Appointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "passwordHash" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserSede" (
    "userId" UUID NOT NULL,
    "sedeId" UUID NOT NULL,

    CONSTRAINT "UserSede_pkey" PRIMARY KEY ("userId","sedeId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Ente_code_key" ON "Ente"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Project_code_key" ON "Project"("code");

-- CreateIndex
CREATE INDEX "Project_enteId_idx" ON "Project"("enteId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectActivity_projectId_code_key" ON "ProjectActivity"("projectId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Sede_scuCode_key" ON "Sede"("scuCode");

-- CreateIndex
CREATE INDEX "Sede_enteId_idx" ON "Sede"("enteId");

-- CreateIndex
CREATE INDEX "ProjectSede_sedeId_idx" ON "ProjectSede"("sedeId");

-- CreateIndex
CREATE UNIQUE INDEX "Service_code_key" ON "Service"("code");

-- CreateIndex
CREATE INDEX "SedeService_serviceId_idx" ON "SedeService"("serviceId");

-- CreateIndex
CREATE INDEX "OpeningHours_sedeId_weekday_idx" ON "OpeningHours"("sedeId", "weekday");

-- CreateIndex
CREATE INDEX "Closure_sedeId_endsAt_idx" ON "Closure"("sedeId", "endsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Appointment_bookingCode_key" ON "Appointment"("bookingCode");

-- CreateIndex
CREATE INDEX "Appointment_sedeId_startsAt_idx" ON "Appointment"("sedeId", "startsAt");

-- CreateIndex
CREATE INDEX "Appointment_serviceId_idx" ON "Appointment"("serviceId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "UserSede_sedeId_idx" ON "UserSede"("sedeId");

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_enteId_fkey" FOREIGN KEY ("enteId") REFERENCES "Ente"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectActivity" ADD CONSTRAINT "ProjectActivity_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sede" ADD CONSTRAINT "Sede_enteId_fkey" FOREIGN KEY ("enteId") REFERENCES "Ente"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectSede" ADD CONSTRAINT "ProjectSede_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectSede" ADD CONSTRAINT "ProjectSede_sedeId_fkey" FOREIGN KEY ("sedeId") REFERENCES "Sede"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceTranslation" ADD CONSTRAINT "ServiceTranslation_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SedeService" ADD CONSTRAINT "SedeService_sedeId_fkey" FOREIGN KEY ("sedeId") REFERENCES "Sede"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SedeService" ADD CONSTRAINT "SedeService_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpeningHours" ADD CONSTRAINT "OpeningHours_sedeId_fkey" FOREIGN KEY ("sedeId") REFERENCES "Sede"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Closure" ADD CONSTRAINT "Closure_sedeId_fkey" FOREIGN KEY ("sedeId") REFERENCES "Sede"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_sedeId_fkey" FOREIGN KEY ("sedeId") REFERENCES "Sede"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_sedeId_serviceId_fkey" FOREIGN KEY ("sedeId", "serviceId") REFERENCES "SedeService"("sedeId", "serviceId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserSede" ADD CONSTRAINT "UserSede_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserSede" ADD CONSTRAINT "UserSede_sedeId_fkey" FOREIGN KEY ("sedeId") REFERENCES "Sede"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Rules Prisma's schema language cannot state. Keep docs/data-model.md in step with this list.
-- ---------------------------------------------------------------------------------------------

ALTER TABLE "Ente"
  ADD CONSTRAINT "Ente_code_format" CHECK ("code" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "Ente_province_format" CHECK ("province" ~ '^[A-Z]{2}$'),
  ADD CONSTRAINT "Ente_patron_date" CHECK (
    "patronMonth" BETWEEN 1 AND 12
    AND "patronDay" BETWEEN 1 AND 31
    AND make_date(2000, "patronMonth", "patronDay") IS NOT NULL
  );

ALTER TABLE "Project"
  ADD CONSTRAINT "Project_code_format" CHECK ("code" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "Project_callYear_range" CHECK ("callYear" BETWEEN 2001 AND 2100),
  ADD CONSTRAINT "Project_annualServiceMinutes_positive" CHECK ("annualServiceMinutes" > 0),
  ADD CONSTRAINT "Project_weeklyAverageMinutes_positive" CHECK ("weeklyAverageMinutes" IS NULL OR "weeklyAverageMinutes" > 0),
  ADD CONSTRAINT "Project_weeklyMinimum_not_above_average"
    CHECK ("weeklyMinimumMinutes" IS NULL OR ("weeklyMinimumMinutes" > 0
      AND ("weeklyAverageMinutes" IS NULL OR "weeklyMinimumMinutes" <= "weeklyAverageMinutes"))),
  -- SCU projects run 5 or 6 service days a week.
  ADD CONSTRAINT "Project_serviceDaysPerWeek_range" CHECK ("serviceDaysPerWeek" BETWEEN 1 AND 7),
  ADD CONSTRAINT "Project_training_non_negative" CHECK (
    coalesce("generalTrainingMinutes", 0) >= 0
    AND coalesce("specificTrainingMinutes", 0) >= 0
    AND coalesce("tutoringMinutes", 0) >= 0
  );

ALTER TABLE "ProjectActivity"
  ADD CONSTRAINT "ProjectActivity_code_format" CHECK ("code" ~ '^[A-Z](\.[0-9]+)+$'),
  ADD CONSTRAINT "ProjectActivity_title_not_blank" CHECK (btrim("title") <> '');

ALTER TABLE "Sede"
  ADD CONSTRAINT "Sede_scuCode_format" CHECK ("scuCode" ~ '^[0-9]{4,8}$'),
  ADD CONSTRAINT "Sede_name_not_blank" CHECK (btrim("name") <> ''),
  ADD CONSTRAINT "Sede_postalCode_format" CHECK ("postalCode" IS NULL OR "postalCode" ~ '^[0-9]{5}$'),
  ADD CONSTRAINT "Sede_email_format" CHECK ("email" IS NULL OR "email" ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$');

ALTER TABLE "ProjectSede"
  ADD CONSTRAINT "ProjectSede_volunteerPlaces_non_negative" CHECK ("volunteerPlaces" >= 0);

ALTER TABLE "Service"
  ADD CONSTRAINT "Service_code_format" CHECK ("code" ~ '^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$'),
  ADD CONSTRAINT "Service_defaultDuration_positive" CHECK ("defaultDurationMinutes" BETWEEN 1 AND 480);

ALTER TABLE "ServiceTranslation"
  ADD CONSTRAINT "ServiceTranslation_locale_supported" CHECK ("locale" IN ('it', 'en')),
  ADD CONSTRAINT "ServiceTranslation_name_not_blank" CHECK (btrim("name") <> '');

ALTER TABLE "SedeService"
  ADD CONSTRAINT "SedeService_capacity_positive" CHECK ("capacity" > 0),
  ADD CONSTRAINT "SedeService_slotMinutes_range" CHECK ("slotMinutes" BETWEEN 5 AND 480);

ALTER TABLE "OpeningHours"
  ADD CONSTRAINT "OpeningHours_weekday_iso" CHECK ("weekday" BETWEEN 1 AND 7),
  ADD CONSTRAINT "OpeningHours_interval_valid"
    CHECK ("opensMinute" >= 0 AND "closesMinute" <= 1440 AND "closesMinute" > "opensMinute"),
  ADD CONSTRAINT "OpeningHours_no_overlap"
    EXCLUDE USING gist ("sedeId" WITH =, "weekday" WITH =, "minutes" WITH &&);

ALTER TABLE "Closure"
  ADD CONSTRAINT "Closure_ends_after_start" CHECK ("endsAt" > "startsAt"),
  ADD CONSTRAINT "Closure_reason_not_blank" CHECK (btrim("reasonIt") <> '');

ALTER TABLE "Appointment"
  ADD CONSTRAINT "Appointment_ends_after_start" CHECK ("endsAt" > "startsAt"),
  ADD CONSTRAINT "Appointment_bookingCode_format" CHECK ("bookingCode" ~ '^[A-Z0-9]{4,20}(-[A-Z0-9]{2,10})*$'),
  ADD CONSTRAINT "Appointment_citizenName_not_blank" CHECK (btrim("citizenName") <> ''),
  ADD CONSTRAINT "Appointment_fiscalCode_format"
    CHECK ("fiscalCode" IS NULL OR "fiscalCode" ~ '^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$'),
  ADD CONSTRAINT "Appointment_email_format" CHECK ("email" IS NULL OR "email" ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
  -- Online bookings must be reachable for the confirmation and reminders.
  ADD CONSTRAINT "Appointment_online_has_email" CHECK ("channel" <> 'ONLINE' OR "email" IS NOT NULL),
  ADD CONSTRAINT "Appointment_cancelled_stamped"
    CHECK (("status" = 'CANCELLED') = ("cancelledAt" IS NOT NULL));

ALTER TABLE "User"
  ADD CONSTRAINT "User_email_lowercase" CHECK ("email" = lower("email")),
  ADD CONSTRAINT "User_email_format" CHECK ("email" ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
  ADD CONSTRAINT "User_name_not_blank" CHECK (btrim("name") <> '');
