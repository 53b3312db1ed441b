"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";

import { FocusedNotice } from "@/components/users/FocusedNotice";
import { primaryButtonClass } from "@/components/users/form-parts";

import type { FeedbackCodeState } from "./feedback-form-state";

/**
 * On the volunteer's screen after a contact is served: a button that makes a questionnaire code,
 * then the code in large type and its QR code, to turn the screen towards the citizen.
 */
export function FeedbackCodePanel({
  action,
  scuCode,
  visitId,
}: {
  action: (state: FeedbackCodeState, formData: FormData) => Promise<FeedbackCodeState>;
  scuCode: string;
  visitId: string;
}) {
  const t = useTranslations("feedback");
  const tAll = useTranslations() as unknown as (key: string) => string;
  const format = useFormatter();
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <div className="space-y-4">
      {state && !state.ok ? (
        <FocusedNotice role="alert" tone="error" trigger={state}>
          <p className="font-semibold">{tAll(state.error)}</p>
        </FocusedNotice>
      ) : null}
      {state?.ok ? (
        <FocusedNotice role="status" trigger={state}>
          <div className="flex flex-wrap items-center gap-8">
            {/* Our own SVG, made by the qrcode library from the questionnaire's link: no user markup in it. */}
            <div className="size-56 bg-white [&>svg]:size-full" dangerouslySetInnerHTML={{ __html: state.data.qrSvg }} />
            <div>
              <p className="font-semibold">{t("desk.codeLabel")}</p>
              <p className="font-mono text-4xl font-bold tracking-wider" data-testid="feedback-code">
                {state.data.code}
              </p>
              <p className="mt-2">
                {t("desk.expires", { date: format.dateTime(new Date(state.data.expiresAt), { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Rome" }) })}
              </p>
            </div>
          </div>
        </FocusedNotice>
      ) : null}
      <form action={formAction}>
        <input type="hidden" name="scuCode" value={scuCode} />
        <input type="hidden" name="visitId" value={visitId} />
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {t("desk.show")}
        </button>
      </form>
    </div>
  );
}
