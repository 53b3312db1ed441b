import { revalidatePath } from "next/cache";

/**
 * After an import from the upload page: drops the browsers' router cache of the public map pages, so
 * that a visitor navigating back sees the new figures. The maps' data needs no call here: it is cached
 * under the latest import's id (cached.ts). The path names the route group, as Next keys the pages by
 * their file path. Only inside Next (a server action or route): the CLI runs outside it.
 */
export function revalidateServiceMaps() {
  revalidatePath("/(citizen)/mappe-servizi", "layout");
}
