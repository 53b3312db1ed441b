import type { UploadPreview } from "@/lib/service-maps/upload";
import type { Messages } from "@/lib/i18n/messages";

type Keys<T, Prefix extends string> = { [K in keyof T & string]: `${Prefix}.${K}` }[keyof T & string];

export type ImportErrorKey = Keys<Messages["serviceMapsImport"]["errors"], "serviceMapsImport.errors">;
export type ImportDoneKey = Keys<Messages["serviceMapsImport"]["done"], "serviceMapsImport.done">;

/**
 * The upload page's state: the preview of a file (with what the confirmation sends back), the
 * outcome of a confirmation, or a refusal with the file field's error.
 */
export type ImportFormState =
  | null
  | { ok: true; stage: "preview"; preview: UploadPreview; at: number }
  | { ok: true; stage: "done"; message: ImportDoneKey; values: Record<string, string>; at: number }
  | { ok: false; error: ImportErrorKey; fieldErrors: Partial<Record<"file", ImportErrorKey>>; at: number };
