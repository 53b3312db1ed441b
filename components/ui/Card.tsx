import type { ReactNode } from "react";

interface CardProps {
  children: ReactNode;
  /** "li" when the card is one item of a list of cards. */
  as?: "div" | "li" | "article" | "section";
  className?: string;
  /** Id of the card's heading; names the card when it is a section. */
  labelledBy?: string;
}

export function Card({ children, as: Element = "div", className = "", labelledBy }: CardProps) {
  return (
    <Element
      aria-labelledby={labelledBy}
      className={`rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6 ${className}`}>{children}</Element>
  );
}
