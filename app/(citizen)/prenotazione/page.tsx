import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { BookingDetails } from "@/components/booking/BookingDetails";
import { BookingMessages } from "@/components/booking/BookingMessages";
import { LookupForm } from "@/components/booking/LookupForm";
import { FocusedNotice } from "@/components/users/FocusedNotice";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Container } from "@/components/ui/Container";
import { bookingQrSvg } from "@/lib/booking/qr";

import { forgetBookingAction, lookupBookingAction } from "./actions";
import { loadManagedBooking } from "./load-managed";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("booking.manage");
  return { title: t("title") };
}

const OUTCOMES = { prenotata: "booked", spostata: "rescheduled", annullata: "cancelled", scaduta: "expired" } as const;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * "La mia prenotazione": the booking this browser has just made or looked up, with the code to show
 * at the desk, the calendar file and the changes the citizen can make; otherwise the look-up form.
 */
export default async function ManageBookingPage({ searchParams }: { searchParams: SearchParams }) {
  const [t, tNav, tBreadcrumbs, params] = await Promise.all([
    getTranslations("booking.manage"),
    getTranslations("layout.nav"),
    getTranslations("breadcrumbs"),
    searchParams,
  ]);
  const outcomeParam = typeof params.esito === "string" ? params.esito : undefined;
  const outcome = outcomeParam && outcomeParam in OUTCOMES ? OUTCOMES[outcomeParam as keyof typeof OUTCOMES] : null;
  const code = typeof params.codice === "string" ? params.codice.slice(0, 40) : undefined;
  const booking = await loadManagedBooking();

  return (
    <>
      <Breadcrumbs label={tBreadcrumbs("label")} items={[{ label: tNav("home"), href: "/" }, { label: t("title") }]} />
      <Container className="space-y-8 py-10">
        <h1 className="text-3xl sm:text-4xl">{booking ? t("headingBooking") : t("title")}</h1>
        {outcome && (booking || outcome === "expired") ? (
          <FocusedNotice role="status" tone={outcome === "expired" ? "error" : "info"}>
            <p className="font-semibold">{t(`outcomes.${outcome}`)}</p>
            {outcome === "booked" || outcome === "rescheduled" ? <p className="mt-1">{t("mailSent")}</p> : null}
          </FocusedNotice>
        ) : null}

        {booking ? (
          <>
            <BookingDetails booking={booking} qrSvg={booking.status === "CANCELLED" ? null : await bookingQrSvg(booking.code, t("qrLabel", { code: booking.code }))} />
            <section aria-labelledby="actions-heading" className="space-y-4">
              <h2 id="actions-heading" className="text-2xl">{t("actionsHeading")}</h2>
              <ul className="flex flex-wrap gap-x-8 gap-y-3">
                {booking.status !== "CANCELLED" ? (
                  <li>
                    <a href="/prenotazione/calendario.ics" download className="font-semibold underline">{t("addToCalendar")}</a>
                  </li>
                ) : null}
                {booking.changeable ? (
                  <>
                    <li>
                      <Link href="/prenotazione/cambia" className="font-semibold underline">{t("reschedule")}</Link>
                    </li>
                    <li>
                      <Link href="/prenotazione/annulla" className="font-semibold underline">{t("cancel")}</Link>
                    </li>
                  </>
                ) : (
                  <li>{t(booking.status === "CANCELLED" ? "cancelledHint" : "notChangeableHint")}</li>
                )}
              </ul>
              <form action={forgetBookingAction}>
                <button type="submit" className="cursor-pointer font-semibold text-primary underline">{t("forget")}</button>
              </form>
              <p className="text-sm text-muted">{t("forgetHint")}</p>
            </section>
          </>
        ) : (
          <section aria-labelledby="lookup-heading" className="max-w-xl space-y-4">
            <h2 id="lookup-heading" className="text-2xl">{t("lookupHeading")}</h2>
            <p>{t("lookupIntro")}</p>
            <BookingMessages>
              <LookupForm action={lookupBookingAction} code={code} />
            </BookingMessages>
            <p>
              {t.rich("noBooking", { link: (chunks) => <Link href="/prenota" className="underline">{chunks}</Link> })}
            </p>
          </section>
        )}
      </Container>
    </>
  );
}
