import { upcomingClosures, type DeskClosure } from "@/lib/calendar/closures";
import type { DbClient } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";

/** How far ahead the desk page lists closures. */
export const CLOSURE_WINDOW_DAYS = 60;

export interface DeskDetail {
  scuCode: string;
  name: string;
  street: string;
  postalCode: string | null;
  city: string;
  province: string;
  phone: string | null;
  email: string | null;
  openingNotes: string | null;
  enteName: string;
  /** ISO weekday (1 = Monday) → intervals in minutes from midnight, Europe/Rome, in order. */
  openingHours: { weekday: number; intervals: { opens: number; closes: number }[] }[];
  services: {
    code: string;
    name: string;
    description: string;
    documentsToBring: string[];
    slotMinutes: number;
    capacity: number;
    requiresFiscalCode: boolean;
  }[];
  closures: DeskClosure[];
}

/** A public desk page's data, or null when no active desk has that SCU code. */
export async function getDesk(
  db: DbClient,
  input: { scuCode: string; locale: Locale; now: Date },
): Promise<DeskDetail | null> {
  const desk = await db.sede.findFirst({
    where: { scuCode: input.scuCode, active: true },
    include: {
      ente: true,
      openingHours: { orderBy: [{ weekday: "asc" }, { opensMinute: "asc" }] },
      closures: { where: { endsAt: { gt: input.now } }, orderBy: { startsAt: "asc" } },
      services: {
        where: { active: true, service: { active: true } },
        include: { service: { include: { translations: { where: { locale: input.locale } } } } },
        orderBy: { service: { sortOrder: "asc" } },
      },
    },
  });
  if (!desk) return null;

  const openingHours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    weekday,
    intervals: desk.openingHours
      .filter((row) => row.weekday === weekday)
      .map((row) => ({ opens: row.opensMinute, closes: row.closesMinute })),
  }));

  return {
    scuCode: desk.scuCode,
    name: desk.name,
    street: desk.street,
    postalCode: desk.postalCode,
    city: desk.city,
    province: desk.ente.province,
    phone: desk.phone,
    email: desk.email,
    openingNotes: input.locale === "en" ? (desk.openingNotesEn ?? desk.openingNotesIt) : desk.openingNotesIt,
    enteName: desk.ente.name,
    openingHours,
    services: desk.services.map(({ service, slotMinutes, capacity }) => ({
      code: service.code,
      name: service.translations[0]?.name ?? service.code,
      description: service.translations[0]?.description ?? "",
      documentsToBring: service.translations[0]?.documentsToBring ?? [],
      slotMinutes,
      capacity,
      requiresFiscalCode: service.requiresFiscalCode,
    })),
    closures: upcomingClosures({
      from: input.now,
      days: CLOSURE_WINDOW_DAYS,
      stored: desk.closures,
      patron: {
        month: desk.ente.patronMonth,
        day: desk.ente.patronDay,
        nameIt: desk.ente.patronSaintIt,
        nameEn: desk.ente.patronSaintEn,
      },
      locale: input.locale,
    }),
  };
}
