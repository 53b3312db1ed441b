-- CreateEnum
CREATE TYPE "ProgrammeIndicatorColumnKind" AS ENUM ('TARGET', 'ACTUAL');

-- CreateTable
CREATE TABLE "Programme" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "mission" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "head" TEXT,
    "firstLine" INTEGER NOT NULL,
    "lastLine" INTEGER NOT NULL,
    "contentHash" CHAR(64) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeIndicator" (
    "id" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "objective" TEXT,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "lines" INTEGER[],

    CONSTRAINT "ProgrammeIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeIndicatorCell" (
    "indicatorId" UUID NOT NULL,
    "column" SMALLINT NOT NULL,
    "columnLabel" TEXT NOT NULL,
    "kind" "ProgrammeIndicatorColumnKind" NOT NULL,
    "year" SMALLINT,
    "raw" TEXT NOT NULL,
    "value" DECIMAL(18,4),
    "unit" "ServiceMapUnit",
    "status" "ServiceMapCellStatus" NOT NULL,
    "footnoteMarker" TEXT,

    CONSTRAINT "ProgrammeIndicatorCell_pkey" PRIMARY KEY ("indicatorId","column")
);

-- CreateIndex
CREATE UNIQUE INDEX "Programme_code_key" ON "Programme"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeIndicator_programmeId_position_key" ON "ProgrammeIndicator"("programmeId", "position");

-- AddForeignKey
ALTER TABLE "ProgrammeIndicator" ADD CONSTRAINT "ProgrammeIndicator_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeIndicatorCell" ADD CONSTRAINT "ProgrammeIndicatorCell_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "ProgrammeIndicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------------------------
-- Rules Prisma's schema language cannot state. Keep docs/data-model.md and docs/service-maps.md
-- in step with this list.
-- ---------------------------------------------------------------------------------------------

ALTER TABLE "Programme"
  ADD CONSTRAINT "Programme_code_format" CHECK ("code" ~ '^[0-9]{1,2}\.[0-9]{2}$'),
  ADD CONSTRAINT "Programme_texts" CHECK (char_length(btrim("mission")) >= 1 AND char_length(btrim("title")) >= 1 AND ("head" IS NULL OR char_length(btrim("head")) >= 1)),
  ADD CONSTRAINT "Programme_lines" CHECK ("firstLine" >= 1 AND "lastLine" >= "firstLine"),
  ADD CONSTRAINT "Programme_content_hash_hex" CHECK ("contentHash" ~ '^[0-9a-f]{64}$');

ALTER TABLE "ProgrammeIndicator"
  ADD CONSTRAINT "ProgrammeIndicator_position" CHECK ("position" >= 0),
  ADD CONSTRAINT "ProgrammeIndicator_name_not_blank" CHECK (char_length(btrim("name")) >= 1),
  ADD CONSTRAINT "ProgrammeIndicator_lines" CHECK ("lines" IS NOT NULL AND "ServiceMap_lines_valid"("lines"));

-- As service-map cells: a number exactly with a value and a unit, empty exactly when blank. An actual
-- value is for a year; the target is not.
ALTER TABLE "ProgrammeIndicatorCell"
  ADD CONSTRAINT "ProgrammeIndicatorCell_column" CHECK ("column" >= 0),
  ADD CONSTRAINT "ProgrammeIndicatorCell_year" CHECK (("kind" = 'ACTUAL') = ("year" IS NOT NULL) AND ("year" IS NULL OR "year" BETWEEN 1990 AND 2100)),
  ADD CONSTRAINT "ProgrammeIndicatorCell_number_has_value" CHECK (("status" = 'NUMBER') = ("value" IS NOT NULL)),
  ADD CONSTRAINT "ProgrammeIndicatorCell_number_has_unit" CHECK (("status" = 'NUMBER') = ("unit" IS NOT NULL)),
  ADD CONSTRAINT "ProgrammeIndicatorCell_empty_is_blank" CHECK (("status" = 'EMPTY') = (btrim("raw") = '')),
  ADD CONSTRAINT "ProgrammeIndicatorCell_footnote_marker" CHECK ("footnoteMarker" IS NULL OR "footnoteMarker" ~ '^\*{1,4}$');
