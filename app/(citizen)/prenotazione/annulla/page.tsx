import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";

import { ActionForm } from "@/components/booking/ActionForm";
import { BookingMessages } from "@/components/booking/BookingMessages";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Container } from "@/components/ui/Container";
import { CANCEL_REASONS } from "@/lib/booking/schema";

import { cancelBookingAction } from "../actions";
import { loadManagedBooking } from "../load-managed";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("booking.cancel");
  return { title: t("title") };
}

/** Cancel with a reason from a closed list (no free text, so no personal data in it). */
export default async function CancelBookingPage() {
  const booking = await loadManagedBooking();
  if (!booking?.changeable) redirect(booking ? "/prenotazione" : "/prenotazione?esito=scaduta");
  const [t, tManage, tBreadcrumbs, tNav, format] = await Promise.all([
    getTranslations("booking.cancel"),
    getTranslations("booking.manage"),
    getTranslations("breadcrumbs"),
    getTranslations("layout.nav"),
    getFormatter(),
  ]);
  const when = format.dateTime(booking.startsAt, { weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" });

  return (
    <>
      <Breadcrumbs
        label={tBreadcrumbs("label")}
        items={[{ label: tNav("home"), href: "/" }, { label: tManage("title"), href: "/prenotazione" }, { label: t("title") }]}
      />
      <Container className="max-w-2xl space-y-6 py-10">
        <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
        <p>{t("intro", { service: booking.service.name, desk: booking.desk.name, when })}</p>
        <BookingMessages>
        <ActionForm action={cancelBookingAction} submit={t("confirm")} danger>
          <div>
            <label htmlFor="cancel-reason" className="mb-1 block font-semibold">{t("reason")}</label>
            <select id="cancel-reason" name="reason" required defaultValue="" className="block w-full max-w-md rounded-md border-2 border-muted bg-white px-3 py-2">
              <option value="" disabled>{t("choose")}</option>
              {CANCEL_REASONS.map((reason) => (
                <option key={reason} value={reason}>{t(`reasons.${reason}`)}</option>
              ))}
            </select>
          </div>
          <p>{t("freedHint")}</p>
        </ActionForm>
          </BookingMessages>
        <p><Link href="/prenotazione" className="font-semibold underline">{t("keep")}</Link></p>
      </Container>
    </>
  );
}
