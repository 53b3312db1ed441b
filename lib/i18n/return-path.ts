const MAX_LENGTH = 2048;
const ORIGIN = "http://sportello.invalid";

/**
 * The local path to send a visitor back to after a form post, or "/" when `value` is not one.
 * Only "/…" is local: "//host" and "/\host" are read by browsers as links to another site.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || value.length > MAX_LENGTH) return "/";
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    // Browsers drop tabs and newlines from URLs, which can turn "/\t/host" into "//host".
    if (code < 0x20 || code === 0x7f || char === "\\") return "/";
  }
  const url = new URL(value, ORIGIN);
  // Dot segments collapse during parsing: "/a/../..//host" comes out as "//host".
  if (url.origin !== ORIGIN || url.pathname.startsWith("//")) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
