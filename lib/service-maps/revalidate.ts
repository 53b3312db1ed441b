import { revalidatePath } from "next/cache";

/**
 * Refreshes the public service-map pages after an import. Only inside Next (a server action or route):
 * the CLI runs outside it and says so instead.
 */
export function revalidateServiceMaps() {
  revalidatePath("/mappe-servizi", "layout");
}
