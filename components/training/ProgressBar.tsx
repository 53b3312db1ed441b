/**
 * A progress bar drawn for the eye only: the text beside it says the same (percent, attended and
 * target), so screen readers and high-contrast modes lose nothing.
 */
export function ProgressBar({ percent, text }: { percent: number | null; text: string }) {
  const width = percent === null ? 0 : Math.min(100, Math.max(0, percent));
  return (
    <div className="min-w-40">
      {percent !== null ? (
        <div aria-hidden="true" className="mb-1 h-3 w-full overflow-hidden rounded-full border border-muted bg-white">
          <div className={`h-full ${width >= 100 ? "bg-primary-strong" : "bg-primary"}`} style={{ width: `${width}%` }} />
        </div>
      ) : null}
      <span className="text-sm">{text}</span>
    </div>
  );
}
