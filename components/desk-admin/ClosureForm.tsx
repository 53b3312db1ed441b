"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

import { FormResult } from "@/components/forms/FormResult";
import { TableHead } from "@/components/ui/TableHead";
import { Notice } from "@/components/ui/Notice";
import { primaryButtonClass } from "@/components/users/form-parts";

import type { ClosureFormState, DeskAdminFormState } from "./desk-admin-form-state";
import { useKeptForm } from "@/components/forms/use-kept-form";

import { TextField } from "./fields";

const FIELD_IDS = {
  fromDay: "closure-from-day",
  fromTime: "closure-from-time",
  toDay: "closure-to-day",
  toTime: "closure-to-time",
  reasonIt: "closure-reason-it",
  reasonEn: "closure-reason-en",
};

/**
 * A new closure. The first submit checks the booked appointments it falls on: none, and it is saved;
 * some, and they are listed for the OLP to confirm, with the choice of mailing the citizens.
 */
export function ClosureForm({ scuCode, action }: { scuCode: string; action: (state: ClosureFormState, formData: FormData) => Promise<ClosureFormState> }) {
  const t = useTranslations("deskAdmin.closures");
  const tAdmin = useTranslations("deskAdmin");
  const { state, pending, onSubmit } = useKeptForm(action);
  const form = useRef<HTMLFormElement>(null);
  const warningHeading = useRef<HTMLHeadingElement>(null);
  const warning = state?.ok && "warning" in state.data ? state.data : null;
  const errors = state && !state.ok ? state.fieldErrors : {};

  useEffect(() => {
    if (state?.ok && "message" in state.data) form.current?.reset();
    if (state?.ok && "warning" in state.data) warningHeading.current?.focus();
  }, [state]);

  return (
    <form ref={form} onSubmit={onSubmit} className="mt-4 space-y-4" noValidate>
      <FormResult state={warning ? null : (state as DeskAdminFormState)} id="closure-result" fieldIds={FIELD_IDS} />
      <input type="hidden" name="scuCode" value={scuCode} />
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t("fromLegend")}</legend>
        <div className="flex flex-wrap gap-4">
          <TextField id={FIELD_IDS.fromDay} name="fromDay" label={t("day")} hint={t("dayHint")} error={errors.fromDay} width="w-44" required />
          <TextField id={FIELD_IDS.fromTime} name="fromTime" label={t("time")} hint={t("fromTimeHint")} error={errors.fromTime} width="w-28" />
        </div>
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t("toLegend")}</legend>
        <div className="flex flex-wrap gap-4">
          <TextField id={FIELD_IDS.toDay} name="toDay" label={t("day")} hint={t("dayHint")} error={errors.toDay} width="w-44" required />
          <TextField id={FIELD_IDS.toTime} name="toTime" label={t("time")} hint={t("toTimeHint")} error={errors.toTime} width="w-28" />
        </div>
      </fieldset>
      <TextField id={FIELD_IDS.reasonIt} name="reasonIt" label={t("reasonIt")} hint={t("reasonHint")} error={errors.reasonIt} maxLength={200} required />
      <TextField id={FIELD_IDS.reasonEn} name="reasonEn" label={t("reasonEn")} error={errors.reasonEn} maxLength={200} />

      {warning ? (
        <Notice tone="warning">
          <h4 ref={warningHeading} tabIndex={-1} className="text-lg font-bold">
            {t("warningTitle", { count: String(warning.affected.length) })}
          </h4>
          {warning.changed ? <p className="mt-1 font-semibold">{t("changed")}</p> : null}
          <p className="mt-1">{t("warningIntro")}</p>
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left text-ink">
              <caption className="sr-only">{t("listCaption")}</caption>
              <TableHead labels={[t("when"), t("service"), t("code"), t("email")]} />
              <tbody>
                {warning.affected.map((appointment) => (
                  <tr key={appointment.id} className="border-b border-line">
                    <td className="py-2 pr-4">{appointment.when}</td>
                    <td className="py-2 pr-4">{appointment.service}</td>
                    <td className="py-2 pr-4 font-mono">{appointment.bookingCode}</td>
                    <td className="py-2 pr-4">{appointment.hasEmail ? tAdmin("yes") : t("noEmail")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {warning.affected.map((appointment) => (
            <input key={appointment.id} type="hidden" name="confirmedIds" value={appointment.id} />
          ))}
          <div className="mt-4 flex items-start gap-3">
            <input id="closure-notify" type="checkbox" name="notify" defaultChecked className="mt-1 h-5 w-5" aria-describedby="closure-notify-hint" />
            <div>
              <label htmlFor="closure-notify" className="font-semibold">
                {t("notify")}
              </label>
              <p id="closure-notify-hint" className="text-sm">
                {t("notifyHint")}
              </p>
            </div>
          </div>
          <button type="submit" name="intent" value="confirm" disabled={pending} className={`mt-4 ${primaryButtonClass}`}>
            {t("confirm")}
          </button>
        </Notice>
      ) : null}

      <button type="submit" name="intent" value="check" disabled={pending} className={warning ? "cursor-pointer rounded-md border-2 border-primary bg-white px-8 py-2.5 font-bold text-primary-strong" : primaryButtonClass}>
        {t("check")}
      </button>
    </form>
  );
}
