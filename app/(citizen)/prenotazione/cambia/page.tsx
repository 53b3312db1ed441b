import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";

import { ActionForm } from "@/components/booking/ActionForm";
import { BookingMessages } from "@/components/booking/BookingMessages";
import { WhenStep } from "@/components/booking/WhenStep";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Container } from "@/components/ui/Container";
import { Notice } from "@/components/ui/Notice";
import { findOffer, loadOfferSlots } from "@/lib/availability/load-slots";
import { checkSlot } from "@/lib/booking/create-booking";
import { wizardQuerySchema } from "@/lib/booking/schema";
import { romeInstant } from "@/lib/calendar/time";
import { db } from "@/lib/db";

import { rescheduleBookingAction } from "../actions";
import { loadManagedBooking } from "../load-managed";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("booking.reschedule");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function hrefFor(choice: { mese?: string; giorno?: string; ora?: string }, hash?: string) {
  const params = new URLSearchParams(Object.entries(choice).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const search = params.toString();
  return `/prenotazione/cambia${search ? `?${search}` : ""}${hash ? `#${hash}` : ""}`;
}

/** Another day and time for the same service at the same desk; the old slot is kept until the new one is taken. */
export default async function RescheduleBookingPage({ searchParams }: { searchParams: SearchParams }) {
  const booking = await loadManagedBooking();
  if (!booking?.changeable) redirect(booking ? "/prenotazione" : "/prenotazione?esito=scaduta");
  const [t, tManage, tBreadcrumbs, tNav, format, params] = await Promise.all([
    getTranslations("booking.reschedule"),
    getTranslations("booking.manage"),
    getTranslations("breadcrumbs"),
    getTranslations("layout.nav"),
    getFormatter(),
    searchParams,
  ]);
  const parsed = Object.values(params).some(Array.isArray) ? null : wizardQuerySchema.safeParse(params);
  const query = parsed?.success ? parsed.data : {};
  const offer = await findOffer(db(), { scuCode: booking.desk.scuCode, serviceCode: booking.service.code });
  const now = new Date();
  const longDate = (instant: Date) => format.dateTime(instant, { weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" });

  let body: React.ReactNode;
  let notice: React.ReactNode = parsed?.success === false || parsed === null ? <Notice tone="error" role="alert"><p className="font-semibold">{t("invalidLink")}</p></Notice> : null;
  if (!offer) {
    body = <p role="alert" className="font-semibold">{t("notOffered")}</p>;
  } else {
    const checked = query.giorno && query.ora ? await checkSlot(db(), offer, { day: query.giorno, time: query.ora, now, ignoreAppointmentId: booking.id }) : null;
    const isCurrent = (startsAt: Date) => startsAt.getTime() === booking.startsAt.getTime();
    if (checked?.ok && isCurrent(checked.slot.startsAt)) {
      notice = <Notice tone="error" role="alert"><p className="font-semibold">{t("unchanged")}</p></Notice>;
    }
    if (checked?.ok && !isCurrent(checked.slot.startsAt) && query.giorno && query.ora) {
      body = (
        <section aria-labelledby="confirm-heading" className="space-y-4">
          <h2 id="confirm-heading" className="text-2xl">{t("confirmHeading")}</h2>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{t("from")}</dt>
            <dd><s>{longDate(booking.startsAt)}</s></dd>
            <dt className="font-semibold">{t("to")}</dt>
            <dd className="font-bold">{longDate(romeInstant(query.giorno, query.ora)!)}</dd>
          </dl>
          <p>{t("confirmHint")}</p>
          <BookingMessages>
          <ActionForm action={rescheduleBookingAction} submit={t("confirm")}>
            <input type="hidden" name="day" value={query.giorno} />
            <input type="hidden" name="time" value={query.ora} />
          </ActionForm>
          </BookingMessages>
          <p><Link href={hrefFor({ giorno: query.giorno }, "orari")} className="font-semibold underline">{t("otherTime")}</Link></p>
        </section>
      );
    } else {
      if (checked && !checked.ok) {
        notice = <Notice tone="error" role="alert"><p className="font-semibold">{t(checked.reason === "slot_taken" ? "slotTaken" : "slotUnavailable")}</p></Notice>;
      }
      const slots = await loadOfferSlots(db(), offer, { now, ignoreAppointmentId: booking.id });
      body = (
        <WhenStep
          // The booking's own time is not another time to move to.
          free={slots.free.filter((slot) => !isCurrent(slot.startsAt))}
          month={query.mese}
          day={query.giorno}
          time={query.ora}
          hrefFor={hrefFor}
          timeForm={{ action: "/prenotazione/cambia", hidden: query.giorno ? { giorno: query.giorno } : {} }}
          backHref="/prenotazione"
        />
      );
    }
  }

  return (
    <>
      <Breadcrumbs
        label={tBreadcrumbs("label")}
        items={[{ label: tNav("home"), href: "/" }, { label: tManage("title"), href: "/prenotazione" }, { label: t("title") }]}
      />
      <Container className="space-y-6 py-10">
        <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
        <p>{t("intro", { service: booking.service.name, desk: booking.desk.name, when: longDate(booking.startsAt) })}</p>
        {notice}
        {body}
      </Container>
    </>
  );
}
