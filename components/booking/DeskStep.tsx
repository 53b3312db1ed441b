import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { formatAddress, mapSearchUrl } from "@/components/desks/address";
import { ExternalLink } from "@/components/ui/ExternalLink";
import type { WizardDesk } from "@/lib/booking/wizard-data";

import { ChoiceFieldset, ChoiceOption, continueButtonClass } from "./ChoiceFieldset";
import { wizardHref } from "./wizard-url";

/** Step 2: at which desk, with its address and a map. */
export async function DeskStep({ serviceCode, serviceName, desks, selected }: { serviceCode: string; serviceName: string; desks: WizardDesk[]; selected?: string }) {
  const [t, tCommon] = await Promise.all([getTranslations("booking.desk"), getTranslations("common")]);
  return (
    <form method="get" action="/prenota" className="space-y-6">
      <input type="hidden" name="servizio" value={serviceCode} />
      <ChoiceFieldset legend={t("legend", { service: serviceName })}>
        {desks.map((desk, i) => (
          <ChoiceOption key={desk.scuCode} name="sede" value={desk.scuCode} checked={selected ? desk.scuCode === selected : i === 0} required label={desk.name}>
            <p>{formatAddress(desk)}</p>
            <p className="text-muted">{desk.enteName}</p>
            <p className="mt-1">
              <ExternalLink href={mapSearchUrl(desk)} externalLabel={tCommon("externalSite")}>{t("map", { desk: desk.name })}</ExternalLink>
            </p>
          </ChoiceOption>
        ))}
      </ChoiceFieldset>
      <div className="flex flex-wrap items-center gap-6">
        <button type="submit" className={continueButtonClass}>
          {t("continue")}
        </button>
        <Link href={wizardHref({})} className="font-semibold underline">
          {t("back")}
        </Link>
      </div>
    </form>
  );
}
