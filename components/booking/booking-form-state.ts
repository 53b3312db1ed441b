import type { Messages } from "@/lib/i18n/messages";

/** A message of the booking pages, as a key of messages/booking.*.json. */
export type BookingErrorKey = `booking.errors.${keyof Messages["booking"]["errors"]}`;

export type DetailsField = "name" | "email" | "phone" | "fiscalCode" | "consent";

export interface DetailsValues {
  name: string;
  email: string;
  phone: string;
  fiscalCode: string;
  consent: boolean;
}

export interface SlotOption {
  day: string;
  time: string;
  /** "martedì 1 dicembre, 09:30", in the page's language. */
  label: string;
}

/**
 * The details-and-summary form's state. `phase` says which of the two to show; a refusal keeps what
 * was typed, and a slot taken meanwhile comes with the nearest free times.
 */
export type BookingFormState =
  | null
  | { ok: true; data: { phase: "details" | "summary"; values: DetailsValues } }
  | {
      ok: false;
      phase: "details" | "summary";
      error: BookingErrorKey;
      fieldErrors: Partial<Record<DetailsField, BookingErrorKey>>;
      values: DetailsValues;
      alternatives?: SlotOption[];
      minutes?: number;
    };
