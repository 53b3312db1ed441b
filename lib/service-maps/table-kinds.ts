import { normalizeLabel } from "./text";
import type { ManagementForm, TableKind } from "./types";

export type Section = "CONTENT" | "OUTPUTS" | "USERS" | "SYSTEM";

/** The section a heading line opens ("Utenza del Servizio (a chi lo eroga?)" → USERS), or null. */
export function sectionOf(normalized: string): Section | null {
  if (normalized.startsWith("contenuto del servizio")) return "CONTENT";
  if (normalized.startsWith("output del servizio")) return "OUTPUTS";
  if (normalized.startsWith("utenza del servizio")) return "USERS";
  if (normalized.startsWith("sistema di erogazione")) return "SYSTEM";
  return null;
}

/** "1) Elemento centrale" and "2) Elementi accessori" announce the two content tables. */
export function contentTableOf(normalized: string): TableKind | null {
  if (/^1 element[oi] central/.test(normalized)) return "CORE_ELEMENTS";
  if (/^2 element[oi] accessor/.test(normalized)) return "ACCESSORY_ELEMENTS";
  return null;
}

/**
 * The table a line's first cell starts, with the label variants and typos of the file ("Criteria" and
 * "Criteri di segmentazione", "Stutture"), or null. `cells` are the line's other non-empty cells.
 */
export function tableStartedBy(normalized: string, cells: string[]): TableKind | null {
  if (normalized.startsWith("segmenti di utenza coinvolti")) return "INVOLVED_SEGMENTS";
  if (/^st?r?u?t+ure erogative/.test(normalized)) return "DELIVERY_SITES";
  if (normalized.startsWith("risorse umane")) return "STAFF";
  if (normalized.startsWith("forma gestionale")) return "MANAGEMENT";
  if (/^criteri[a-z]* di segmentazione/.test(normalized)) return "SEGMENTATION_CRITERIA";
  if (normalized.startsWith("utenti seguiti")) return "USERS_FOLLOWED";
  if (normalized === "tipologia" && cells.some((cell) => normalizeLabel(cell) === "quantita")) return "OUTPUTS";
  if (normalized === "segmenti di utenza") return "USER_SEGMENTS";
  if (normalized === "elemento") return "CORE_ELEMENTS";
  if (normalized === "elementi accessori") return "ACCESSORY_ELEMENTS";
  return null;
}

export const YEARLY_KINDS: ReadonlySet<TableKind> = new Set(["OUTPUTS", "USERS_FOLLOWED"]);

/** Header words: a line made only of these names columns rather than holding a row. */
export function isHeaderWord(normalized: string, kind: TableKind): boolean {
  if (["descrizione", "criterio", "criteria", "criteri", "note", "quantita", "tipologia"].includes(normalized)) return true;
  if (/^st?r?u?t+ure$/.test(normalized) || normalized.startsWith("ruolo nell")) return true;
  if (normalized === "elemento" || normalized === "elementi accessori") return kind === "CORE_ELEMENTS" || kind === "ACCESSORY_ELEMENTS";
  if (normalized === "segmenti di utenza") return kind === "USER_SEGMENTS" || kind === "INVOLVED_SEGMENTS";
  return false;
}

/** Headers that name the label column itself (so the title is not one). */
export function namesLabelColumn(normalized: string): boolean {
  return (
    ["criterio", "criteria", "criteri", "segmenti di utenza", "elemento", "elementi accessori"].includes(normalized) ||
    /^st?r?u?t+ure$/.test(normalized)
  );
}

/** "Diretta" → DIRECT, "Esternalizzata" → OUTSOURCED, "Mista" → MIXED. */
export function managementFormOf(normalized: string): ManagementForm | null {
  if (normalized.startsWith("dirett")) return "DIRECT";
  if (normalized.startsWith("esternalizzat")) return "OUTSOURCED";
  if (normalized.startsWith("mist")) return "MIXED";
  return null;
}

/** "31/12/2024" or "2024": the year a column is for, or null. */
export function yearOf(header: string): number | null {
  const match = /^(?:\d{1,2}\/\d{1,2}\/)?((?:19|20)\d\d)$/.exec(header.trim());
  return match ? Number(match[1]) : null;
}
