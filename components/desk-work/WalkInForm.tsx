"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";

import { describedBy, FieldError, inputClass, primaryButtonClass } from "@/components/users/form-parts";

import type { DeskFormState } from "./desk-form-state";
import { FormResult } from "@/components/forms/FormResult";

/** A citizen without a booking: the service and a name, for a ticket in the queue. */
export function WalkInForm({
  scuCode,
  services,
  action,
}: {
  scuCode: string;
  services: { code: string; name: string }[];
  action: (state: DeskFormState, formData: FormData) => Promise<DeskFormState>;
}) {
  const t = useTranslations("deskWork");
  const tAll = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const form = useRef<HTMLFormElement>(null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : undefined;
  const prefix = tAll("booking.form.fieldErrorPrefix");

  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);

  return (
    <form ref={form} action={formAction} className="space-y-4">
      <FormResult state={state} id="walk-in-result" fieldIds={{ serviceCode: "walk-in-service", name: "walk-in-name" }} />
      <input type="hidden" name="scuCode" value={scuCode} />
      <div>
        <label htmlFor="walk-in-service" className="mb-1 block font-semibold">
          {t("reception.service")}
        </label>
        <FieldError id="walk-in-service-error" error={errors.serviceCode} prefix={prefix} />
        <select
          id="walk-in-service"
          name="serviceCode"
          required
          defaultValue={values?.serviceCode ?? ""}
          key={`service-${state && !state.ok ? state.at : "new"}`}
          aria-invalid={errors.serviceCode ? true : undefined}
          aria-describedby={describedBy(errors.serviceCode && "walk-in-service-error")}
          className={inputClass}
        >
          <option value="">{t("reception.chooseService")}</option>
          {services.map((service) => (
            <option key={service.code} value={service.code}>
              {service.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="walk-in-name" className="mb-1 block font-semibold">
          {t("reception.name")}
        </label>
        <FieldError id="walk-in-name-error" error={errors.name} prefix={prefix} />
        <input
          id="walk-in-name"
          name="name"
          type="text"
          required
          maxLength={120}
          autoComplete="off"
          defaultValue={values?.name}
          key={`name-${state && !state.ok ? state.at : "new"}`}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy(errors.name && "walk-in-name-error")}
          className={inputClass}
        />
      </div>
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {t("reception.register")}
      </button>
    </form>
  );
}
