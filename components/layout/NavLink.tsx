"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

interface NavLinkProps {
  href: string;
  children: ReactNode;
  /** Other paths under this entry (e.g. "/sedi" under the catalogue): marked as the current section. */
  sections?: string[];
}

// A client component only because a layout is not told the current path; it renders on the server too.
export function NavLink({ href, children, sections = [] }: NavLinkProps) {
  const pathname = usePathname();
  const isPage = pathname === href;
  const inSection = !isPage && sections.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  const current = isPage ? "page" : inSection ? "true" : undefined;
  return (
    <Link
      href={href}
      aria-current={current}
      className={`block border-b-4 px-3 py-3 font-semibold text-white no-underline hover:text-white hover:underline sm:px-4 ${
        current ? "border-white" : "border-transparent"
      }`}
    >
      {children}
    </Link>
  );
}
