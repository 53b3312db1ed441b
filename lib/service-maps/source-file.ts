import path from "node:path";

/** Where the municipality's file is kept beside the project, as `../shared/seeds/…`. */
export const DEFAULT_SERVICE_MAPS_FILE = "../shared/seeds/002_f3e2f6e23cfacb70.txt";

/** The file the seed, the benchmark and the tests read: `SERVICE_MAPS_FILE` or the default, from the project root. */
export function serviceMapsFilePath(override: string | undefined, projectRoot: string): string {
  return path.resolve(projectRoot, override && override.trim() !== "" ? override : DEFAULT_SERVICE_MAPS_FILE);
}
