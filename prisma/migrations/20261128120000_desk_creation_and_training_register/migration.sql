-- AlterTable
ALTER TABLE "TrainingSession" ADD COLUMN     "trainer" TEXT;



-- ---------------------------------------------------------------------------------------------
-- Rules Prisma's schema language cannot state. Keep docs/data-model.md in step with this list.
-- ---------------------------------------------------------------------------------------------

-- The trainer's name, as the training register prints it.
ALTER TABLE "TrainingSession"
  ADD CONSTRAINT "TrainingSession_trainer_length" CHECK ("trainer" IS NULL OR char_length(btrim("trainer")) BETWEEN 1 AND 200);

-- A desk takes part only in projects of its own ente: the project's volunteers are the ente's, and
-- desks are now created from the application, not only by the seed.
CREATE FUNCTION "ProjectSede_same_ente"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT "enteId" FROM "Project" WHERE "id" = NEW."projectId")
     IS DISTINCT FROM (SELECT "enteId" FROM "Sede" WHERE "id" = NEW."sedeId") THEN
    RAISE EXCEPTION 'A desk joins only its own ente''s projects: refused by constraint "ProjectSede_same_ente"'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'ProjectSede_same_ente';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "ProjectSede_same_ente"
  BEFORE INSERT OR UPDATE ON "ProjectSede"
  FOR EACH ROW EXECUTE FUNCTION "ProjectSede_same_ente"();
