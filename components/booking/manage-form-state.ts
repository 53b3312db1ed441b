import type { BookingErrorKey } from "./booking-form-state";

/** The manage-booking forms' state; on success their actions redirect instead of answering. */
export type ManageFormState =
  | null
  | {
      ok: false;
      error: BookingErrorKey;
      fieldErrors: Partial<Record<"code" | "email" | "reason", BookingErrorKey>>;
      values?: { code: string; email: string };
      minutes?: number;
    };
