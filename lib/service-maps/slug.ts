import { z } from "zod";

/** A map's public address: lower-case words joined by hyphens, as the database's CHECK wants it. */
export const mapSlugSchema = z.string().max(120).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
