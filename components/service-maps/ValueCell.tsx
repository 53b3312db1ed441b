import type { CellDisplay } from "./cell-display";

/**
 * A table cell of a parsed value: a status (n.d., n.a., empty) muted and in italics, with its long
 * form for screen readers where the short one is not enough.
 */
export function ValueCell({ shown, className, column }: { shown: CellDisplay; className: string; column: number }) {
  return (
    <td className={`${className} ${shown.isStatus ? "text-muted italic" : ""}`} data-column={column}>
      {shown.spoken ? (
        <>
          <span aria-hidden="true">{shown.text}</span>
          <span className="sr-only">{shown.spoken}</span>
        </>
      ) : (
        shown.text
      )}
    </td>
  );
}
