"use client";

import { usePathname, useSearchParams } from "next/navigation";

/**
 * The current path and query as a hidden field, so that a form posted without JavaScript can bring
 * the visitor back to the same page. Rendered on the server like any other component.
 */
export function ReturnPathField() {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return <input type="hidden" name="returnTo" value={search ? `${pathname}?${search}` : pathname} />;
}
