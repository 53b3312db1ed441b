import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { Notice } from "@/components/ui/Notice";
import { personForDisplay } from "@/lib/service-maps/display-names";
import type { MapIndexQueryError } from "@/lib/service-maps/index-query";
import type { MapOffice } from "@/lib/service-maps/read";

interface MapSearchFormProps {
  offices: MapOffice[];
  values: { q?: string; ufficio?: string };
  error?: MapIndexQueryError;
  showReset: boolean;
}

const inputClass =
  "block w-full rounded-md border-2 border-muted bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-danger";

/** The index's search: a GET form, so it works without JavaScript and a search has its own address. */
export async function MapSearchForm({ offices, values, error, showReset }: MapSearchFormProps) {
  const t = await getTranslations("serviceMaps.index");
  const errorFor = (field: "q" | "office") => (error === field || error === "repeated" ? "map-search-error" : undefined);
  return (
    <form action="/mappe-servizi" method="get" role="search" aria-label={t("title")} className="space-y-4">
      {error ? (
        <Notice tone="error" id="map-search-error" role="alert">
          <p>
            <strong>{t("errors.heading")}:</strong> {t(`errors.${error}`)}
          </p>
        </Notice>
      ) : null}
      <div className="grid gap-4 md:grid-cols-[2fr_1fr_auto] md:items-end">
        <div>
          <label htmlFor="map-search-q" className="block font-semibold">
            {t("searchLabel")}
          </label>
          <p id="map-search-q-hint" className="mb-1 text-sm text-muted">
            {t("searchHint")}
          </p>
          <input
            id="map-search-q"
            name="q"
            type="search"
            defaultValue={values.q}
            maxLength={100}
            autoComplete="off"
            aria-describedby={["map-search-q-hint", errorFor("q")].filter(Boolean).join(" ")}
            aria-invalid={error === "q" ? true : undefined}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="map-search-office" className="mb-1 block font-semibold">
            {t("officeLabel")}
          </label>
          <select
            id="map-search-office"
            name="ufficio"
            defaultValue={offices.some((office) => office.slug === values.ufficio) ? values.ufficio : ""}
            aria-describedby={errorFor("office")}
            aria-invalid={error === "office" ? true : undefined}
            className={inputClass}
          >
            <option value="">{t("officeAll")}</option>
            {offices.map((office) => (
              <option key={office.slug} value={office.slug}>
                {personForDisplay(office.head)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="cursor-pointer rounded-md bg-primary px-6 py-2.5 text-base font-bold text-white hover:bg-primary-hover">
            {t("submit")}
          </button>
          {showReset ? <Link href="/mappe-servizi">{t("reset")}</Link> : null}
        </div>
      </div>
    </form>
  );
}
