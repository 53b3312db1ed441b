/**
 * The programmes of the report that concern the services citizens get at the desks and online: the
 * registry office (identity cards, certificates: 1.07), information systems (SPID, ANPR, online
 * services: 1.08), and the general secretariat's multi-service desk ("sportello polifunzionale": 1.02).
 * Only their indicators are imported; the others are counted in the summary as left out.
 */
export const CITIZEN_SERVICE_PROGRAMMES: ReadonlySet<string> = new Set(["1.02", "1.07", "1.08"]);
