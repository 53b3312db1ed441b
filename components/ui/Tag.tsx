import type { ReactNode } from "react";

const variants = {
  soft: "bg-primary-soft text-primary-strong",
  solid: "bg-primary text-white",
} as const;

export function Tag({ children, variant = "soft" }: { children: ReactNode; variant?: keyof typeof variants }) {
  return (
    <span className={`inline-block rounded-full px-3 py-0.5 text-sm font-semibold ${variants[variant]}`}>{children}</span>
  );
}

/** Tags as a list, so screen readers announce how many there are. */
export function TagList({ items, labelledBy }: { items: { key: string; label: ReactNode }[]; labelledBy?: string }) {
  return (
    <ul className="flex flex-wrap gap-2" aria-labelledby={labelledBy}>
      {items.map((item) => (
        <li key={item.key}>
          <Tag>{item.label}</Tag>
        </li>
      ))}
    </ul>
  );
}
