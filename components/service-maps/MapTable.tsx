import { getFormatter, getTranslations } from "next-intl/server";

import type { MapTable as MapTableData } from "@/lib/service-maps/read";

import { displayCell } from "./cell-display";
import { RawDisclosure } from "./RawDisclosure";
import { ValueCell } from "./ValueCell";

const cellClass = "py-2 pr-4 align-top";

/**
 * One table of a map as the file gives it: a caption, column headers, a header for each row, each
 * cell parsed (figures localized, n.d. and n.a. said as such, never as zeros), the notes under it, and
 * behind a disclosure the same table in the file's own text.
 */
export async function MapTable({ table, id }: { table: MapTableData; id: string }) {
  const [t, tStatus, format] = await Promise.all([getTranslations("serviceMaps.map"), getTranslations("serviceMaps.map.status"), getFormatter()]);
  const caption = t(`tableKinds.${table.kind}`);
  const width = Math.max(table.columns.length, ...table.rows.map((row) => row.cells.length));
  const headers = Array.from({ length: width }, (_, column) => table.columns[column] || t("valueHeader"));
  const yearly = table.years.length > 0;
  const numberClass = `${cellClass} ${yearly ? "text-right tabular-nums whitespace-nowrap" : ""}`;

  return (
    <div className="mt-4" data-testid={id}>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left" aria-describedby={table.footnotes.length ? `${id}-notes` : undefined}>
          <caption className="mb-2 text-left text-lg font-semibold">{caption}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className={`${cellClass} font-semibold`}>
                {t(`labelHeaders.${table.kind}`)}
              </th>
              {headers.map((header, column) => (
                <th key={column} scope="col" className={`${cellClass} font-semibold ${yearly ? "text-right" : ""}`}>
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key} className="border-b border-line">
                <th scope="row" className={`${cellClass} font-normal`}>
                  {row.label || <span className="text-muted">{tStatus("EMPTY")}</span>}
                  {row.footnoteMarker}
                </th>
                {Array.from({ length: width }, (_, column) => {
                  const cell = row.cells[column];
                  const shown = cell ? displayCell(cell, format, tStatus) : { text: tStatus("EMPTY"), spoken: tStatus("emptyLong"), isStatus: true };
                  return <ValueCell key={column} shown={shown} className={numberClass} column={column} />;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.footnotes.length > 0 ? (
        <div id={`${id}-notes`} className="mt-2 text-sm">
          <p className="font-semibold">{t("footnotes")}</p>
          <ul>
            {table.footnotes.map((note) => (
              <li key={note.marker}>
                {note.marker} {note.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <RawDisclosure summary={t("raw.show", { title: caption })} testId={`${id}-raw`}>
        <table className="w-full border-collapse text-left font-mono text-sm">
          <caption className="mb-1 text-left font-sans">{t("raw.caption", { title: table.title })}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className={cellClass}>
                {table.title}
              </th>
              {headers.map((header, column) => (
                <th key={column} scope="col" className={cellClass}>
                  {table.columns[column] ?? ""}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key} className="border-b border-line">
                <th scope="row" className={`${cellClass} font-normal whitespace-pre-wrap`}>
                  {row.labelRaw || <span className="font-sans text-muted">{t("raw.empty")}</span>}
                </th>
                {Array.from({ length: width }, (_, column) => {
                  const raw = row.cells[column]?.raw ?? "";
                  return (
                    <td key={column} className={`${cellClass} whitespace-pre-wrap`} data-column={column}>
                      {raw || <span className="font-sans text-muted">{t("raw.empty")}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </RawDisclosure>
    </div>
  );
}
