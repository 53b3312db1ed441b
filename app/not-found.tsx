import type { Metadata } from "next";

import { NotFoundContent, notFoundMetadata } from "@/components/errors/NotFoundContent";
import { SiteShell } from "@/components/layout/SiteShell";

export function generateMetadata(): Promise<Metadata> {
  return notFoundMetadata();
}

// For addresses that match no route: only the root layout is around this page, so it brings the
// citizen shell itself. A notFound() inside the citizen pages gets (citizen)/not-found.tsx instead.
export default function NotFound() {
  return (
    <SiteShell>
      <NotFoundContent />
    </SiteShell>
  );
}
