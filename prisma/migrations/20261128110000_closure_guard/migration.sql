-- AlterEnum
ALTER TYPE "CancelReason" ADD VALUE 'DESK_CLOSED';

-- ---------------------------------------------------------------------------------------------
-- Rules Prisma's schema language cannot state. Keep docs/data-model.md in step with this list.
-- ---------------------------------------------------------------------------------------------

-- No booked appointment inside a stored closure of its desk. Bookings take a per-desk lock shared
-- among themselves; adding a closure takes it exclusively (lib/desk-admin/closures.ts), so a
-- booking racing a new closure either commits first, and is cancelled with the others, or waits
-- and is refused here.
CREATE FUNCTION "Appointment_outside_closures"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> 'BOOKED' THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD."status" = 'BOOKED' AND OLD."sedeId" = NEW."sedeId"
     AND OLD."startsAt" = NEW."startsAt" AND OLD."endsAt" = NEW."endsAt" THEN
    RETURN NEW;
  END IF;
  PERFORM pg_advisory_xact_lock_shared(hashtextextended('closures:' || NEW."sedeId"::text, 0));
  IF EXISTS (
    SELECT 1 FROM "Closure" c
    WHERE c."sedeId" = NEW."sedeId" AND c."startsAt" < NEW."endsAt" AND c."endsAt" > NEW."startsAt"
  ) THEN
    RAISE EXCEPTION 'Appointment inside a closure of its desk: refused by constraint "Appointment_outside_closures"'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Appointment_outside_closures';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Appointment_outside_closures"
  BEFORE INSERT OR UPDATE ON "Appointment"
  FOR EACH ROW EXECUTE FUNCTION "Appointment_outside_closures"();
