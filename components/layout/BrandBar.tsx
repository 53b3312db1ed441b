import Link from "next/link";

import { Container } from "@/components/ui/Container";

import { BrandMark } from "./BrandMark";

interface BrandBarProps {
  name: string;
  tagline: string;
  /** The staff area's name, shown next to the brand in the staff shells. */
  area?: string;
  areaNote?: string;
}

// Strings come in as props so that the client-side error page can use this bar too.
export function BrandBar({ name, tagline, area, areaNote }: BrandBarProps) {
  return (
    <div className="bg-primary text-white">
      <Container className="flex items-center gap-3 py-4 sm:gap-4 sm:py-6">
        <BrandMark className="h-10 w-10 shrink-0 sm:h-14 sm:w-14" />
        <div className="min-w-0">
          <Link
            href="/"
            className="text-2xl font-bold leading-tight text-white no-underline hover:text-white hover:underline sm:text-3xl"
          >
            {name}
          </Link>
          <p className="text-sm leading-snug sm:text-base">{tagline}</p>
        </div>
        {area ? (
          <div className="ml-auto text-right">
            <p className="rounded-md border-2 border-white px-3 py-1 text-base font-bold sm:text-lg">{area}</p>
            {areaNote ? <p className="mt-1 hidden text-sm sm:block">{areaNote}</p> : null}
          </div>
        ) : null}
      </Container>
    </div>
  );
}
