-- CreateEnum
CREATE TYPE "ServiceMapTableKind" AS ENUM ('CORE_ELEMENTS', 'ACCESSORY_ELEMENTS', 'OUTPUTS', 'SEGMENTATION_CRITERIA', 'USER_SEGMENTS', 'USERS_FOLLOWED', 'MANAGEMENT', 'STAFF', 'INVOLVED_SEGMENTS', 'DELIVERY_SITES');

-- CreateEnum
CREATE TYPE "ServiceMapCellStatus" AS ENUM ('NUMBER', 'NOT_AVAILABLE', 'NOT_APPLICABLE', 'TEXT', 'EMPTY');

-- CreateEnum
CREATE TYPE "ServiceMapUnit" AS ENUM ('COUNT', 'PERCENT', 'EURO');

-- CreateEnum
CREATE TYPE "ServiceManagementForm" AS ENUM ('DIRECT', 'OUTSOURCED', 'MIXED');

-- CreateTable
CREATE TABLE "ServiceMapImport" (
    "id" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "lineCount" INTEGER NOT NULL,
    "importedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedById" UUID,
    "summary" JSONB NOT NULL,
    "skippedLines" JSONB NOT NULL,

    CONSTRAINT "ServiceMapImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceMapOffice" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "head" TEXT NOT NULL,

    CONSTRAINT "ServiceMapOffice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceMap" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT,
    "officeId" UUID,
    "headRaw" TEXT,
    "position" INTEGER NOT NULL,
    "firstLine" INTEGER NOT NULL,
    "lastLine" INTEGER NOT NULL,
    "managementForms" "ServiceManagementForm"[],
    "managementNote" TEXT,
    "staffRaw" TEXT,
    "staffValue" DECIMAL(12,2),
    "staffStatus" "ServiceMapCellStatus",
    "contentHash" CHAR(64) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "lastImportId" UUID NOT NULL,

    CONSTRAINT "ServiceMap_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceMapTable" (
    "id" UUID NOT NULL,
    "mapId" UUID NOT NULL,
    "kind" "ServiceMapTableKind" NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "columns" TEXT[],
    "years" INTEGER[],
    "headersInferred" BOOLEAN NOT NULL DEFAULT false,
    "footnotes" JSONB NOT NULL DEFAULT '[]',
    "firstLine" INTEGER NOT NULL,
    "lastLine" INTEGER NOT NULL,

    CONSTRAINT "ServiceMapTable_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceMapRow" (
    "id" UUID NOT NULL,
    "tableId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "labelRaw" TEXT NOT NULL,
    "lines" INTEGER[],
    "footnoteMarker" TEXT,

    CONSTRAINT "ServiceMapRow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceMapCell" (
    "rowId" UUID NOT NULL,
    "column" SMALLINT NOT NULL,
    "columnLabel" TEXT,
    "year" SMALLINT,
    "raw" TEXT NOT NULL,
    "value" DECIMAL(18,4),
    "unit" "ServiceMapUnit",
    "status" "ServiceMapCellStatus" NOT NULL,
    "footnoteMarker" TEXT,

    CONSTRAINT "ServiceMapCell_pkey" PRIMARY KEY ("rowId","column")
);

-- CreateIndex
CREATE INDEX "ServiceMapImport_importedAt_idx" ON "ServiceMapImport"("importedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceMapOffice_slug_key" ON "ServiceMapOffice"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceMap_slug_key" ON "ServiceMap"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceMap_position_key" ON "ServiceMap"("position");

-- CreateIndex
CREATE INDEX "ServiceMap_officeId_idx" ON "ServiceMap"("officeId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceMapTable_mapId_position_key" ON "ServiceMapTable"("mapId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceMapRow_tableId_position_key" ON "ServiceMapRow"("tableId", "position");

-- AddForeignKey
ALTER TABLE "ServiceMapImport" ADD CONSTRAINT "ServiceMapImport_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceMap" ADD CONSTRAINT "ServiceMap_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "ServiceMapOffice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceMap" ADD CONSTRAINT "ServiceMap_lastImportId_fkey" FOREIGN KEY ("lastImportId") REFERENCES "ServiceMapImport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceMapTable" ADD CONSTRAINT "ServiceMapTable_mapId_fkey" FOREIGN KEY ("mapId") REFERENCES "ServiceMap"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceMapRow" ADD CONSTRAINT "ServiceMapRow_tableId_fkey" FOREIGN KEY ("tableId") REFERENCES "ServiceMapTable"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceMapCell" ADD CONSTRAINT "ServiceMapCell_rowId_fkey" FOREIGN KEY ("rowId") REFERENCES "ServiceMapRow"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------------------------
-- Rules Prisma's schema language cannot state. Keep docs/data-model.md and docs/service-maps.md
-- in step with this list.
-- ---------------------------------------------------------------------------------------------

-- True when no element of the array repeats (a management form is ticked once).
CREATE FUNCTION "ServiceMap_distinct"(anyarray) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT count(*) = count(DISTINCT x) FROM unnest($1) AS x
$$;

-- True when every year is plausible for a municipality's yearly figures.
CREATE FUNCTION "ServiceMap_years_valid"(integer[]) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT coalesce(bool_and(y BETWEEN 1990 AND 2100), true) FROM unnest($1) AS y
$$;

-- True when every line number is a line of a file (1-based).
CREATE FUNCTION "ServiceMap_lines_valid"(integer[]) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT cardinality($1) >= 1 AND coalesce(bool_and(l >= 1), true) FROM unnest($1) AS l
$$;

ALTER TABLE "ServiceMapImport"
  ADD CONSTRAINT "ServiceMapImport_sha256_hex" CHECK ("sha256" ~ '^[0-9a-f]{64}$'),
  ADD CONSTRAINT "ServiceMapImport_file_name" CHECK (char_length(btrim("fileName")) BETWEEN 1 AND 255),
  ADD CONSTRAINT "ServiceMapImport_line_count" CHECK ("lineCount" >= 0),
  ADD CONSTRAINT "ServiceMapImport_summary_object" CHECK (jsonb_typeof("summary") = 'object'),
  ADD CONSTRAINT "ServiceMapImport_skipped_array" CHECK (jsonb_typeof("skippedLines") = 'array');

ALTER TABLE "ServiceMapOffice"
  ADD CONSTRAINT "ServiceMapOffice_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length("slug") <= 120),
  ADD CONSTRAINT "ServiceMapOffice_head_not_blank" CHECK (char_length(btrim("head")) BETWEEN 1 AND 200);

-- The slug is the map's public URL: lower-case words joined by hyphens.
ALTER TABLE "ServiceMap"
  ADD CONSTRAINT "ServiceMap_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length("slug") <= 120),
  ADD CONSTRAINT "ServiceMap_title_not_blank" CHECK ("title" IS NULL OR char_length(btrim("title")) BETWEEN 1 AND 300),
  -- A map has an office exactly when the file names its head.
  ADD CONSTRAINT "ServiceMap_office_with_head" CHECK (("officeId" IS NULL) = ("headRaw" IS NULL)),
  ADD CONSTRAINT "ServiceMap_position" CHECK ("position" >= 0),
  ADD CONSTRAINT "ServiceMap_lines" CHECK ("firstLine" >= 1 AND "lastLine" >= "firstLine"),
  ADD CONSTRAINT "ServiceMap_content_hash_hex" CHECK ("contentHash" ~ '^[0-9a-f]{64}$'),
  ADD CONSTRAINT "ServiceMap_management_forms" CHECK ("managementForms" IS NOT NULL AND "ServiceMap_distinct"("managementForms")),
  ADD CONSTRAINT "ServiceMap_management_note" CHECK ("managementNote" IS NULL OR char_length(btrim("managementNote")) >= 1),
  -- Staff: a status exactly when the file gives a value; a number exactly when the status says so.
  ADD CONSTRAINT "ServiceMap_staff_status" CHECK (("staffRaw" IS NULL) = ("staffStatus" IS NULL)),
  ADD CONSTRAINT "ServiceMap_staff_value" CHECK (("staffStatus" IS NOT DISTINCT FROM 'NUMBER') = ("staffValue" IS NOT NULL) AND ("staffValue" IS NULL OR "staffValue" >= 0));

ALTER TABLE "ServiceMapTable"
  ADD CONSTRAINT "ServiceMapTable_position" CHECK ("position" >= 0),
  ADD CONSTRAINT "ServiceMapTable_title_not_blank" CHECK (char_length(btrim("title")) >= 1),
  -- Years are either absent or one per value column.
  ADD CONSTRAINT "ServiceMapTable_columns_years" CHECK (
    "columns" IS NOT NULL AND "years" IS NOT NULL
    AND (cardinality("years") = 0 OR cardinality("years") = cardinality("columns"))
    AND "ServiceMap_years_valid"("years")),
  ADD CONSTRAINT "ServiceMapTable_footnotes_array" CHECK (jsonb_typeof("footnotes") = 'array'),
  ADD CONSTRAINT "ServiceMapTable_lines" CHECK ("firstLine" >= 1 AND "lastLine" >= "firstLine");

ALTER TABLE "ServiceMapRow"
  ADD CONSTRAINT "ServiceMapRow_position" CHECK ("position" >= 0),
  ADD CONSTRAINT "ServiceMapRow_lines" CHECK ("lines" IS NOT NULL AND "ServiceMap_lines_valid"("lines")),
  ADD CONSTRAINT "ServiceMapRow_footnote_marker" CHECK ("footnoteMarker" IS NULL OR "footnoteMarker" ~ '^\*{1,4}$');

-- A cell is a number exactly when it has a value and a unit; empty exactly when its text is blank.
ALTER TABLE "ServiceMapCell"
  ADD CONSTRAINT "ServiceMapCell_column" CHECK ("column" >= 0),
  ADD CONSTRAINT "ServiceMapCell_year" CHECK ("year" IS NULL OR "year" BETWEEN 1990 AND 2100),
  ADD CONSTRAINT "ServiceMapCell_number_has_value" CHECK (("status" = 'NUMBER') = ("value" IS NOT NULL)),
  ADD CONSTRAINT "ServiceMapCell_number_has_unit" CHECK (("status" = 'NUMBER') = ("unit" IS NOT NULL)),
  ADD CONSTRAINT "ServiceMapCell_empty_is_blank" CHECK (("status" = 'EMPTY') = (btrim("raw") = '')),
  ADD CONSTRAINT "ServiceMapCell_footnote_marker" CHECK ("footnoteMarker" IS NULL OR "footnoteMarker" ~ '^\*{1,4}$');
