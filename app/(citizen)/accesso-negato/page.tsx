import type { Metadata } from "next";

import { ForbiddenContent, forbiddenMetadata } from "@/components/staff/ForbiddenContent";
import { currentStaff } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { ...(await forbiddenMetadata()), robots: { index: false } };
}

// proxy.ts rewrites a staff area opened with the wrong role here, with status 403: unlike forbidden()
// from a page (an empty document until JavaScript runs, vercel/next.js#62228), this page is rendered
// on the server and reads without JavaScript.
export default async function AccessDeniedPage() {
  return <ForbiddenContent staff={await currentStaff()} />;
}
