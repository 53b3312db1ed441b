import type { Metadata } from "next";

import { ForbiddenContent, forbiddenMetadata } from "@/components/staff/ForbiddenContent";
import { currentStaff } from "@/lib/auth/session";

export function generateMetadata(): Promise<Metadata> {
  return forbiddenMetadata();
}

// forbidden() from a supervision page that the area's layout let through (an OLP opening the outbox,
// or a user outside their desks): the staff shell is already around this.
export default async function OlpForbidden() {
  return <ForbiddenContent staff={await currentStaff()} />;
}
