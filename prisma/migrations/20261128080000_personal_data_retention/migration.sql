-- AlterTable
ALTER TABLE "Appointment" ADD COLUMN     "anonymizedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Visit" ADD COLUMN     "anonymizedAt" TIMESTAMPTZ(3);


-- ---------------------------------------------------------------------------------------------
-- Retention of citizens' personal data (GDPR). Past the retention period lib/privacy/retention.ts
-- wipes them and stamps "anonymizedAt"; the rows stay, because the figures count them. Rules
-- Prisma's schema language cannot state. Keep docs/data-model.md in step with this list.
-- ---------------------------------------------------------------------------------------------

-- An anonymized appointment keeps no name (blank: the column is NOT NULL), no e-mail, phone or
-- codice fiscale, and was anonymized only after it ended. The rules that a live booking has a name
-- and an online one an e-mail hold until then.
ALTER TABLE "Appointment"
  DROP CONSTRAINT "Appointment_citizenName_not_blank",
  ADD CONSTRAINT "Appointment_citizenName_not_blank" CHECK ("anonymizedAt" IS NOT NULL OR btrim("citizenName") <> ''),
  DROP CONSTRAINT "Appointment_online_has_email",
  ADD CONSTRAINT "Appointment_online_has_email" CHECK ("anonymizedAt" IS NOT NULL OR "channel" <> 'ONLINE' OR "email" IS NOT NULL),
  ADD CONSTRAINT "Appointment_anonymized_without_personal_data" CHECK (
    "anonymizedAt" IS NULL
    OR ("citizenName" = '' AND "email" IS NULL AND "phone" IS NULL AND "fiscalCode" IS NULL AND "anonymizedAt" >= "endsAt"));

-- A walk-in gives a name until it is anonymized; a booked citizen's name stays on the appointment,
-- never copied. An anonymized visit keeps neither name nor notes.
ALTER TABLE "Visit"
  DROP CONSTRAINT "Visit_walk_in_named",
  ADD CONSTRAINT "Visit_walk_in_named" CHECK (
    ("appointmentId" IS NULL AND ("anonymizedAt" IS NOT NULL
      OR ("citizenName" IS NOT NULL AND char_length(btrim("citizenName")) BETWEEN 1 AND 120)))
    OR ("appointmentId" IS NOT NULL AND "citizenName" IS NULL)),
  ADD CONSTRAINT "Visit_anonymized_without_personal_data" CHECK (
    "anonymizedAt" IS NULL OR ("citizenName" IS NULL AND "notes" IS NULL));
