import { getTranslations } from "next-intl/server";

import type { WizardService } from "@/lib/booking/wizard-data";

import { ChoiceFieldset, ChoiceOption, continueButtonClass } from "./ChoiceFieldset";

/** Step 1: which service. */
export async function ServiceStep({ services, selected }: { services: WizardService[]; selected?: string }) {
  const t = await getTranslations("booking.service");
  return (
    <form method="get" action="/prenota" className="space-y-6">
      <ChoiceFieldset legend={t("legend")}>
        {services.map((service, i) => (
          <ChoiceOption key={service.code} name="servizio" value={service.code} checked={selected ? service.code === selected : i === 0} required label={service.name}>
            <p>{service.description}</p>
            {service.requiresFiscalCode ? <p className="mt-1 text-muted">{t("needsFiscalCode")}</p> : null}
          </ChoiceOption>
        ))}
      </ChoiceFieldset>
      <button type="submit" className={continueButtonClass}>
        {t("continue")}
      </button>
    </form>
  );
}
