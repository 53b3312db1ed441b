"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { FieldError } from "@/components/forms/FieldError";
import { FormResult } from "@/components/forms/FormResult";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { describedBy, inputClass, primaryButtonClass } from "@/components/users/form-parts";
import type { DeskCreationChoices } from "@/lib/desk-admin/create-desk";

import type { DeskAdminFormState } from "./desk-admin-form-state";
import { TextField } from "./fields";

type Action = (state: DeskAdminFormState, formData: FormData) => Promise<DeskAdminFormState>;

const DETAILS = [
  ["name", 120, "max-w-md", true],
  ["street", 200, "max-w-md", true],
  ["postalCode", 5, "w-32", false],
  ["city", 120, "max-w-md", true],
  ["phone", 20, "w-64", false],
  ["email", 254, "max-w-md", false],
  ["openingNotesIt", 500, "max-w-xl", false],
  ["openingNotesEn", 500, "max-w-xl", false],
] as const;

/**
 * The administrator's form for a new desk: SCU code and ente, public details, the ente's projects the
 * desk takes part in (with volunteer places) and the OLP who supervises it. Only the chosen ente's
 * projects are shown: a desk cannot join another ente's project.
 */
export function NewDeskForm({ choices, action }: { choices: DeskCreationChoices; action: Action }) {
  const t = useTranslations("deskAdmin.create");
  const tDetails = useTranslations("deskAdmin.details");
  const { state, formAction, pending, onSubmit } = useKeptForm(action);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};
  const [enteId, setEnteId] = useState(values.enteId || choices.entes[0]?.id || "");
  const chosen = new Set((values.projectIds ?? "").split(",").filter(Boolean));
  const projects = choices.projects.filter((project) => project.enteId === enteId);
  const label = (field: (typeof DETAILS)[number][0]) => tDetails(field === "openingNotesIt" ? "notesIt" : field === "openingNotesEn" ? "notesEn" : field);
  const fieldIds: Record<string, string> = { scuCode: "desk-scuCode", enteId: "desk-enteId", projects: "desk-projects", olpId: "desk-olpId" };
  for (const [field] of DETAILS) fieldIds[field] = `desk-${field}`;
  for (const project of projects) fieldIds[`places-${project.id}`] = `desk-places-${project.id}`;

  return (
    // The key re-mounts the fields with what was sent after each refusal.
    <form key={state && !state.ok ? state.at : "new"} action={formAction} onSubmit={onSubmit} className="mt-6 space-y-6" noValidate>
      <FormResult state={state} id="desk-result" fieldIds={fieldIds} />
      <TextField id="desk-scuCode" name="scuCode" label={t("scuCode")} hint={t("scuCodeHint")} error={errors.scuCode} defaultValue={values.scuCode} inputMode="numeric" maxLength={8} width="w-40" required />
      <div>
        <label htmlFor="desk-enteId" className="mb-1 block font-semibold">{t("ente")}</label>
        <FieldError id="desk-enteId-error" error={errors.enteId} />
        <select
          id="desk-enteId"
          name="enteId"
          value={enteId}
          onChange={(event) => setEnteId(event.target.value)}
          aria-invalid={errors.enteId ? true : undefined}
          aria-describedby={describedBy(errors.enteId && "desk-enteId-error")}
          className={inputClass}
        >
          {choices.entes.map((ente) => (
            <option key={ente.id} value={ente.id}>{ente.name}</option>
          ))}
        </select>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        {DETAILS.map(([field, max, width, required]) => (
          <TextField key={field} id={`desk-${field}`} name={field} label={label(field)} error={errors[field]} defaultValue={values[field]} maxLength={max} width={width} required={required} />
        ))}
      </div>
      <fieldset id="desk-projects" tabIndex={-1} aria-describedby={describedBy("desk-projects-hint", errors.projects && "desk-projects-error")}>
        <legend className="mb-1 font-semibold">{t("projects")}</legend>
        <p id="desk-projects-hint" className="mb-2 text-sm text-muted">{t("projectsHint")}</p>
        <FieldError id="desk-projects-error" error={errors.projects} />
        {projects.length === 0 ? (
          <p>{t("noProjects")}</p>
        ) : (
          <ul className="space-y-4">
            {projects.map((project) => (
              <li key={project.id} className="flex flex-wrap items-end gap-4">
                <div className="flex items-center gap-2">
                  <input id={`desk-project-${project.id}`} type="checkbox" name="projectIds" value={project.id} defaultChecked={chosen.has(project.id)} className="h-5 w-5" />
                  <label htmlFor={`desk-project-${project.id}`}>{project.title}</label>
                </div>
                <TextField
                  id={`desk-places-${project.id}`}
                  name={`places-${project.id}`}
                  label={t("places", { project: project.title })}
                  error={errors[`places-${project.id}`]}
                  defaultValue={values[`places-${project.id}`] ?? "0"}
                  inputMode="numeric"
                  maxLength={2}
                  width="w-24"
                />
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <div>
        <label htmlFor="desk-olpId" className="mb-1 block font-semibold">{t("olp")}</label>
        <p id="desk-olpId-hint" className="mb-1 text-sm text-muted">{t("olpHint")}</p>
        <FieldError id="desk-olpId-error" error={errors.olpId} />
        <select
          id="desk-olpId"
          name="olpId"
          defaultValue={values.olpId ?? ""}
          aria-invalid={errors.olpId ? true : undefined}
          aria-describedby={describedBy("desk-olpId-hint", errors.olpId && "desk-olpId-error")}
          className={inputClass}
        >
          <option value="">{t("noOlp")}</option>
          {choices.olps.map((olp) => (
            <option key={olp.id} value={olp.id}>{olp.name}</option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={pending} className={primaryButtonClass}>{t("submit")}</button>
    </form>
  );
}
