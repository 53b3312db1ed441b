import path from "node:path";

/** Where `npm run dev` keeps its embedded PostgreSQL (git-ignored). */
export const EMBEDDED_DATA_DIR = path.join(process.cwd(), ".data", "postgres");
export const EMBEDDED_DATABASE = "sportello";
