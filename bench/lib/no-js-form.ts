// What a browser without JavaScript sees of a server-rendered form and posts back: the form's hidden
// inputs (React's `$ACTION_REF_n`, `$ACTION_n:0`, `$ACTION_n:1` and `$ACTION_KEY` among them), in
// document order, plus the visible fields and the submit button that was pressed.

export type FormEntries = [name: string, value: string][];

export interface ParsedForm {
  hidden: FormEntries;
  /** Submit buttons that carry a name, as name=value pairs. */
  buttons: FormEntries;
}

const ENTITIES: Record<string, string> = { amp: "&", quot: '"', lt: "<", gt: ">", apos: "'", "#39": "'", "#x27": "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower in ENTITIES) return ENTITIES[lower];
    if (lower.startsWith("#x")) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith("#")) return String.fromCodePoint(Number(lower.slice(1)));
    return whole;
  });
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([^\s=/>]+)(?:="([^"]*)")?/g)) {
    found[match[1].toLowerCase()] = decode(match[2] ?? "");
  }
  return found;
}

/** Every `<form>` of the page, with its hidden inputs and named submit buttons. */
export function parseForms(html: string): ParsedForm[] {
  return [...html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)].map(([, body]) => {
    const hidden: FormEntries = [];
    for (const [tag] of body.matchAll(/<input\b[^>]*>/g)) {
      const attrs = attributes(tag.slice("<input".length));
      if (attrs.type === "hidden" && attrs.name) hidden.push([attrs.name, attrs.value ?? ""]);
    }
    const buttons: FormEntries = [];
    for (const [tag] of body.matchAll(/<button\b[^>]*>/g)) {
      const attrs = attributes(tag.slice("<button".length));
      if ((attrs.type ?? "submit") === "submit" && attrs.name) buttons.push([attrs.name, attrs.value ?? ""]);
    }
    return { hidden, buttons };
  });
}

/** The page's form that holds a hidden input named `field`, or null. */
export function formWith(html: string, field: string): ParsedForm | null {
  return parseForms(html).find((form) => form.hidden.some(([name]) => name === field)) ?? null;
}

export function toFormData(entries: FormEntries): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

/** The text of the page's first alert, to say why a form was refused. */
export function alertText(html: string): string {
  const match = /role="alert"[^>]*>([\s\S]*?)<\/(?:div|p|section)>/.exec(html);
  return match ? decode(match[1].replace(/<[^>]+>/g, " ")).replace(/\s+/g, " ").trim().slice(0, 200) : "";
}
