import { getFormatter, getTranslations } from "next-intl/server";

import { displayCell, type CellDisplay } from "@/components/service-maps/cell-display";
import { RawDisclosure } from "@/components/service-maps/RawDisclosure";
import { ValueCell } from "@/components/service-maps/ValueCell";
import { programmeTable } from "@/lib/programme-indicators/layout";
import type { ProgrammeCell, ProgrammeView } from "@/lib/programme-indicators/read";

const cellClass = "py-2 pr-4 align-top";
const numberClass = `${cellClass} text-right tabular-nums whitespace-nowrap`;

/**
 * A programme's indicators as one table: indicator, operational objective, target, actual value per
 * year (figures localized, n.d. and n.a. said as such, never as zeros), the notes numbered under it,
 * and behind a disclosure the same table in the report's own text.
 */
export async function ProgrammeTable({ programme, id }: { programme: ProgrammeView; id: string }) {
  const [t, tStatus, format] = await Promise.all([getTranslations("programmes"), getTranslations("serviceMaps.map.status"), getFormatter()]);
  const layout = programmeTable(programme);
  const absent: CellDisplay = { text: t("table.absent"), spoken: t("table.absentLong"), isStatus: true };
  const shown = (cell: ProgrammeCell | null): CellDisplay => (cell ? displayCell(cell, format, tStatus) : absent);
  const noteId = (number: number) => `${id}-note-${number}`;
  const headers = [t("table.target"), ...layout.years.map((year) => t("table.actual", { year: String(year) }))];

  return (
    <div className="mt-4" data-testid={id}>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left" aria-describedby={layout.notes.length ? `${id}-notes` : undefined}>
          <caption className="mb-2 text-left text-lg font-semibold">{t("table.caption", { code: programme.code })}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className={`${cellClass} font-semibold`}>
                {t("table.indicator")}
              </th>
              <th scope="col" className={`${cellClass} font-semibold`}>
                {t("table.objective")}
              </th>
              {headers.map((header) => (
                <th key={header} scope="col" className={`${cellClass} text-right font-semibold`}>
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {layout.rows.map((row) => (
              <tr key={row.indicator.position} className="border-b border-line">
                <th scope="row" className={`${cellClass} font-normal`}>
                  {row.indicator.name}
                  {row.note ? (
                    <sup className="ml-1">
                      <a href={`#${noteId(row.note)}`}>
                        <span className="sr-only">{t("table.noteRef", { number: row.note })}</span>
                        <span aria-hidden="true">{row.note}</span>
                      </a>
                    </sup>
                  ) : null}
                </th>
                <td className={`${cellClass} text-sm`}>{row.indicator.objective ?? <span className="text-muted">{tStatus("EMPTY")}</span>}</td>
                {[row.target, ...row.actuals].map((cell, column) => (
                  <ValueCell key={column} shown={shown(cell)} className={numberClass} column={column} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {layout.notes.length > 0 ? (
        <div id={`${id}-notes`} className="mt-2 text-sm">
          <p className="font-semibold">{t("table.notes")}</p>
          <ol className="list-none">
            {layout.notes.map((note) => (
              <li key={note.number} id={noteId(note.number)} className="mt-1 max-w-prose">
                {note.number}. {note.text}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      <RawDisclosure summary={t("raw.show", { code: programme.code })} testId={`${id}-raw`}>
        <table className="w-full border-collapse text-left font-mono text-sm">
          <caption className="mb-1 text-left font-sans">{t("raw.caption", { code: programme.code })}</caption>
          <thead>
            <tr className="border-b-2 border-ink font-sans">
              <th scope="col" className={cellClass}>
                {t("table.indicator")}
              </th>
              {headers.map((header) => (
                <th key={header} scope="col" className={cellClass}>
                  {header}
                </th>
              ))}
              <th scope="col" className={cellClass}>
                {t("raw.note")}
              </th>
              <th scope="col" className={cellClass}>
                {t("raw.lines")}
              </th>
            </tr>
          </thead>
          <tbody>
            {layout.rows.map((row) => (
              <tr key={row.indicator.position} className="border-b border-line">
                <th scope="row" className={`${cellClass} font-normal whitespace-pre-wrap`}>
                  {row.indicator.name}
                </th>
                {[row.target, ...row.actuals].map((cell, column) => (
                  <td key={column} className={`${cellClass} whitespace-pre-wrap`} data-column={column}>
                    {cell ? cell.raw || <span className="font-sans text-muted">{t("raw.empty")}</span> : <span className="font-sans text-muted">{t("raw.absent")}</span>}
                  </td>
                ))}
                <td className={`${cellClass} whitespace-pre-wrap`}>{row.indicator.note ?? <span className="font-sans text-muted">{t("raw.empty")}</span>}</td>
                <td className={`${cellClass} font-sans`}>{format.list(row.indicator.lines.map(String))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </RawDisclosure>
    </div>
  );
}
