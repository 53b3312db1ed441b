"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";

import type { AssignableDesk } from "@/lib/users/assignable-desks";
import type { ROLES } from "@/lib/users/schema";

import { describedBy, ErrorSummary, FieldError, inputClass, primaryButtonClass } from "./form-parts";
import type { UserFormField, UserFormState, UserFormValues } from "./form-state";

type Role = (typeof ROLES)[number];

interface StaffUserFormProps {
  action: (state: UserFormState, formData: FormData) => Promise<UserFormState>;
  /** Present when editing: the account's id, sent with the form; its e-mail is then read-only. */
  userId?: string;
  initial: UserFormValues;
  /** The roles the signed-in member may give, in order. */
  roles: Role[];
  /** Why fewer roles than all are offered, if they are. */
  rolesNote?: string;
  desks: AssignableDesk[];
  desksHint: string;
  /** The edited volunteer's desks the OLP does not supervise: kept, and said so. */
  otherDesks?: number;
  cancelHref: string;
}

const IDS = {
  summary: "user-form-summary",
  name: "user-name",
  email: "user-email",
  role: "user-role",
  sedeIds: "user-desks",
  serviceStartsOn: "user-service-start",
} as const;
const FIELDS: UserFormField[] = ["name", "email", "role", "sedeIds", "serviceStartsOn"];
const errorId = (field: UserFormField) => `${IDS[field]}-error`;

/**
 * The new-user and edit-user form. A server action behind a plain <form>: without JavaScript the
 * browser posts it and the page comes back with the same errors and values.
 */
export function StaffUserForm({ action, userId, initial, roles, rolesNote, desks, desksHint, otherDesks = 0, cancelHref }: StaffUserFormProps) {
  const t = useTranslations("users");
  const tAll = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const failure = state && !state.ok ? state : null;
  const values = failure?.values ?? initial;
  const fieldErrors = failure?.fieldErrors ?? {};
  const editing = userId !== undefined;
  const invalid = FIELDS.filter((field) => fieldErrors[field] !== undefined);
  // The summary links to the first control of a group: the first radio, the first checkbox.
  const firstControl = (field: UserFormField) =>
    field === "role" ? `${IDS.role}-${roles[0]}` : field === "sedeIds" ? `${IDS.sedeIds}-${desks[0]?.id}` : IDS[field];
  const checkedRole = roles.includes(values.role as Role) ? values.role : roles.length === 1 ? roles[0] : undefined;

  return (
    <form action={formAction} noValidate className="space-y-6">
      {failure ? (
        <ErrorSummary
          id={IDS.summary}
          trigger={state}
          title={t("form.summaryTitle")}
          items={invalid.map((field) => ({
            href: `#${field === "sedeIds" && desks.length === 0 ? IDS.sedeIds : firstControl(field)}`,
            text: tAll(fieldErrors[field]!, { minutes: 1 }),
          }))}
          message={tAll(failure.error, { minutes: failure.minutes ?? 1 })}
        />
      ) : null}

      <p className="text-muted">{t("form.required")}</p>
      {editing ? <input type="hidden" name="userId" value={userId} /> : null}

      <div>
        <label htmlFor={IDS.name} className="mb-1 block font-semibold">
          {t("form.name")}
        </label>
        <FieldError id={errorId("name")} error={fieldErrors.name} prefix={t("form.fieldErrorPrefix")} />
        <input
          id={IDS.name}
          name="name"
          type="text"
          autoComplete="off"
          required
          maxLength={120}
          defaultValue={values.name}
          aria-invalid={fieldErrors.name ? true : undefined}
          aria-describedby={describedBy(fieldErrors.name && errorId("name"))}
          className={inputClass}
        />
      </div>

      <div>
        <label htmlFor={IDS.email} className="mb-1 block font-semibold">
          {t("form.email")}
        </label>
        <p id={`${IDS.email}-hint`} className="mb-1 text-muted">
          {editing ? t("form.emailReadOnlyHint") : t("form.emailHint")}
        </p>
        <FieldError id={errorId("email")} error={fieldErrors.email} prefix={t("form.fieldErrorPrefix")} />
        <input
          id={IDS.email}
          // Not sent when editing: the address does not change, whatever the browser posts.
          name={editing ? undefined : "email"}
          type="email"
          readOnly={editing}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required={!editing}
          maxLength={254}
          defaultValue={values.email}
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={describedBy(`${IDS.email}-hint`, fieldErrors.email && errorId("email"))}
          className={inputClass}
        />
      </div>

      <fieldset aria-describedby={describedBy(rolesNote && `${IDS.role}-note`, fieldErrors.role && errorId("role"))}>
        <legend className="mb-1 text-lg font-semibold">{t("form.role")}</legend>
        {rolesNote ? (
          <p id={`${IDS.role}-note`} className="mb-1 text-muted">
            {rolesNote}
          </p>
        ) : null}
        <FieldError id={errorId("role")} error={fieldErrors.role} prefix={t("form.fieldErrorPrefix")} />
        <div className="space-y-2">
          {roles.map((role) => (
            <div key={role} className="flex items-start gap-3">
              <input
                id={`${IDS.role}-${role}`}
                name="role"
                type="radio"
                value={role}
                required
                defaultChecked={checkedRole === role}
                aria-describedby={`${IDS.role}-${role}-hint`}
                className="mt-1 h-5 w-5 shrink-0 accent-primary"
              />
              <div>
                <label htmlFor={`${IDS.role}-${role}`} className="font-semibold">
                  {t(`roles.${role}`)}
                </label>
                <p id={`${IDS.role}-${role}-hint`} className="text-sm text-muted">
                  {t(`roleHints.${role}`)}
                </p>
              </div>
            </div>
          ))}
        </div>
      </fieldset>

      <fieldset
        id={IDS.sedeIds}
        aria-describedby={describedBy(`${IDS.sedeIds}-hint`, otherDesks > 0 && `${IDS.sedeIds}-other`, fieldErrors.sedeIds && errorId("sedeIds"))}
      >
        <legend className="mb-1 text-lg font-semibold">{t("form.desks")}</legend>
        <p id={`${IDS.sedeIds}-hint`} className="mb-1 text-muted">
          {desks.length === 0 ? t("form.noAssignableDesks") : desksHint}
        </p>
        {otherDesks > 0 ? (
          <p id={`${IDS.sedeIds}-other`} className="mb-1 text-muted">
            {t("form.otherDesks", { count: otherDesks })}
          </p>
        ) : null}
        <FieldError id={errorId("sedeIds")} error={fieldErrors.sedeIds} prefix={t("form.fieldErrorPrefix")} />
        <ul className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
          {desks.map((desk) => (
            <li key={desk.id} className="flex items-start gap-3">
              <input
                id={`${IDS.sedeIds}-${desk.id}`}
                name="sedeIds"
                type="checkbox"
                value={desk.id}
                defaultChecked={values.sedeIds.includes(desk.id)}
                className="mt-1 h-5 w-5 shrink-0 accent-primary"
              />
              <label htmlFor={`${IDS.sedeIds}-${desk.id}`}>
                <span className="font-semibold">{desk.name}</span>
                <span className="block text-sm text-muted">
                  {t("form.deskDetails", { city: desk.city, code: desk.scuCode })}
                  {desk.active ? null : ` · ${t("form.inactiveDesk")}`}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <div>
        <label htmlFor={IDS.serviceStartsOn} className="mb-1 block font-semibold">
          {t("form.serviceStart")}
        </label>
        <p id={`${IDS.serviceStartsOn}-hint`} className="mb-1 text-muted">
          {t("form.serviceStartHint")}
        </p>
        <FieldError id={errorId("serviceStartsOn")} error={fieldErrors.serviceStartsOn} prefix={t("form.fieldErrorPrefix")} />
        <input
          id={IDS.serviceStartsOn}
          name="serviceStartsOn"
          type="date"
          defaultValue={values.serviceStartsOn}
          aria-invalid={fieldErrors.serviceStartsOn ? true : undefined}
          aria-describedby={describedBy(`${IDS.serviceStartsOn}-hint`, fieldErrors.serviceStartsOn && errorId("serviceStartsOn"))}
          className={`${inputClass} w-48`}
        />
      </div>

      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {editing ? t("form.submitUpdate") : t("form.submitCreate")}
        </button>
        <Link href={cancelHref}>{t("form.cancel")}</Link>
      </div>
    </form>
  );
}
