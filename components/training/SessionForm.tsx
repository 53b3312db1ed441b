"use client";

import { useTranslations } from "next-intl";

import { useEffect, useRef } from "react";

import { FieldError } from "@/components/forms/FieldError";
import { FormResult } from "@/components/forms/FormResult";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { Notice } from "@/components/ui/Notice";
import { describedBy, inputClass, primaryButtonClass } from "@/components/users/form-parts";
import { TRAINING_KINDS } from "@/lib/training/progress";
import { MAX_SESSION_MINUTES } from "@/lib/training/schema";

import type { SessionEditState } from "./training-form-state";

/**
 * The OLP's form for a training or tutoring session: a new one (with its project), or `edit`ing one,
 * whose changes to recorded attendance are confirmed with a second press.
 */
export function SessionForm({
  projects,
  today,
  action,
  edit,
}: {
  projects: { id: string; title: string }[];
  today: string;
  // A method signature: the creation action answers the narrower TrainingFormState.
  action(state: SessionEditState, formData: FormData): Promise<SessionEditState>;
  edit?: { sessionId: string; initial: Record<string, string> };
}) {
  const t = useTranslations("training.form");
  const tKind = useTranslations("training.kind");
  const tEdit = useTranslations("training.edit");
  const { state, formAction, pending, onSubmit } = useKeptForm(action);
  const warning = state?.ok && "warning" in state.data ? state.data : null;
  const result = warning ? null : (state as Exclude<SessionEditState, { data: { warning: true } }>);
  const errors = result && !result.ok ? result.fieldErrors : {};
  const values = result && !result.ok ? (result.values ?? {}) : (edit?.initial ?? {});
  const warningRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (warning) warningRef.current?.focus();
  }, [warning]);
  const prefix = edit ? "edit" : "session";

  const text = (name: "title" | "day" | "start" | "minutes" | "place" | "trainer", type: string, extra: Record<string, string | number> = {}, hint?: string) => {
    const id = `${prefix}-${name}`;
    return (
      <div>
        <label htmlFor={id} className="mb-1 block font-semibold">{t(name)}</label>
        {hint ? <p id={`${id}-hint`} className="mb-1 text-sm text-muted">{hint}</p> : null}
        <FieldError id={`${id}-error`} error={errors[name]} />
        <input
          id={id}
          name={name}
          type={type}
          defaultValue={values[name] ?? (name === "day" ? today : "")}
          aria-invalid={errors[name] ? true : undefined}
          aria-describedby={describedBy(errors[name] && `${id}-error`, hint && `${id}-hint`)}
          className={inputClass}
          {...extra}
        />
      </div>
    );
  };

  return (
    // The key re-mounts the fields with what was sent after each refusal.
    <form key={result && !result.ok ? result.at : "form"} action={formAction} onSubmit={onSubmit} className="space-y-5" noValidate>
      {edit ? <input type="hidden" name="sessionId" value={edit.sessionId} /> : null}
      <FormResult
        state={result}
        id={`${prefix}-result`}
        fieldIds={{
          projectId: `${prefix}-project`,
          kind: `${prefix}-kind-${TRAINING_KINDS[0]}`,
          title: `${prefix}-title`,
          day: `${prefix}-day`,
          start: `${prefix}-start`,
          minutes: `${prefix}-minutes`,
          place: `${prefix}-place`,
          trainer: `${prefix}-trainer`,
        }}
      />
      {edit ? null : (
        <div>
          <label htmlFor="session-project" className="mb-1 block font-semibold">{t("project")}</label>
          <FieldError id="session-project-error" error={errors.projectId} />
          <select
            id="session-project"
            name="projectId"
            defaultValue={values.projectId ?? projects[0]?.id}
            aria-invalid={errors.projectId ? true : undefined}
            aria-describedby={describedBy(errors.projectId && "session-project-error")}
            className={inputClass}
          >
            {projects.map((project) => (
              <option key={project.id} value={project.id}>{project.title}</option>
            ))}
          </select>
        </div>
      )}
      <fieldset aria-describedby={errors.kind ? `${prefix}-kind-error` : undefined}>
        <legend className="mb-2 font-semibold">{t("kindLegend")}</legend>
        <FieldError id={`${prefix}-kind-error`} error={errors.kind} />
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {TRAINING_KINDS.map((kind) => (
            <div key={kind} className="flex items-center gap-2">
              <input id={`${prefix}-kind-${kind}`} type="radio" name="kind" value={kind} defaultChecked={values.kind === kind} className="h-5 w-5" />
              <label htmlFor={`${prefix}-kind-${kind}`}>{tKind(kind)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      {text("title", "text", { maxLength: 200 }, t("titleHint"))}
      <div className="flex flex-wrap gap-6">
        {text("day", "date")}
        {text("start", "time")}
        {text("minutes", "number", { min: 1, max: MAX_SESSION_MINUTES, step: 1, inputMode: "numeric" }, t("minutesHint"))}
      </div>
      {text("place", "text", { maxLength: 200 })}
      {text("trainer", "text", { maxLength: 200 }, t("trainerHint"))}
      {warning ? (
        <Notice tone="warning" role="alert">
          <div ref={warningRef} tabIndex={-1} id={`${prefix}-warning`} className="space-y-3">
            <p className="font-semibold">{tEdit("confirmTitle", { count: warning.attendances })}</p>
            <p>{tEdit("confirmChanges", { fields: warning.changed.map((field) => tEdit(`field.${field as "kind"}`)).join(", ") })}</p>
            <p>{tEdit("confirmMinutes")}</p>
            <button type="submit" name="intent" value="confirm" disabled={pending} className={primaryButtonClass}>{tEdit("confirm")}</button>
          </div>
        </Notice>
      ) : null}
      <button type="submit" disabled={pending} className={primaryButtonClass}>{edit ? tEdit("submit") : t("submit")}</button>
    </form>
  );
}
