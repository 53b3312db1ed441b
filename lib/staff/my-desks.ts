import { upcomingClosures, type DeskClosure } from "@/lib/calendar/closures";
import { addRomeDays, startOfRomeDay } from "@/lib/calendar/time";
import type { Staff } from "@/lib/auth/session";
import type { DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";

import { countAppointments, isOpenAt, romeClock, type AppointmentCounts, type OpeningInterval } from "./desk-day";

export interface StaffDesk {
  id: string;
  scuCode: string;
  name: string;
  enteName: string;
  street: string;
  postalCode: string | null;
  city: string;
  phone: string | null;
  /** Today's opening intervals in Rome, in order; empty when the desk does not open today. */
  todayHours: OpeningInterval[];
  /** Holidays and the desk's own closures that fall (partly) on today. */
  todayClosures: DeskClosure[];
  openNow: boolean;
  /** Active services of the catalogue, named in the requested locale. */
  services: { code: string; name: string }[];
  /** Appointments starting today (Rome), by status. */
  appointments: AppointmentCounts;
}

/** The desks a staff member works at: their own (VOLUNTEER, OLP), every active one (ADMIN). */
export function staffDeskWhere(staff: Pick<Staff, "role" | "sedeIds">): Prisma.SedeWhereInput {
  return staff.role === "ADMIN" ? { active: true } : { active: true, id: { in: staff.sedeIds } };
}

/** The volunteer home's data: each of the staff member's desks as it stands today in Rome. */
export async function listStaffDesks(
  db: DbClient,
  staff: Pick<Staff, "role" | "sedeIds">,
  locale: Locale,
  now: Date,
): Promise<StaffDesk[]> {
  const dayStart = startOfRomeDay(now);
  const dayEnd = addRomeDays(dayStart, 1);
  const { weekday } = romeClock(now);

  const desks = await db.sede.findMany({
    where: staffDeskWhere(staff),
    orderBy: [{ name: "asc" }, { scuCode: "asc" }],
    include: {
      ente: true,
      openingHours: { where: { weekday }, orderBy: { opensMinute: "asc" } },
      closures: { where: { startsAt: { lt: dayEnd }, endsAt: { gt: dayStart } }, orderBy: { startsAt: "asc" } },
      services: {
        where: { active: true, service: { active: true } },
        include: { service: { include: { translations: { where: { locale } } } } },
        orderBy: { service: { sortOrder: "asc" } },
      },
    },
  });
  if (desks.length === 0) return [];

  const counts = await db.appointment.groupBy({
    by: ["sedeId", "status"],
    where: { sedeId: { in: desks.map((desk) => desk.id) }, startsAt: { gte: dayStart, lt: dayEnd } },
    _count: { _all: true },
  });

  return desks.map((desk) => {
    const todayHours = desk.openingHours.map((row) => ({ opens: row.opensMinute, closes: row.closesMinute }));
    const todayClosures = upcomingClosures({
      from: dayStart,
      days: 1,
      stored: desk.closures,
      patron: {
        month: desk.ente.patronMonth,
        day: desk.ente.patronDay,
        nameIt: desk.ente.patronSaintIt,
        nameEn: desk.ente.patronSaintEn,
      },
      locale,
    });
    return {
      id: desk.id,
      scuCode: desk.scuCode,
      name: desk.name,
      enteName: desk.ente.name,
      street: desk.street,
      postalCode: desk.postalCode,
      city: desk.city,
      phone: desk.phone,
      todayHours,
      todayClosures,
      openNow: isOpenAt(todayHours, todayClosures, now),
      services: desk.services.map(({ service }) => ({
        code: service.code,
        name: service.translations[0]?.name ?? service.code,
      })),
      appointments: countAppointments(
        counts.filter((row) => row.sedeId === desk.id).map((row) => ({ status: row.status, count: row._count._all })),
      ),
    };
  });
}
