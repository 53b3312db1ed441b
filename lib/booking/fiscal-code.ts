// The codice fiscale's last character is a check character computed from the other fifteen (DM
// 23/12/1976): a typo in any one of them is caught here, before the citizen reaches the desk.

const ODD: Record<string, number> = {};
const EVEN: Record<string, number> = {};
// Values of characters in odd positions (1st, 3rd, …), digits and letters alike.
const ODD_VALUES = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
for (let i = 0; i < 26; i++) {
  const letter = String.fromCharCode(65 + i);
  ODD[letter] = ODD_VALUES[i];
  EVEN[letter] = i;
}
for (let digit = 0; digit <= 9; digit++) {
  ODD[String(digit)] = ODD_VALUES[digit];
  EVEN[String(digit)] = digit;
}

/**
 * Shape of a personal codice fiscale, with "omocodia": when two people would share a code, digits
 * are replaced by the letters L M N P Q R S T U V, so each digit position also accepts those.
 */
const SHAPE = /^[A-Z]{6}[0-9LMNP-V]{2}[ABCDEHLMPRST][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z]$/;

/** The check character of the first fifteen characters of a codice fiscale. */
export function fiscalCodeCheckCharacter(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) sum += (i % 2 === 0 ? ODD : EVEN)[first15[i]];
  return String.fromCharCode(65 + (sum % 26));
}

export type FiscalCodeProblem = "shape" | "check";

/** A codice fiscale as typed (any case, spaces) in its stored form, or why it is not one. */
export function parseFiscalCode(input: string): { ok: true; value: string } | { ok: false; problem: FiscalCodeProblem } {
  const value = input.replace(/\s+/g, "").toUpperCase();
  if (!SHAPE.test(value)) return { ok: false, problem: "shape" };
  if (fiscalCodeCheckCharacter(value) !== value[15]) return { ok: false, problem: "check" };
  return { ok: true, value };
}
