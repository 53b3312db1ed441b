import type { Metadata } from "next";

import { NotFoundContent, notFoundMetadata } from "@/components/errors/NotFoundContent";

export function generateMetadata(): Promise<Metadata> {
  return notFoundMetadata();
}

// notFound() in a supervision page (e.g. a malformed user id): the staff shell is already around this;
// the root not-found page would bring a second, citizen shell.
export default function OlpNotFound() {
  return <NotFoundContent />;
}
