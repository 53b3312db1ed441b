"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";

import { FieldError } from "@/components/forms/FieldError";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { FocusedNotice } from "@/components/users/FocusedNotice";
import { describedBy, ErrorSummary, inputClass, primaryButtonClass } from "@/components/users/form-parts";

import { ChoiceGroup } from "./ChoiceGroup";
import type { AnswerQuestionnaireState, OpenQuestionnaireState, PublicRefusal } from "./feedback-form-state";

const RATINGS = ["1", "2", "3", "4", "5"] as const;
const ITEMS = ["clarity", "waiting", "courtesy"] as const;
const MANAGE_ALONE = ["YES", "NO", "NOT_SURE"] as const;

type Open = (state: OpenQuestionnaireState, formData: FormData) => Promise<OpenQuestionnaireState>;
type Answer = (state: AnswerQuestionnaireState, formData: FormData) => Promise<AnswerQuestionnaireState>;

function Refusal({ state, id, fields }: { state: PublicRefusal; id: string; fields: Record<string, string> }) {
  const t = useTranslations() as unknown as (key: string, values?: Record<string, string | number>) => string;
  const items = Object.entries(state.fieldErrors)
    .filter(([field, error]) => error && fields[field])
    .map(([field, error]) => ({ href: `#${fields[field]}`, text: t(error!) }));
  return <ErrorSummary id={id} trigger={state} title={t("booking.form.summaryTitle")} items={items} message={t(state.error, { minutes: state.minutes ?? 1 })} />;
}

/**
 * The questionnaire in two steps on one page: the code (typed, or carried by the mailed link or the
 * QR code), then the questions about that contact, then thanks. Each step's heading or message takes
 * the focus, so keyboard and screen-reader users follow along.
 */
export function QuestionnaireFlow({ open, answer, code }: { open: Open; answer: Answer; code?: string }) {
  const t = useTranslations("feedback.questionnaire");
  const format = useFormatter();
  const [opened, openAction, opening] = useActionState(open, null);
  const { state: answered, formAction: answerAction, pending: answering, onSubmit } = useKeptForm(answer);

  if (answered?.ok) {
    return (
      <FocusedNotice role="status" trigger={answered}>
        <p className="text-xl font-bold">{t("thanksTitle")}</p>
        <p className="mt-1">{t("thanksText")}</p>
      </FocusedNotice>
    );
  }

  if (opened?.ok) {
    const { data } = opened;
    const values = answered && !answered.ok ? (answered.values ?? {}) : {};
    const errors = answered && !answered.ok ? answered.fieldErrors : {};
    const day = format.dateTime(new Date(`${data.day}T12:00:00Z`), { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Rome" });
    const scale = RATINGS.map((value) => ({ value, label: t(`scale.${value}`) }));
    return (
      <form action={answerAction} onSubmit={onSubmit} noValidate className="space-y-8">
        <FocusedNotice role="status" trigger={opened}>
          <h2 className="text-2xl">{t("formHeading")}</h2>
          <p className="mt-1">{t("contactLine", { service: data.serviceName, desk: data.deskName, day })}</p>
        </FocusedNotice>
        {answered && !answered.ok ? (
          <Refusal
            state={answered}
            id="answer-summary"
            fields={{ overall: "overall", clarity: "clarity", waiting: "waiting", courtesy: "courtesy", manageAlone: "manageAlone", comment: "comment" }}
          />
        ) : null}
        <p>{t("required")}</p>
        <input type="hidden" name="code" value={data.code} />
        <ChoiceGroup name="overall" legend={t("overallLegend")} options={scale} error={errors.overall} checked={values.overall} required />
        <div className="space-y-6">
          <p className="text-lg font-semibold">{t("itemsIntro")}</p>
          {ITEMS.map((item) => (
            <ChoiceGroup
              key={item}
              name={item}
              legend={t(`${item}Legend`)}
              options={[...scale, { value: "skip", label: t("skip") }]}
              error={errors[item]}
              checked={values[item]}
            />
          ))}
        </div>
        <ChoiceGroup
          name="manageAlone"
          legend={t("manageAloneLegend")}
          options={MANAGE_ALONE.map((value) => ({ value, label: t(`manageAlone.${value}`) }))}
          error={errors.manageAlone}
          checked={values.manageAlone}
          required
        />
        <div>
          <label htmlFor="comment" className="mb-1 block text-lg font-semibold">
            {t("commentLabel")}
          </label>
          <p id="comment-hint" className="mb-1 text-sm text-muted">
            {t("commentHint")}
          </p>
          <FieldError id="comment-error" error={errors.comment} />
          <textarea
            id="comment"
            name="comment"
            rows={4}
            maxLength={1000}
            defaultValue={values.comment}
            aria-invalid={errors.comment ? true : undefined}
            aria-describedby={describedBy(errors.comment && "comment-error", "comment-hint")}
            className={`${inputClass} max-w-2xl`}
          />
        </div>
        <button type="submit" disabled={answering} className={primaryButtonClass}>
          {t("submit")}
        </button>
      </form>
    );
  }

  const refusal = opened && !opened.ok ? opened : null;
  return (
    <form action={openAction} noValidate className="space-y-5">
      {refusal ? <Refusal state={refusal} id="code-summary" fields={{ code: "code" }} /> : null}
      <div>
        <label htmlFor="code" className="mb-1 block font-semibold">
          {t("codeLabel")}
        </label>
        <p id="code-hint" className="mb-1 text-sm text-muted">
          {t("codeHint")}
        </p>
        <FieldError id="code-error" error={refusal?.fieldErrors.code} />
        <input
          id="code"
          name="code"
          type="text"
          required
          maxLength={40}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          defaultValue={refusal?.values?.code ?? code}
          aria-invalid={refusal?.fieldErrors.code ? true : undefined}
          aria-describedby={describedBy(refusal?.fieldErrors.code && "code-error", "code-hint")}
          className={`${inputClass} font-mono uppercase`}
        />
      </div>
      <button type="submit" disabled={opening} className={primaryButtonClass}>
        {t("open")}
      </button>
    </form>
  );
}
