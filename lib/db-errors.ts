// PostgreSQL is the first line of data integrity here; these helpers turn its refusals (as Prisma's
// pg driver adapter reports them) into something the application can answer with a clear message.

export type ViolationKind = "unique" | "foreign_key" | "check" | "exclusion" | "not_null";

export interface ConstraintViolation {
  kind: ViolationKind;
  /** The constraint's name, e.g. "Sede_scuCode_key", when PostgreSQL names it. */
  constraint: string | null;
}

const KINDS: Record<string, ViolationKind> = {
  "23505": "unique",
  "23503": "foreign_key",
  // PostgreSQL 18 reports ON DELETE RESTRICT as its own code; 15 reports 23503.
  "23001": "foreign_key",
  "23514": "check",
  "23P01": "exclusion",
  "23502": "not_null",
};

interface AdapterCause {
  originalCode?: string;
  code?: string;
  originalMessage?: string;
  constraint?: { index?: string; fields?: string[] } | string;
}

function adapterCause(error: unknown): AdapterCause | null {
  if (typeof error !== "object" || error === null) return null;
  const meta = (error as { meta?: { driverAdapterError?: { cause?: AdapterCause } } }).meta;
  const cause = meta?.driverAdapterError?.cause ?? (error as { cause?: AdapterCause }).cause;
  return cause && typeof cause === "object" ? cause : null;
}

/** The integrity constraint PostgreSQL refused `error` for, or null for any other error. */
export function constraintViolation(error: unknown): ConstraintViolation | null {
  const cause = adapterCause(error);
  const code = cause?.originalCode ?? cause?.code;
  const kind = code ? KINDS[code] : undefined;
  if (!cause || !kind) return null;
  const named =
    typeof cause.constraint === "string" ? cause.constraint : (cause.constraint?.index ?? null);
  const quoted = /constraint "([^"]+)"/.exec(cause.originalMessage ?? "")?.[1] ?? null;
  return { kind, constraint: named ?? quoted };
}

/** True when `error` is PostgreSQL refusing the named constraint. */
export function violates(error: unknown, constraint: string): boolean {
  return constraintViolation(error)?.constraint === constraint;
}
