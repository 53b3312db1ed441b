"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from "react";

const STEP: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
// Survives the navigation to the next or previous month, which replaces the calendar's links.
const FOCUS_KEY = "calendar-focus";

/**
 * Arrow keys move between the calendar's bookable days, as in a date picker: left and right by day,
 * up and down by week (to the nearest bookable day in that direction); past the month's last (or
 * first) bookable day they open the next (or previous) month on its first (or last) one. Tab still
 * works without it.
 */
export function CalendarKeys({
  month,
  previousHref,
  nextHref,
  children,
}: {
  month: string;
  previousHref?: string;
  nextHref?: string;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const router = useRouter();

  useEffect(() => {
    const wanted = sessionStorage.getItem(FOCUS_KEY);
    if (!wanted) return;
    sessionStorage.removeItem(FOCUS_KEY);
    const links = box.current?.querySelectorAll<HTMLAnchorElement>("a[data-calendar-day]");
    if (links?.length) (wanted === "last" ? links[links.length - 1] : links[0]).focus();
  }, [month]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = STEP[event.key] ?? (event.key === "Home" ? -99 : event.key === "End" ? 99 : 0);
    const links = [...(box.current?.querySelectorAll<HTMLAnchorElement>("a[data-calendar-day]") ?? [])];
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (!step || current < 0) return;
    event.preventDefault();
    const dayOf = (link: HTMLAnchorElement) => Number(link.textContent);
    const target = dayOf(links[current]) + step;
    const candidates = step > 0 ? links.filter((link) => dayOf(link) >= target) : links.filter((link) => dayOf(link) <= target).reverse();
    const next = Math.abs(step) === 99 ? (step > 0 ? links.at(-1) : links[0]) : candidates[0];
    if (next) return next.focus();
    const otherMonth = step > 0 ? nextHref : previousHref;
    if (!otherMonth) return;
    sessionStorage.setItem(FOCUS_KEY, step > 0 ? "first" : "last");
    router.push(otherMonth, { scroll: false });
  }

  return (
    <div ref={box} onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}
