/**
 * What a staff form's action answers: a message to announce (a messages key and its values), or the
 * refusal with the key of each field's error. Each area narrows the keys to its own messages.
 */
export type FormState<ErrorKey extends string = string, DoneKey extends string = string> =
  | null
  | { ok: true; data: { message: DoneKey; values: Record<string, string>; at: number } }
  | { ok: false; error: ErrorKey; fieldErrors: Partial<Record<string, ErrorKey>>; values?: Record<string, string>; at: number };
