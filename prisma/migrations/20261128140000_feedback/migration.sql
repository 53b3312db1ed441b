-- CreateEnum
CREATE TYPE "ManageAlone" AS ENUM ('YES', 'NO', 'NOT_SURE');

-- CreateEnum
CREATE TYPE "ComplaintKind" AS ENUM ('COMPLAINT', 'REPORT', 'PRAISE');

-- CreateEnum
CREATE TYPE "ComplaintStatus" AS ENUM ('RECEIVED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED');

-- CreateTable
CREATE TABLE "FeedbackCode" (
    "visitId" UUID NOT NULL,
    "codeHash" CHAR(64) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedbackCode_pkey" PRIMARY KEY ("codeHash")
);

-- CreateTable
CREATE TABLE "SatisfactionAnswer" (
    "visitId" UUID NOT NULL,
    "overall" SMALLINT NOT NULL,
    "clarity" SMALLINT,
    "waiting" SMALLINT,
    "courtesy" SMALLINT,
    "manageAlone" "ManageAlone" NOT NULL,
    "comment" TEXT,
    "answeredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SatisfactionAnswer_pkey" PRIMARY KEY ("visitId")
);

-- The complaints' reference numbers ("R-2026-000042"): a sequence, so that two citizens sending at
-- the same instant never get the same number (gaps after a refused insert are harmless).
CREATE SEQUENCE "Complaint_reference_seq" AS bigint;

-- CreateTable
CREATE TABLE "Complaint" (
    "id" UUID NOT NULL,
    "reference" VARCHAR(20) NOT NULL DEFAULT (('R-'::text || to_char((now() AT TIME ZONE 'Europe/Rome'::text), 'YYYY'::text)) || '-'::text) || lpad((nextval('"Complaint_reference_seq"'::regclass))::text, 6, '0'::text),
    "kind" "ComplaintKind" NOT NULL,
    "sedeId" UUID,
    "serviceId" UUID,
    "text" TEXT,
    "email" TEXT,
    "privacyConsentAt" TIMESTAMPTZ(3),
    "locale" VARCHAR(5) NOT NULL DEFAULT 'it',
    "status" "ComplaintStatus" NOT NULL DEFAULT 'RECEIVED',
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "handledById" UUID,
    "startedAt" TIMESTAMPTZ(3),
    "answer" TEXT,
    "answeredAt" TIMESTAMPTZ(3),
    "closeReason" TEXT,
    "closedAt" TIMESTAMPTZ(3),
    "anonymizedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Complaint_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FeedbackCode_visitId_idx" ON "FeedbackCode"("visitId");

-- CreateIndex
CREATE INDEX "SatisfactionAnswer_answeredAt_idx" ON "SatisfactionAnswer"("answeredAt");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_reference_key" ON "Complaint"("reference");

-- CreateIndex
CREATE INDEX "Complaint_sedeId_receivedAt_idx" ON "Complaint"("sedeId", "receivedAt");

-- CreateIndex
CREATE INDEX "Complaint_status_dueAt_idx" ON "Complaint"("status", "dueAt");

-- AddForeignKey
ALTER TABLE "FeedbackCode" ADD CONSTRAINT "FeedbackCode_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SatisfactionAnswer" ADD CONSTRAINT "SatisfactionAnswer_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_sedeId_fkey" FOREIGN KEY ("sedeId") REFERENCES "Sede"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_handledById_fkey" FOREIGN KEY ("handledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;




-- ---------------------------------------------------------------------------------------------
-- Feedback (issue 7): satisfaction questionnaires and complaints. Rules Prisma's schema language
-- cannot state. Keep docs/data-model.md in step with this list.
-- ---------------------------------------------------------------------------------------------

ALTER SEQUENCE "Complaint_reference_seq" OWNED BY "Complaint"."reference";

ALTER TABLE "FeedbackCode"
  ADD CONSTRAINT "FeedbackCode_codeHash_hex" CHECK ("codeHash" ~ '^[0-9a-f]{64}$'),
  ADD CONSTRAINT "FeedbackCode_expires_after_creation" CHECK ("expiresAt" > "createdAt");

-- Ratings on the 1–5 scale; the specific items may be left out; the comment is short.
ALTER TABLE "SatisfactionAnswer"
  ADD CONSTRAINT "SatisfactionAnswer_overall_range" CHECK ("overall" BETWEEN 1 AND 5),
  ADD CONSTRAINT "SatisfactionAnswer_items_range" CHECK (
    ("clarity" IS NULL OR "clarity" BETWEEN 1 AND 5)
    AND ("waiting" IS NULL OR "waiting" BETWEEN 1 AND 5)
    AND ("courtesy" IS NULL OR "courtesy" BETWEEN 1 AND 5)),
  ADD CONSTRAINT "SatisfactionAnswer_comment_length" CHECK ("comment" IS NULL OR char_length(btrim("comment")) BETWEEN 1 AND 1000);

-- Only a contact that was served (closed with an outcome other than no-show) can be rated, and only
-- from its end to 30 days later. The visit row is locked so that the check and the insert see the
-- same contact.
CREATE FUNCTION "SatisfactionAnswer_within_window"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v RECORD;
BEGIN
  SELECT "status", "outcome", "endedAt" INTO v FROM "Visit" WHERE "id" = NEW."visitId" FOR SHARE;
  IF NOT FOUND OR v."status" <> 'DONE' OR v."outcome" = 'NO_SHOW' THEN
    RAISE EXCEPTION 'Only a served contact can be rated: refused by constraint "SatisfactionAnswer_served_contact"' USING ERRCODE = '23514', CONSTRAINT = 'SatisfactionAnswer_served_contact';
  END IF;
  IF NEW."answeredAt" < v."endedAt" OR NEW."answeredAt" > v."endedAt" + interval '720 hours' THEN
    RAISE EXCEPTION 'Outside the answering window: refused by constraint "SatisfactionAnswer_within_window"' USING ERRCODE = '23514', CONSTRAINT = 'SatisfactionAnswer_within_window';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "SatisfactionAnswer_within_window"
  BEFORE INSERT OR UPDATE OF "visitId", "answeredAt" ON "SatisfactionAnswer"
  FOR EACH ROW EXECUTE FUNCTION "SatisfactionAnswer_within_window"();

-- Complaints: a shaped reference; a text until anonymized; an e-mail only with the privacy notice
-- accepted; each status holds exactly its fields; anonymized ⇒ no personal data, and only once
-- handled.
ALTER TABLE "Complaint"
  ADD CONSTRAINT "Complaint_reference_shape" CHECK ("reference" ~ '^R-[0-9]{4}-[0-9]{6,}$'),
  ADD CONSTRAINT "Complaint_locale" CHECK ("locale" IN ('it', 'en')),
  ADD CONSTRAINT "Complaint_text_present" CHECK (
    "anonymizedAt" IS NOT NULL OR ("text" IS NOT NULL AND char_length(btrim("text")) BETWEEN 10 AND 4000)),
  ADD CONSTRAINT "Complaint_email_shape" CHECK (
    "email" IS NULL OR ("email" = lower("email") AND char_length("email") <= 254 AND "email" ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$')),
  ADD CONSTRAINT "Complaint_email_consented" CHECK ("email" IS NULL OR "privacyConsentAt" IS NOT NULL),
  ADD CONSTRAINT "Complaint_due_after_receipt" CHECK ("dueAt" > "receivedAt"),
  ADD CONSTRAINT "Complaint_answer_length" CHECK ("answer" IS NULL OR char_length(btrim("answer")) BETWEEN 10 AND 4000),
  ADD CONSTRAINT "Complaint_close_reason_length" CHECK ("closeReason" IS NULL OR char_length(btrim("closeReason")) BETWEEN 5 AND 1000),
  ADD CONSTRAINT "Complaint_status_fields" CHECK (
    CASE "status"
      WHEN 'RECEIVED' THEN "startedAt" IS NULL AND "answer" IS NULL AND "answeredAt" IS NULL AND "closeReason" IS NULL AND "closedAt" IS NULL
      WHEN 'IN_PROGRESS' THEN "startedAt" IS NOT NULL AND "answer" IS NULL AND "answeredAt" IS NULL AND "closeReason" IS NULL AND "closedAt" IS NULL
      WHEN 'ANSWERED' THEN "answeredAt" IS NOT NULL AND ("answer" IS NOT NULL OR "anonymizedAt" IS NOT NULL) AND "closeReason" IS NULL AND "closedAt" IS NULL
      WHEN 'CLOSED' THEN "closedAt" IS NOT NULL AND ("closeReason" IS NOT NULL OR "anonymizedAt" IS NOT NULL) AND "answer" IS NULL AND "answeredAt" IS NULL
    END),
  ADD CONSTRAINT "Complaint_times_in_order" CHECK (
    ("startedAt" IS NULL OR "startedAt" >= "receivedAt")
    AND ("answeredAt" IS NULL OR "answeredAt" >= "receivedAt")
    AND ("closedAt" IS NULL OR "closedAt" >= "receivedAt")),
  ADD CONSTRAINT "Complaint_anonymized_without_personal_data" CHECK (
    "anonymizedAt" IS NULL
    OR ("status" IN ('ANSWERED', 'CLOSED') AND "text" IS NULL AND "email" IS NULL AND "answer" IS NULL AND "closeReason" IS NULL));
