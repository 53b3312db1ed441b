import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { formatAddress, mapSearchUrl, telHref } from "@/components/desks/address";
import { Card } from "@/components/ui/Card";
import { ExternalLink } from "@/components/ui/ExternalLink";
import type { BookingView } from "@/lib/booking/booking-view";

/** A citizen's booking as they see it: what to show at the desk, where, when, what to bring. */
export async function BookingDetails({ booking, qrSvg }: { booking: BookingView; qrSvg: string | null }) {
  const [t, tCommon, format] = await Promise.all([
    getTranslations("booking.view"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const when = format.dateTime(booking.startsAt, { weekday: "long", day: "numeric", month: "long", year: "numeric" });
  const from = format.dateTime(booking.startsAt, { hour: "2-digit", minute: "2-digit" });
  const to = format.dateTime(booking.endsAt, { hour: "2-digit", minute: "2-digit" });
  const cancelled = booking.status === "CANCELLED";

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_auto]">
      <Card as="section" labelledBy="booking-heading" className="space-y-5">
        <h2 id="booking-heading" className="text-2xl">{booking.service.name}</h2>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("code")}</dt>
          <dd className="font-mono text-xl font-bold tracking-wider" data-testid="booking-code">{booking.code}</dd>
          <dt className="font-semibold">{t("status")}</dt>
          <dd>{t(`statuses.${booking.status}`)}</dd>
          <dt className="font-semibold">{t("when")}</dt>
          <dd className={cancelled ? "line-through" : undefined}>{t("whenValue", { day: when, from, to })}</dd>
          <dt className="font-semibold">{t("desk")}</dt>
          <dd>
            <Link href={`/sedi/${booking.desk.scuCode}`} className="underline">{booking.desk.name}</Link>
            <br />
            {formatAddress(booking.desk)}
            <br />
            <ExternalLink href={mapSearchUrl(booking.desk)} externalLabel={tCommon("externalSite")}>{t("map")}</ExternalLink>
            {booking.desk.phone ? (
              <>
                <br />
                {t("deskPhone")} <a href={telHref(booking.desk.phone)}>{booking.desk.phone}</a>
              </>
            ) : null}
          </dd>
          <dt className="font-semibold">{t("name")}</dt>
          <dd>{booking.citizenName}</dd>
          {booking.email ? (
            <>
              <dt className="font-semibold">{t("email")}</dt>
              <dd>{booking.email}</dd>
            </>
          ) : null}
          {booking.phone ? (
            <>
              <dt className="font-semibold">{t("phone")}</dt>
              <dd>{booking.phone}</dd>
            </>
          ) : null}
          {booking.fiscalCode ? (
            <>
              <dt className="font-semibold">{t("fiscalCode")}</dt>
              <dd className="font-mono">{booking.fiscalCode}</dd>
            </>
          ) : null}
        </dl>
        {!cancelled && booking.service.documentsToBring.length > 0 ? (
          <section aria-labelledby="documents-heading">
            <h3 id="documents-heading" className="text-lg font-bold">{t("documents")}</h3>
            <ul className="mt-1 list-disc pl-6">
              {booking.service.documentsToBring.map((document) => (
                <li key={document}>{document}</li>
              ))}
            </ul>
          </section>
        ) : null}
      </Card>
      {qrSvg && !cancelled ? (
        <Card as="section" labelledBy="qr-heading" className="h-fit space-y-3 text-center">
          <h2 id="qr-heading" className="text-lg font-bold">{t("qrHeading")}</h2>
          {/* Our own SVG, made from the booking code by the qrcode library: no user markup in it. */}
          <div className="mx-auto size-48 [&>svg]:size-full" dangerouslySetInnerHTML={{ __html: qrSvg }} />
          <p className="max-w-56 text-sm">{t("qrHint")}</p>
        </Card>
      ) : null}
    </div>
  );
}
