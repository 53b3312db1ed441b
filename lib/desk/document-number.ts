// Shapes of Italian identity document numbers, to catch a misread number at the desk. The number
// is checked and dropped: only the document type and the fact that it was checked are stored.

const SHAPES: Record<string, RegExp> = {
  // Electronic identity card: two letters, five digits, two letters (e.g. CA00000AA).
  CIE: /^[A-Z]{2}\d{5}[A-Z]{2}$/,
  // Paper identity card: two letters and seven digits (e.g. AY1234567).
  PAPER_ID: /^[A-Z]{2}\d{7}$/,
  // Passport: two letters and seven digits (e.g. YA1234567).
  PASSPORT: /^[A-Z]{2}\d{7}$/,
  // Driving licence: two letters, seven digits, one letter (e.g. U11234567X), or older forms.
  DRIVING_LICENCE: /^[A-Z0-9]{10}$/,
};

/** Whether `number` has the shape of a document of type `type`; spaces and case are ignored. */
export function isDocumentNumber(type: string, number: string): boolean {
  const shape = SHAPES[type];
  return Boolean(shape?.test(number.replace(/\s+/g, "").toUpperCase()));
}
