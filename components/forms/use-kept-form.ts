"use client";

import { startTransition, useActionState, type FormEvent } from "react";

/**
 * useActionState with a submit that keeps what was typed: React resets a form after its action, and
 * a refused form should show the values again next to their errors. The form keeps its `action` too,
 * so that it still posts without JavaScript.
 */
export function useKeptForm<State>(action: (state: State | null, formData: FormData) => Promise<State | null>) {
  const [state, formAction, pending] = useActionState<State | null, FormData>(action, null);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(data));
  }
  return { state, formAction, pending, onSubmit };
}
