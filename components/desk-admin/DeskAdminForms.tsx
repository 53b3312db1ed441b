"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

import { FormResult } from "@/components/forms/FormResult";
import { inputClass, primaryButtonClass, describedBy } from "@/components/users/form-parts";

import type { DeskAdminFormState } from "./desk-admin-form-state";
import { FieldError } from "@/components/forms/FieldError";
import { useKeptForm } from "@/components/forms/use-kept-form";

import { TextField } from "./fields";

type Action = (state: DeskAdminFormState, formData: FormData) => Promise<DeskAdminFormState>;

/** Empties a form once its action succeeded (the page shows the new row). */
function useResetOnSuccess(state: DeskAdminFormState) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  return form;
}

/** A new weekly opening interval: weekday, opening and closing times. */
export function OpeningIntervalForm({ scuCode, action }: { scuCode: string; action: Action }) {
  const t = useTranslations("deskAdmin.hours");
  const { state, pending, onSubmit } = useKeptForm(action);
  const form = useResetOnSuccess(state);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const ids = { weekday: "hours-weekday", opens: "hours-opens", closes: "hours-closes" };
  return (
    <form ref={form} onSubmit={onSubmit} className="mt-4 space-y-4" noValidate>
      <FormResult state={state} id="hours-result" fieldIds={ids} />
      <input type="hidden" name="scuCode" value={scuCode} />
      <div className="flex flex-wrap items-start gap-4">
        <div>
          <label htmlFor={ids.weekday} className="mb-1 block font-semibold">
            {t("weekday")}
          </label>
          <FieldError id="hours-weekday-error" error={errors.weekday} />
          <select
            id={ids.weekday}
            name="weekday"
            className={`${inputClass} w-48`}
            aria-invalid={errors.weekday ? true : undefined}
            aria-describedby={describedBy(errors.weekday && "hours-weekday-error")}
          >
            {(["1", "2", "3", "4", "5", "6", "7"] as const).map((day) => (
              <option key={day} value={day}>
                {t(`weekdays.${day}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField id={ids.opens} name="opens" label={t("opens")} hint={t("timeHint")} error={errors.opens} width="w-28" required />
        <TextField id={ids.closes} name="closes" label={t("closes")} hint={t("timeHint")} error={errors.closes} width="w-28" required />
      </div>
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {t("add")}
      </button>
    </form>
  );
}

export interface DeskServiceValues {
  serviceId: string;
  code: string;
  name: string;
  active: boolean;
  capacity: number;
  slotMinutes: number;
  dailyCap: number | null;
}

/** How the desk offers one service, in a fieldset named by the service. */
export function DeskServiceForm({ scuCode, service, action }: { scuCode: string; service: DeskServiceValues; action: Action }) {
  const t = useTranslations("deskAdmin.services");
  const { state, pending, onSubmit } = useKeptForm(action);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const prefix = `service-${service.code.toLowerCase()}`;
  const ids = { capacity: `${prefix}-capacity`, slotMinutes: `${prefix}-slot`, dailyCap: `${prefix}-cap` };
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <FormResult state={state} id={`${prefix}-result`} fieldIds={ids} />
      <input type="hidden" name="scuCode" value={scuCode} />
      <input type="hidden" name="serviceId" value={service.serviceId} />
      <div className="flex items-center gap-3">
        <input id={`${prefix}-active`} type="checkbox" name="active" defaultChecked={service.active} className="h-5 w-5" />
        <label htmlFor={`${prefix}-active`} className="font-semibold">
          {t("active")}
        </label>
      </div>
      <div className="flex flex-wrap items-start gap-4">
        <TextField id={ids.capacity} name="capacity" label={t("capacity")} hint={t("capacityHint")} error={errors.capacity} defaultValue={String(service.capacity)} inputMode="numeric" width="w-28" required />
        <TextField id={ids.slotMinutes} name="slotMinutes" label={t("slotMinutes")} hint={t("slotHint")} error={errors.slotMinutes} defaultValue={String(service.slotMinutes)} inputMode="numeric" width="w-28" required />
        <TextField id={ids.dailyCap} name="dailyCap" label={t("dailyCap")} hint={t("dailyCapHint")} error={errors.dailyCap} defaultValue={service.dailyCap === null ? "" : String(service.dailyCap)} inputMode="numeric" width="w-28" />
      </div>
      <button type="submit" disabled={pending} aria-label={t("saveLabel", { service: service.name })} className={primaryButtonClass}>
        {t("save")}
      </button>
    </form>
  );
}

/** A new workstation's name. */
export function AddWorkstationForm({ scuCode, action }: { scuCode: string; action: Action }) {
  const t = useTranslations("deskAdmin.workstations");
  const { state, pending, onSubmit } = useKeptForm(action);
  const form = useResetOnSuccess(state);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form ref={form} onSubmit={onSubmit} className="mt-4 space-y-4" noValidate>
      <FormResult state={state} id="workstation-add-result" fieldIds={{ name: "workstation-new-name" }} />
      <input type="hidden" name="scuCode" value={scuCode} />
      <TextField id="workstation-new-name" name="name" label={t("newName")} hint={t("nameHint")} error={errors.name} maxLength={40} required />
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {t("add")}
      </button>
    </form>
  );
}

/** A workstation's new name, inline in its row. */
export function RenameWorkstationForm({ scuCode, workstation, action }: { scuCode: string; workstation: { id: string; name: string }; action: Action }) {
  const t = useTranslations("deskAdmin.workstations");
  const { state, pending, onSubmit } = useKeptForm(action);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const id = `workstation-${workstation.id}-name`;
  return (
    <form onSubmit={onSubmit} className="space-y-2" noValidate>
      <FormResult state={state} id={`workstation-${workstation.id}-result`} fieldIds={{ name: id }} />
      <input type="hidden" name="scuCode" value={scuCode} />
      <input type="hidden" name="workstationId" value={workstation.id} />
      <div className="flex flex-wrap items-end gap-2">
        <TextField id={id} name="name" label={t("renameLabel", { name: workstation.name })} error={errors.name} defaultValue={workstation.name} maxLength={40} width="w-56" required />
        <button type="submit" disabled={pending} className="cursor-pointer rounded-md border-2 border-primary bg-white px-4 py-2 font-bold text-primary-strong">
          {t("rename")}
        </button>
      </div>
    </form>
  );
}

/** The desk's public details, each field with its own error. */
export function DeskDetailsForm({ scuCode, initial, action }: { scuCode: string; initial: Record<string, string>; action: Action }) {
  const t = useTranslations("deskAdmin.details");
  const { state, pending, onSubmit } = useKeptForm(action);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const fields = [
    ["name", 120, "max-w-md"],
    ["street", 200, "max-w-md"],
    ["postalCode", 5, "w-32"],
    ["city", 120, "max-w-md"],
    ["phone", 20, "w-64"],
    ["email", 254, "max-w-md"],
    ["notesIt", 500, "max-w-xl"],
    ["notesEn", 500, "max-w-xl"],
  ] as const;
  const nameOf = (field: (typeof fields)[number][0]) => (field === "notesIt" ? "openingNotesIt" : field === "notesEn" ? "openingNotesEn" : field);
  return (
    <form onSubmit={onSubmit} className="mt-4 space-y-4" noValidate>
      <FormResult state={state} id="details-result" fieldIds={Object.fromEntries(fields.map(([field]) => [nameOf(field), `details-${field}`]))} />
      <input type="hidden" name="scuCode" value={scuCode} />
      <div className="grid gap-4 md:grid-cols-2">
        {fields.map(([field, max, width]) => (
          <TextField
            key={field}
            id={`details-${field}`}
            name={nameOf(field)}
            label={t(field)}
            error={errors[nameOf(field)]}
            defaultValue={initial[nameOf(field)]}
            maxLength={max}
            width={width}
            required={field === "name" || field === "street" || field === "city"}
          />
        ))}
      </div>
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {t("save")}
      </button>
    </form>
  );
}
