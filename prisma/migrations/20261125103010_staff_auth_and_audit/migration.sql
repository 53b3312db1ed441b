-- CreateEnum
CREATE TYPE "ThrottleScope" AS ENUM ('ACCOUNT', 'IP');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "lastSignInAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "scope" "ThrottleScope" NOT NULL,
    "keyHash" CHAR(64) NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStartedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockouts" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("scope","keyHash")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT,
    "entityId" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------------------------
-- Rules Prisma's schema language cannot state. Keep docs/data-model.md in step with this list.
-- ---------------------------------------------------------------------------------------------

ALTER TABLE "SignInThrottle"
  ADD CONSTRAINT "SignInThrottle_keyHash_sha256" CHECK ("keyHash" ~ '^[0-9a-f]{64}$'),
  ADD CONSTRAINT "SignInThrottle_counts_non_negative" CHECK ("failures" >= 0 AND "lockouts" >= 0);

ALTER TABLE "AuditLog"
  ADD CONSTRAINT "AuditLog_action_format" CHECK ("action" ~ '^[a-z]+(_[a-z]+)*\.[a-z]+(_[a-z]+)*$'),
  ADD CONSTRAINT "AuditLog_metadata_object" CHECK (jsonb_typeof("metadata") = 'object');

-- The audit log is append-only: history cannot be rewritten through the application's connection.
CREATE FUNCTION "AuditLog_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Retention: entries older than two years may be deleted (docs/privacy.md).
  IF TG_OP = 'DELETE' AND OLD."at" < now() - interval '2 years' THEN
    RETURN OLD;
  END IF;
  -- Deleting a user sets actorId to NULL (ON DELETE SET NULL): the only update allowed.
  IF TG_OP = 'UPDATE' AND NEW."actorId" IS NULL AND OLD."actorId" IS NOT NULL
     AND (NEW."id", NEW."at", NEW."action", NEW."entityType", NEW."entityId", NEW."metadata")
         IS NOT DISTINCT FROM (OLD."id", OLD."at", OLD."action", OLD."entityType", OLD."entityId", OLD."metadata") THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'AuditLog is append-only: change refused by constraint "AuditLog_append_only"'
    USING ERRCODE = 'check_violation', CONSTRAINT = 'AuditLog_append_only';
END;
$$;

CREATE TRIGGER "AuditLog_append_only"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "AuditLog_append_only"();
