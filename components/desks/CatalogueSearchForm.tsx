import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { Notice } from "@/components/ui/Notice";

export interface SearchFormError {
  message: string;
  /** The field at fault, or undefined when the query as a whole is wrong. */
  field?: "q" | "servizio";
}

interface CatalogueSearchFormProps {
  /** Prefix for element ids: the form may appear on more than one page. */
  idPrefix: string;
  /** When given, a service select is shown too. */
  services?: { code: string; name: string }[];
  values?: { q?: string; servizio?: string };
  error?: SearchFormError;
  /** Show a link that clears the search. */
  showReset?: boolean;
}

const inputClass =
  "block w-full rounded-md border-2 border-muted bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-danger";

/** The catalogue search: a GET form, so it works without JavaScript and results have a shareable URL. */
export async function CatalogueSearchForm({ idPrefix, services, values = {}, error, showReset }: CatalogueSearchFormProps) {
  const t = await getTranslations("search");
  const tCatalogue = await getTranslations("catalogue");
  const ids = {
    q: `${idPrefix}-q`,
    hint: `${idPrefix}-q-hint`,
    service: `${idPrefix}-servizio`,
    error: `${idPrefix}-error`,
  };
  // A field's error is read out with it; an error about the whole query goes with every field.
  const errorId = (field: "q" | "servizio") =>
    error && (error.field === undefined || error.field === field) ? ids.error : undefined;
  const invalid = (field: "q" | "servizio") => (error?.field === field ? true : undefined);

  return (
    <form action="/servizi" method="get" role="search" className="space-y-4">
      {error ? (
        <Notice tone="error" id={ids.error} role="alert">
          <p>
            <strong>{tCatalogue("errorLabel")}</strong> {error.message}
          </p>
        </Notice>
      ) : null}
      <div className={`grid gap-4 ${services ? "md:grid-cols-[2fr_1fr_auto]" : "sm:grid-cols-[1fr_auto]"} md:items-end`}>
        <div>
          <label htmlFor={ids.q} className="block font-semibold">
            {t("label")}
          </label>
          <p id={ids.hint} className="mb-1 text-sm text-muted">
            {t("hint")}
          </p>
          <input
            id={ids.q}
            name="q"
            type="search"
            defaultValue={values.q}
            maxLength={100}
            autoComplete="off"
            aria-describedby={[ids.hint, errorId("q")].filter(Boolean).join(" ")}
            aria-invalid={invalid("q")}
            className={inputClass}
          />
        </div>
        {services ? (
          <div>
            <label htmlFor={ids.service} className="mb-1 block font-semibold">
              {t("serviceLabel")}
            </label>
            <select
              id={ids.service}
              name="servizio"
              defaultValue={values.servizio ?? ""}
              aria-describedby={errorId("servizio")}
              aria-invalid={invalid("servizio")}
              className={inputClass}
            >
              <option value="">{t("allServices")}</option>
              {services.map((service) => (
                <option key={service.code} value={service.code}>
                  {service.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="flex flex-wrap items-center gap-4">
          <button
            type="submit"
            className="cursor-pointer rounded-md bg-primary px-6 py-2.5 text-base font-bold text-white hover:bg-primary-hover"
          >
            {t("submit")}
          </button>
          {showReset ? <Link href="/servizi">{t("reset")}</Link> : null}
        </div>
      </div>
    </form>
  );
}
