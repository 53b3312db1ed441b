import type { Messages } from "@/lib/i18n/messages";

import type { SearchFormError } from "./CatalogueSearchForm";

type ValidationKey = keyof Messages["validation"];

const FIELD_ERRORS: Record<string, { key: ValidationKey; field?: SearchFormError["field"] }> = {
  "errors.queryTooLong": { key: "queryTooLong", field: "q" },
  "errors.invalidServiceCode": { key: "invalidServiceCode", field: "servizio" },
  "errors.repeatedParameter": { key: "repeatedParameter" },
  "errors.invalidQuery": { key: "invalidQuery" },
};

/**
 * The message for an error key of `parseCatalogueQuery`. Anything unforeseen (zod's own English
 * text, e.g. for an unknown parameter) becomes the generic message rather than reaching the page.
 */
export function validationMessage(error: string): { key: ValidationKey; field?: SearchFormError["field"] } {
  return FIELD_ERRORS[error] ?? { key: "invalidQuery" };
}
