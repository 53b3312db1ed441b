"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { FieldError } from "@/components/forms/FieldError";
import { FormResult } from "@/components/forms/FormResult";
import { Notice } from "@/components/ui/Notice";
import { describedBy, inputClass, primaryButtonClass } from "@/components/users/form-parts";

import { ImportPreview } from "./ImportPreview";
import type { ImportFormState } from "./import-form-state";

/**
 * Upload → preview → confirm. The preview comes back with the file (base64), its hash and a signed
 * state, which the confirmation sends again: the server applies only the file the administrator saw.
 */
export function ImportServiceMapsForm({
  action,
  maxMegabytes,
}: {
  action: (state: ImportFormState, formData: FormData) => Promise<ImportFormState>;
  maxMegabytes: number;
}) {
  const t = useTranslations("serviceMapsImport");
  const [state, formAction, pending] = useActionState(action, null);
  const fileError = state && !state.ok ? state.fieldErrors.file : undefined;
  const preview = state?.ok && state.stage === "preview" ? state.preview : null;

  return (
    <div className="space-y-8">
      {state && !state.ok ? <FormResult state={state} id="import-result" fieldIds={{ file: "import-file" }} /> : null}
      {state?.ok && state.stage === "done" ? (
        <Notice tone="info" role="status" className="font-semibold">
          {t(state.message.replace("serviceMapsImport.", "") as "done.applied", state.values)}
        </Notice>
      ) : null}

      <form action={formAction} className="space-y-4">
        <input type="hidden" name="intent" value="preview" />
        <div>
          <label htmlFor="import-file" className="block font-semibold">
            {t("fileLabel")}
          </label>
          <p id="import-file-hint" className="mb-1 text-muted">
            {t("fileHint", { size: String(maxMegabytes) })}
          </p>
          <FieldError id="import-file-error" error={fileError} />
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".txt,text/plain"
            required
            aria-invalid={fileError ? true : undefined}
            aria-describedby={describedBy("import-file-hint", fileError && "import-file-error")}
            className={inputClass}
          />
        </div>
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {t("previewButton")}
        </button>
      </form>

      {preview ? (
        <section aria-labelledby="import-preview-title" className="space-y-6 border-t-2 border-line pt-6">
          <ImportPreview preview={preview} />
          {preview.plan.hasChanges ? (
            <form action={formAction}>
              <input type="hidden" name="intent" value="confirm" />
              <input type="hidden" name="fileName" value={preview.fileName} />
              <input type="hidden" name="content" value={preview.content} />
              <input type="hidden" name="sha256" value={preview.sha256} />
              <input type="hidden" name="stateToken" value={preview.plan.stateToken} />
              <input type="hidden" name="signature" value={preview.signature} />
              <button type="submit" disabled={pending} className={primaryButtonClass}>
                {t("confirmButton")}
              </button>
            </form>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
