"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { FieldError, primaryButtonClass } from "@/components/users/form-parts";

import type { DeskFormState } from "./desk-form-state";
import { FormResult } from "@/components/forms/FormResult";

/** The volunteer picks a free workstation for their shift. */
export function OpenWorkstationForm({
  scuCode,
  workstations,
  action,
}: {
  scuCode: string;
  workstations: { id: string; name: string; holder: string | null }[];
  action: (state: DeskFormState, formData: FormData) => Promise<DeskFormState>;
}) {
  const t = useTranslations("deskWork");
  const tAll = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const error = state && !state.ok ? state.fieldErrors.workstationId : undefined;
  const firstFree = workstations.find((workstation) => !workstation.holder);
  if (!firstFree) return <p>{t("workstation.noneFree")}</p>;

  return (
    <form action={formAction} className="space-y-4">
      <FormResult state={state} id="workstation-result" fieldIds={{ workstationId: `workstation-${firstFree.id}` }} />
      <input type="hidden" name="scuCode" value={scuCode} />
      <fieldset aria-describedby={error ? "workstation-error" : undefined}>
        <legend className="mb-2 font-semibold">{t("workstation.legend")}</legend>
        <FieldError id="workstation-error" error={error} prefix={tAll("booking.form.fieldErrorPrefix")} />
        <div className="space-y-2">
          {workstations.map((workstation) => (
            <div key={workstation.id} className="flex items-center gap-3">
              <input
                id={`workstation-${workstation.id}`}
                type="radio"
                name="workstationId"
                value={workstation.id}
                disabled={Boolean(workstation.holder)}
                defaultChecked={workstation.id === firstFree.id}
                className="h-5 w-5"
              />
              <label htmlFor={`workstation-${workstation.id}`} className={workstation.holder ? "text-muted" : undefined}>
                {workstation.holder ? t("workstation.taken", { name: workstation.name, holder: workstation.holder }) : t("workstation.free", { name: workstation.name })}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {t("workstation.open")}
      </button>
    </form>
  );
}
