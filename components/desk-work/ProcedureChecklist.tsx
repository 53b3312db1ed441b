"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";

import { describedBy, FieldError, inputClass } from "@/components/users/form-parts";
import { parseFiscalCode } from "@/lib/booking/fiscal-code";
import { isDocumentNumber } from "@/lib/desk/document-number";
import type { ProcedureStepView } from "@/lib/desk/procedure";

import type { DeskErrorKey } from "./desk-form-state";
import { loadTicks, needsSecret, saveTicks, type Tick } from "./procedure-queue";

type StepState = { done: boolean; value: string | null };
type SendTick = (tick: Tick & { visitId: string }) => Promise<{ ok: true } | { ok: false; error: DeskErrorKey }>;

/**
 * The guided procedure: each tick shows at once, goes into a queue kept in the browser, and is sent
 * in order; when the network is gone the queue waits and is sent again when it is back. The server
 * keeps the newest tick per step, so a resend never duplicates or undoes anything.
 */
export function ProcedureChecklist({
  visitId,
  steps,
  initial,
  readOnly,
  send,
}: {
  visitId: string;
  steps: ProcedureStepView[];
  initial: Record<string, StepState>;
  readOnly: boolean;
  send: SendTick;
}) {
  const t = useTranslations("deskWork");
  const tAll = useTranslations();
  const [state, setState] = useState<Record<string, StepState>>(initial);
  const [errors, setErrors] = useState<Record<string, DeskErrorKey>>({});
  const [pending, setPending] = useState(0);
  const [offline, setOffline] = useState(false);
  const [reverify, setReverify] = useState<string[]>([]);
  const queue = useRef<Tick[]>([]);
  const sending = useRef(false);
  const kindOf = useCallback((key: string) => steps.find((step) => step.key === key)?.kind, [steps]);

  const flush = useCallback(async () => {
    if (sending.current) return;
    sending.current = true;
    try {
      while (queue.current.length > 0) {
        const tick = queue.current[0];
        let result: Awaited<ReturnType<SendTick>>;
        try {
          result = await send({ ...tick, visitId });
        } catch {
          setOffline(true); // the request never got an answer: keep the tick for later
          return;
        }
        setOffline(false);
        queue.current = queue.current.slice(1);
        saveTicks(visitId, queue.current);
        setPending(queue.current.length);
        if (!result.ok) {
          setErrors((current) => ({ ...current, [tick.stepKey]: result.error }));
          setState((current) => ({ ...current, [tick.stepKey]: { done: false, value: null } }));
        }
      }
    } finally {
      sending.current = false;
    }
  }, [send, visitId]);

  // Ticks left from a lost connection (this page, reloaded): shown, then sent. Read after the first
  // render, since the server has no browser storage.
  const restore = useCallback(async () => {
    const stored = loadTicks(visitId);
    const sendable = stored.filter((tick) => !needsSecret(tick, kindOf(tick.stepKey)));
    const dropped = stored.filter((tick) => needsSecret(tick, kindOf(tick.stepKey))).map((tick) => tick.stepKey);
    if (dropped.length) setReverify(dropped);
    if (sendable.length === 0) return saveTicks(visitId, []);
    queue.current = sendable;
    saveTicks(visitId, sendable);
    setPending(sendable.length);
    setState((current) => {
      const next = { ...current };
      for (const tick of sendable) next[tick.stepKey] = { done: tick.done, value: tick.value ?? null };
      return next;
    });
    void flush();
  }, [visitId, kindOf, flush]);

  useEffect(() => {
    // After hydration, so that the first render matches the server's.
    const timer = setTimeout(() => void restore(), 0);
    return () => clearTimeout(timer);
  }, [restore]);

  useEffect(() => {
    const back = () => void flush();
    const gone = () => setOffline(true);
    window.addEventListener("online", back);
    window.addEventListener("offline", gone);
    // A connection can come back without an "online" event (a server restart): try again regularly.
    const retry = setInterval(() => {
      if (queue.current.length > 0) void flush();
    }, 5000);
    return () => {
      window.removeEventListener("online", back);
      window.removeEventListener("offline", gone);
      clearInterval(retry);
    };
  }, [flush]);

  function tick(stepKey: string, done: boolean, extra: Omit<Tick, "stepKey" | "done" | "clientAt"> = {}) {
    const entry: Tick = { stepKey, done, ...extra, clientAt: new Date().toISOString() };
    setErrors((current) => {
      const next = { ...current };
      delete next[stepKey];
      return next;
    });
    setReverify((current) => current.filter((key) => key !== stepKey));
    setState((current) => ({ ...current, [stepKey]: { done, value: extra.value ?? null } }));
    queue.current = [...queue.current, entry];
    saveTicks(visitId, queue.current);
    setPending(queue.current.length);
    void flush();
  }

  const doneCount = steps.filter((step) => state[step.key]?.done).length;
  const prefix = tAll("booking.form.fieldErrorPrefix");

  return (
    <div className="space-y-4">
      <p className="font-semibold">{t("visit.progress", { done: doneCount, total: steps.length })}</p>
      <div role="status" aria-live="polite" className="min-h-6">
        {offline ? (
          <p className="rounded-md border-l-4 border-notice bg-notice-soft px-4 py-2 font-semibold text-notice">
            {t("visit.offline")} {pending > 0 ? t("visit.pending", { count: pending }) : null}
          </p>
        ) : pending > 0 ? (
          <p>{t("visit.pending", { count: pending })}</p>
        ) : null}
      </div>
      {reverify.map((key) => (
        <p key={key} role="alert" className="font-semibold text-notice">
          {t("visit.reverify", { step: steps.find((step) => step.key === key)?.label ?? key })}
        </p>
      ))}
      <ol className="space-y-3">
        {steps.map((step, index) => (
          <li key={step.key} className="rounded-md border-2 border-line p-4">
            <StepControl
              step={step}
              number={index + 1}
              state={state[step.key] ?? { done: false, value: null }}
              error={errors[step.key]}
              prefix={prefix}
              readOnly={readOnly}
              onTick={tick}
              onInvalid={(error) => setErrors((current) => ({ ...current, [step.key]: error }))}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}

function StepControl({
  step,
  number,
  state,
  error,
  prefix,
  readOnly,
  onTick,
  onInvalid,
}: {
  step: ProcedureStepView;
  number: number;
  state: StepState;
  error: DeskErrorKey | undefined;
  prefix: string;
  readOnly: boolean;
  onTick: (stepKey: string, done: boolean, extra?: Omit<Tick, "stepKey" | "done" | "clientAt">) => void;
  onInvalid: (error: DeskErrorKey) => void;
}) {
  const t = useTranslations("deskWork");
  const id = `step-${step.key}`;
  const hintId = step.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const [documentType, setDocumentType] = useState(step.options[0]?.value ?? "");
  const [secret, setSecret] = useState("");
  const label = (
    <>
      {number}. {step.label}
      {step.required ? null : <span className="font-normal text-muted"> ({t("visit.optional")})</span>}
    </>
  );
  const hint = step.hint ? (
    <p id={hintId} className="mt-1 text-sm text-muted">
      {step.hint}
    </p>
  ) : null;

  if (step.kind === "CHECK") {
    return (
      <div>
        <div className="flex items-start gap-3">
          <input
            id={id}
            type="checkbox"
            checked={state.done}
            disabled={readOnly}
            onChange={(event) => onTick(step.key, event.target.checked)}
            aria-describedby={describedBy(errorId, hintId)}
            className="mt-1 h-5 w-5 shrink-0"
          />
          <label htmlFor={id} className="font-semibold">
            {label}
          </label>
        </div>
        <FieldError id={`${id}-error`} error={error} prefix={prefix} />
        {hint}
      </div>
    );
  }

  if (step.kind === "CHOICE") {
    return (
      <div>
        <label htmlFor={id} className="mb-1 block font-semibold">
          {label}
        </label>
        {hint}
        <FieldError id={`${id}-error`} error={error} prefix={prefix} />
        <select
          id={id}
          value={state.done ? (state.value ?? "") : ""}
          disabled={readOnly}
          onChange={(event) => onTick(step.key, event.target.value !== "", event.target.value ? { value: event.target.value } : {})}
          aria-describedby={describedBy(errorId, hintId)}
          className={inputClass}
        >
          <option value="">{t("visit.choose")}</option>
          <StepOptions options={step.options} />
        </select>
      </div>
    );
  }

  // ID_DOCUMENT and FISCAL_CODE: checked here and on the server, then forgotten.
  if (state.done) {
    const chosen = step.options.find((option) => option.value === state.value)?.label;
    return (
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="font-semibold">
          {label}: <span className="text-primary-strong">✓ {chosen ? `${t("visit.verified")} (${chosen})` : t("visit.verified")}</span>
        </p>
        {readOnly ? null : (
          <button type="button" onClick={() => onTick(step.key, false)} className="cursor-pointer rounded-md border-2 border-primary px-3 py-1 font-semibold text-primary-strong">
            {t("visit.undo", { step: step.label })}
          </button>
        )}
      </div>
    );
  }

  function verify() {
    if (step.kind === "ID_DOCUMENT") {
      if (!isDocumentNumber(documentType, secret)) return onInvalid("deskWork.errors.documentNumberInvalid");
      onTick(step.key, true, { value: documentType, documentNumber: secret });
    } else {
      if (!parseFiscalCode(secret).ok) return onInvalid("deskWork.errors.fiscalCodeInvalid");
      onTick(step.key, true, { fiscalCode: secret });
    }
    setSecret("");
  }

  return (
    <fieldset aria-describedby={describedBy(errorId, hintId)}>
      <legend className="font-semibold">{label}</legend>
      {hint}
      <FieldError id={`${id}-error`} error={error} prefix={prefix} />
      <div className="mt-2 flex flex-wrap items-end gap-3">
        {step.kind === "ID_DOCUMENT" ? (
          <div>
            <label htmlFor={`${id}-type`} className="mb-1 block text-sm font-semibold">
              {t("visit.documentType")}
            </label>
            <select id={`${id}-type`} value={documentType} disabled={readOnly} onChange={(event) => setDocumentType(event.target.value)} className={inputClass}>
              <StepOptions options={step.options} />
            </select>
          </div>
        ) : null}
        <div>
          <label htmlFor={`${id}-value`} className="mb-1 block text-sm font-semibold">
            {step.kind === "ID_DOCUMENT" ? t("visit.documentNumber") : t("visit.fiscalCode")}
          </label>
          <input
            id={`${id}-value`}
            type="text"
            value={secret}
            disabled={readOnly}
            onChange={(event) => setSecret(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                verify();
              }
            }}
            autoComplete="off"
            spellCheck={false}
            maxLength={40}
            aria-invalid={error ? true : undefined}
            aria-describedby={errorId}
            className={`${inputClass} font-mono uppercase`}
          />
        </div>
        <button type="button" disabled={readOnly} onClick={verify} className="cursor-pointer rounded-md border-2 border-primary bg-primary px-4 py-2 font-bold text-white hover:bg-primary-hover">
          {t("visit.verify")}
        </button>
      </div>
    </fieldset>
  );
}

function StepOptions({ options }: { options: ProcedureStepView["options"] }) {
  return options.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));
}
