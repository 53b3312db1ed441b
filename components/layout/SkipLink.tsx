/** The first focusable element of every page: keyboard users jump past the header in one key press. */
export function SkipLink({ label }: { label: string }) {
  return (
    <a
      href="#main-content"
      className="sr-only bg-white px-4 py-2 font-semibold text-primary focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50"
    >
      {label}
    </a>
  );
}
