"use client";

/** Opens the browser's print dialog; the page's print styles leave only the document. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="cursor-pointer rounded-md border-2 border-primary bg-white px-4 py-2 font-bold text-primary-strong hover:bg-primary-soft">
      {label}
    </button>
  );
}
