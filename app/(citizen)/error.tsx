"use client";

import { ErrorMessage } from "@/components/errors/ErrorMessage";
import { Container } from "@/components/ui/Container";

// Inside the citizen layout: header, navigation and footer stay, only the page is replaced.
export default function CitizenError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <Container>
      <ErrorMessage error={error} retry={retry} />
    </Container>
  );
}
