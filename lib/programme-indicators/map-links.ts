import type { ProgrammeView } from "./read";

/**
 * The service maps whose office carries out a programme of the report: its map page links to the
 * programme's indicators. Only ANAGRAFE has one among the maps (programme 1.07, registry office); the
 * report's other citizen-service programmes (1.02, 1.08) are central offices with no map of their own.
 */
export const MAP_PROGRAMME_LINKS: { service: RegExp; programme: string }[] = [{ service: /^\s*ANAGRAFE\s*$/i, programme: "1.07" }];

/** The imported programme a map's page links to, if any (none when that programme is not imported). */
export function programmeForMap<P extends Pick<ProgrammeView, "code">>(mapTitle: string | null, programmes: P[]): P | null {
  if (!mapTitle) return null;
  const code = MAP_PROGRAMME_LINKS.find((link) => link.service.test(mapTitle))?.programme;
  return programmes.find((programme) => programme.code === code) ?? null;
}
