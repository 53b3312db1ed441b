import type { Metadata } from "next";

import { NotFoundContent, notFoundMetadata } from "@/components/errors/NotFoundContent";

export function generateMetadata(): Promise<Metadata> {
  return notFoundMetadata();
}

// notFound() in a citizen page (e.g. an unknown desk): the citizen layout is already around this.
export default function CitizenNotFound() {
  return <NotFoundContent />;
}
