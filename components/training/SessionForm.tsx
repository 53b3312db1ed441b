"use client";

import { useTranslations } from "next-intl";

import { FieldError } from "@/components/forms/FieldError";
import { FormResult } from "@/components/forms/FormResult";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { describedBy, inputClass, primaryButtonClass } from "@/components/users/form-parts";
import { TRAINING_KINDS } from "@/lib/training/progress";
import { MAX_SESSION_MINUTES } from "@/lib/training/schema";

import type { TrainingFormState } from "./training-form-state";

/** The OLP's form for a new training or tutoring session. */
export function SessionForm({
  projects,
  today,
  action,
}: {
  projects: { id: string; title: string }[];
  today: string;
  action: (state: TrainingFormState, formData: FormData) => Promise<TrainingFormState>;
}) {
  const t = useTranslations("training.form");
  const tKind = useTranslations("training.kind");
  const { state, formAction, pending, onSubmit } = useKeptForm(action);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};

  const text = (name: "title" | "day" | "start" | "minutes" | "place", type: string, extra: Record<string, string | number> = {}, hint?: string) => {
    const id = `session-${name}`;
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
    <form action={formAction} onSubmit={onSubmit} className="space-y-5" noValidate>
      <FormResult
        state={state}
        id="session-result"
        fieldIds={{
          projectId: "session-project",
          kind: `session-kind-${TRAINING_KINDS[0]}`,
          title: "session-title",
          day: "session-day",
          start: "session-start",
          minutes: "session-minutes",
          place: "session-place",
        }}
      />
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
      <fieldset aria-describedby={errors.kind ? "session-kind-error" : undefined}>
        <legend className="mb-2 font-semibold">{t("kindLegend")}</legend>
        <FieldError id="session-kind-error" error={errors.kind} />
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {TRAINING_KINDS.map((kind) => (
            <div key={kind} className="flex items-center gap-2">
              <input id={`session-kind-${kind}`} type="radio" name="kind" value={kind} defaultChecked={values.kind === kind} className="h-5 w-5" />
              <label htmlFor={`session-kind-${kind}`}>{tKind(kind)}</label>
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
      <button type="submit" disabled={pending} className={primaryButtonClass}>{t("submit")}</button>
    </form>
  );
}
