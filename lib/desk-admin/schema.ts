import { z } from "zod";

import { romeInstant } from "@/lib/calendar/time";

// The desk administration forms' inputs. Every message is a key of messages/desk-admin.*.json
// ("deskAdmin.errors.*"), shown next to its field.

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const realDay = (value: string) => {
  const [y, m, d] = value.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

const day = (message: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, message).refine(realDay, message);
const clockText = (message: string) => z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, message);
/** "09:30" → 570; "24:00" is the end of the day. */
const clockMinutes = (message: string) => clockText(message).transform((value) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3)));

export const uuidSchema = z.uuid("deskAdmin.errors.notFound");

const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

/**
 * A closure as the form sends it: Rome days and wall-clock times, turned into instants. "24:00" closes
 * at the end of the day. The reason is shown to citizens on the desk page, in Italian and optionally
 * in English.
 */
export const closureFormSchema = z
  .object({
    fromDay: day("deskAdmin.errors.fromDayInvalid"),
    fromTime: z.preprocess((value) => blankToUndefined(value) ?? "00:00", clockText("deskAdmin.errors.timeInvalid")),
    toDay: day("deskAdmin.errors.toDayInvalid"),
    toTime: z.preprocess((value) => blankToUndefined(value) ?? "24:00", clockText("deskAdmin.errors.timeInvalid")),
    reasonIt: z.string({ message: "deskAdmin.errors.reasonRequired" }).trim().min(1, "deskAdmin.errors.reasonRequired").max(200, "deskAdmin.errors.reasonTooLong"),
    reasonEn: z.preprocess(blankToUndefined, z.string().trim().max(200, "deskAdmin.errors.reasonTooLong").optional()),
    notify: checkbox,
  })
  .transform((input, context) => {
    const instant = (dayText: string, clock: string, path: string) => {
      // "24:00" is midnight of the next day, whatever its length.
      const at = clock === "24:00" ? nextMidnight(dayText) : romeInstant(dayText, clock);
      if (!at) context.addIssue({ code: "custom", path: [path], message: "deskAdmin.errors.timeInvalid" });
      return at;
    };
    const startsAt = instant(input.fromDay, input.fromTime, "fromTime");
    const endsAt = instant(input.toDay, input.toTime, "toTime");
    if (startsAt && endsAt && endsAt <= startsAt) {
      context.addIssue({ code: "custom", path: ["toDay"], message: "deskAdmin.errors.endBeforeStart" });
    }
    return { startsAt: startsAt ?? new Date(NaN), endsAt: endsAt ?? new Date(NaN), reasonIt: input.reasonIt, reasonEn: input.reasonEn ?? null, notify: input.notify };
  });
export type ClosureForm = z.output<typeof closureFormSchema>;

function nextMidnight(dayText: string): Date | null {
  const [y, m, d] = dayText.split("-").map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return romeInstant(next.toISOString().slice(0, 10), "00:00");
}

/** The appointments the OLP saw in the warning, as the confirmation sends them back. */
export const confirmedIdsSchema = z.array(z.uuid()).max(2000);

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** One weekly opening interval, in Rome wall-clock minutes. */
export const openingIntervalSchema = z
  .object({
    weekday: z.coerce.number({ message: "deskAdmin.errors.weekdayInvalid" }).int("deskAdmin.errors.weekdayInvalid").min(1, "deskAdmin.errors.weekdayInvalid").max(7, "deskAdmin.errors.weekdayInvalid"),
    opens: clockMinutes("deskAdmin.errors.timeInvalid"),
    closes: clockMinutes("deskAdmin.errors.timeInvalid"),
  })
  .superRefine((input, context) => {
    // Refinements run even when a time was refused: compare only two real times.
    if (typeof input.opens === "number" && typeof input.closes === "number" && input.closes <= input.opens) context.addIssue({ code: "custom", path: ["closes"], message: "deskAdmin.errors.closesBeforeOpens" });
  });
export type OpeningInterval = z.output<typeof openingIntervalSchema>;

const wholeNumber = (min: number, max: number, message: string) =>
  z.coerce.number({ message }).int(message).min(min, message).max(max, message);

/**
 * A service at the desk. Capacity is how many citizens one slot takes (the desk's workstations, in
 * practice); the slot is 5–480 minutes as PostgreSQL checks; the daily cap is optional.
 */
export const deskServiceSchema = z.object({
  serviceId: uuidSchema,
  active: checkbox,
  capacity: wholeNumber(1, 50, "deskAdmin.errors.capacityInvalid"),
  slotMinutes: wholeNumber(5, 480, "deskAdmin.errors.slotInvalid"),
  dailyCap: z.preprocess(blankToUndefined, wholeNumber(1, 999, "deskAdmin.errors.dailyCapInvalid").optional()),
});
export type DeskServiceForm = z.output<typeof deskServiceSchema>;

export const workstationNameSchema = z.string({ message: "deskAdmin.errors.nameRequired" }).trim().min(1, "deskAdmin.errors.nameRequired").max(40, "deskAdmin.errors.nameTooLong");

const optionalText = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : typeof value === "string" ? value.trim() : value), schema.optional());

/** The desk's public details: what the site, the booking mails and the calendar files show. */
export const deskDetailsSchema = z.object({
  name: z.string().trim().min(1, "deskAdmin.errors.deskNameRequired").max(120, "deskAdmin.errors.deskNameTooLong"),
  street: z.string().trim().min(1, "deskAdmin.errors.streetRequired").max(200, "deskAdmin.errors.streetRequired"),
  postalCode: optionalText(z.string().regex(/^\d{5}$/, "deskAdmin.errors.postalCodeInvalid")),
  city: z.string().trim().min(1, "deskAdmin.errors.cityRequired").max(120, "deskAdmin.errors.cityRequired"),
  phone: optionalText(z.string().regex(/^\+?[0-9 ]{6,20}$/, "deskAdmin.errors.phoneInvalid")),
  email: optionalText(z.string().max(254, "deskAdmin.errors.emailInvalid").regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, "deskAdmin.errors.emailInvalid")),
  openingNotesIt: optionalText(z.string().max(500, "deskAdmin.errors.notesTooLong")),
  openingNotesEn: optionalText(z.string().max(500, "deskAdmin.errors.notesTooLong")),
});
export type DeskDetails = z.output<typeof deskDetailsSchema>;

/** A project the new desk takes part in, with the volunteer places the project gives it. */
const deskProjectSchema = z.object({
  projectId: uuidSchema,
  volunteerPlaces: wholeNumber(0, 99, "deskAdmin.errors.placesInvalid"),
});

/**
 * A new desk: its SCU site code (4–8 digits, as the SCU register writes it; unique, which PostgreSQL
 * enforces), its ente, the public details, the projects it takes part in and optionally the OLP who
 * supervises it from the start.
 */
export const newDeskSchema = deskDetailsSchema.extend({
  scuCode: z.string().trim().regex(/^[0-9]{4,8}$/, "deskAdmin.errors.scuCodeInvalid"),
  enteId: z.uuid("deskAdmin.errors.enteRequired"),
  projects: z.array(deskProjectSchema).max(20),
  olpId: z.preprocess(blankToUndefined, z.uuid("deskAdmin.errors.olpInvalid").optional()),
});
export type NewDesk = z.output<typeof newDeskSchema>;
