/** Small text helpers for the municipality's file: markup remnants, comparison keys, slugs. */

const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi;
const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&nbsp;": " " };

/** The text without HTML tags and entities, spaces collapsed: "<p>Criterio</p>" → "Criterio". */
export function stripMarkup(text: string): string {
  return text
    .replace(TAG, " ")
    .replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity])
    .replace(/\s+/g, " ")
    .trim();
}

/** The paragraphs of a cell written as "<p>a</p> <p>b</p>", or null when it is not written so. */
export function paragraphs(text: string): string[] | null {
  if (!/^\s*<p>/i.test(text) || (text.match(/<p>/gi)?.length ?? 0) < 2) return null;
  return text
    .split(/<\/p>/i)
    .map(stripMarkup)
    .filter((part) => part !== "");
}

/** Lower case without accents or punctuation: the key labels are compared on. */
export function normalizeLabel(text: string): string {
  return stripMarkup(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** "POLIZIA PROSSIMITA'" → "polizia-prossimita"; at most 120 characters, cut at a hyphen. */
export function slugify(text: string): string {
  const slug = normalizeLabel(text.replace(/['’`]/g, "")).replace(/ /g, "-");
  if (slug.length <= 120) return slug;
  return slug.slice(0, 121).replace(/-[^-]*$/, "");
}
