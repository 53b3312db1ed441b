"use client";

import { useRef, type KeyboardEvent, type ReactNode } from "react";

const STEP: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

/**
 * Arrow keys move between the calendar's bookable days, as in a date picker: left and right by day,
 * up and down by week (to the nearest bookable day in that direction). Tab still works without it.
 */
export function CalendarKeys({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);

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
    next?.focus();
  }

  return (
    <div ref={box} onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}
