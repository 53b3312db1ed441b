-- A complaint's reference year is the Rome calendar year of its receipt ("receivedAt"), not the year
-- of the database server's clock at the insert: the application stamps "receivedAt" with the clock of
-- the operation, and both must tell the same year (docs/clocks.md). The column's default now yields
-- only the sequence's number; the trigger puts "R-<year>-" in front of it.
ALTER TABLE "Complaint"
  ALTER COLUMN "reference" SET DEFAULT lpad((nextval('"Complaint_reference_seq"'::regclass))::text, 6, '0'::text);

CREATE FUNCTION "Complaint_reference_year"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."reference" !~ '^[0-9]{6,}$' THEN
    RAISE EXCEPTION 'A complaint''s reference is given by the database: refused by constraint "Complaint_reference_assigned"'
      USING ERRCODE = '23514', CONSTRAINT = 'Complaint_reference_assigned';
  END IF;
  NEW."reference" := 'R-' || to_char(NEW."receivedAt" AT TIME ZONE 'Europe/Rome', 'YYYY') || '-' || NEW."reference";
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Complaint_reference_year"
  BEFORE INSERT ON "Complaint"
  FOR EACH ROW EXECUTE FUNCTION "Complaint_reference_year"();
