import { randomBytes } from "node:crypto";

import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { BookingForm } from "@/components/booking/BookingForm";
import { BookingMessages } from "@/components/booking/BookingMessages";
import { DeskStep } from "@/components/booking/DeskStep";
import { ServiceStep } from "@/components/booking/ServiceStep";
import { StepIndicator } from "@/components/booking/StepIndicator";
import { WhenStep } from "@/components/booking/WhenStep";
import { wizardHref } from "@/components/booking/wizard-url";
import { formatAddress } from "@/components/desks/address";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Container } from "@/components/ui/Container";
import { Notice } from "@/components/ui/Notice";
import { findOffer, loadOfferSlots } from "@/lib/availability/load-slots";
import { checkSlot } from "@/lib/booking/create-booking";
import { wizardQuerySchema } from "@/lib/booking/schema";
import { bookableServices, desksOffering } from "@/lib/booking/wizard-data";
import { romeInstant } from "@/lib/calendar/time";
import { db } from "@/lib/db";
import { getCurrentLocale } from "@/lib/i18n/server-locale";

import { bookingAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("booking");
  return { title: t("title"), description: t("metaDescription") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Repeated parameters make the link ambiguous: treat them as a broken link. */
const single = (params: Record<string, string | string[] | undefined>) =>
  Object.values(params).some(Array.isArray) ? null : (params as Record<string, string | undefined>);

/**
 * The booking wizard, one step per visit: service → desk → day and time → details → summary. The
 * choices so far live in the URL, so Back, reload and a shared link all work, with or without JS.
 */
export default async function BookPage({ searchParams }: { searchParams: SearchParams }) {
  const [t, tNav, tBreadcrumbs, format, locale] = await Promise.all([
    getTranslations("booking"),
    getTranslations("layout.nav"),
    getTranslations("breadcrumbs"),
    getFormatter(),
    getCurrentLocale(),
  ]);
  const params = single(await searchParams);
  const parsed = params ? wizardQuerySchema.safeParse(params) : null;
  const query = parsed?.success ? parsed.data : {};
  const linkError = !parsed?.success;

  const services = await bookableServices(db(), locale);
  const service = services.find((s) => s.code === query.servizio);

  const page = (step: Parameters<typeof StepIndicator>[0]["current"], body: React.ReactNode, notice?: React.ReactNode) => (
    <>
      <Breadcrumbs label={tBreadcrumbs("label")} items={[{ label: tNav("home"), href: "/" }, { label: t("title") }]} />
      <Container className="py-10">
        <h1 className="mb-6 text-3xl sm:text-4xl">{t("title")}</h1>
        {step === "details" ? null : <StepIndicator current={step} />}
        {notice}
        {body}
      </Container>
    </>
  );
  const problem = (key: Parameters<typeof t>[0]) => (
    <Notice tone="error" role="alert" className="mb-6">
      <p className="font-semibold">{t(key)}</p>
    </Notice>
  );

  if (linkError || !service) {
    const notice = linkError ? problem("errors.invalidLink") : query.servizio ? problem("errors.serviceNotFound") : undefined;
    return page("service", <ServiceStep services={services} />, notice);
  }

  const desks = await desksOffering(db(), service.code);
  const offer = query.sede ? await findOffer(db(), { scuCode: query.sede, serviceCode: service.code }) : null;
  if (!offer) {
    return page(
      "desk",
      <DeskStep serviceCode={service.code} serviceName={service.name} desks={desks} />,
      query.sede ? problem("errors.deskNotOffering") : undefined,
    );
  }
  const desk = desks.find((d) => d.scuCode === offer.scuCode)!;
  const base = { servizio: service.code, sede: offer.scuCode };
  const now = new Date();

  const when = async (notice?: React.ReactNode) => {
    const slots = await loadOfferSlots(db(), offer, { now });
    return page(
      "when",
      <>
        <p className="mb-6">{t("when.intro", { service: service.name, desk: desk.name })}</p>
        <WhenStep
          free={slots.free}
          month={query.mese}
          day={query.giorno}
          time={query.ora}
          hrefFor={(choice, hash) => wizardHref({ ...base, ...choice }, hash)}
          timeForm={{ action: "/prenota", hidden: { ...base, ...(query.giorno ? { giorno: query.giorno } : {}) } }}
          backHref={wizardHref({ servizio: service.code, ...{ sede: undefined } })}
        />
      </>,
      notice,
    );
  };

  if (!query.giorno || !query.ora) return when();

  const checked = await checkSlot(db(), offer, { day: query.giorno, time: query.ora, now });
  if (!checked.ok) return when(problem(checked.reason === "slot_taken" ? "errors.slotTaken" : "errors.slotUnavailable"));

  const startsAt = romeInstant(query.giorno, query.ora)!;
  return page(
    "details",
    <>
      <BookingMessages>
      <BookingForm
        action={bookingAction}
        slot={{ serviceCode: service.code, scuCode: offer.scuCode, day: query.giorno, time: query.ora }}
        summary={{
          serviceName: service.name,
          deskName: desk.name,
          deskAddress: formatAddress(desk),
          when: format.dateTime(startsAt, { weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" }),
          durationMinutes: offer.slotMinutes,
        }}
        requiresFiscalCode={offer.requiresFiscalCode}
        idempotencyKey={randomBytes(18).toString("base64url")}
        privacyHref="/privacy"
      />
      </BookingMessages>
      <p className="mt-8">
        <Link href={wizardHref({ ...base, giorno: query.giorno }, "orari")} className="font-semibold underline">
          {t("details.changeTime")}
        </Link>
      </p>
    </>,
  );
}
