"use client";

import { useTranslations } from "next-intl";

import { Notice } from "@/components/ui/Notice";
import { TableHead } from "@/components/ui/TableHead";
import type { UploadPreview } from "@/lib/service-maps/upload";

/** What importing the uploaded file would do: the file's figures, the maps' changes, the lines left out. */
export function ImportPreview({ preview }: { preview: UploadPreview }) {
  const t = useTranslations("serviceMapsImport");
  const { summary, plan } = preview;
  const name = (map: { slug: string; title: string | null }) => map.title ?? t("untitled", { slug: map.slug });

  return (
    <>
      <h2 id="import-preview-title" className="text-2xl">
        {t("previewTitle", { fileName: preview.fileName })}
      </h2>
      <p>
        {t("fileFacts", { lines: String(summary.lineCount), maps: String(summary.maps), indicators: String(summary.indicators), cells: String(summary.cells) })}
      </p>
      <div>
        <h3 className="text-xl">{t("cellsTitle")}</h3>
        <ul className="mt-1 list-disc pl-6">
          {Object.entries(summary.cellsByStatus).map(([status, count]) => (
            <li key={status}>
              {t(`status.${status}` as "status.NUMBER")}: {count}
            </li>
          ))}
        </ul>
      </div>

      {plan.hasChanges ? (
        <div className="space-y-4">
          <h3 className="text-xl">{t("planTitle")}</h3>
          <p className="font-semibold">
            {t("planCounts", {
              added: String(plan.added.length),
              changed: String(plan.changed.length),
              removed: String(plan.removed.length),
              unchanged: String(plan.unchanged),
            })}
          </p>
          {plan.added.length > 0 ? (
            <div>
              <h4 className="text-lg font-semibold">{t("addedTitle")}</h4>
              <ul className="list-disc pl-6">
                {plan.added.map((map) => (
                  <li key={map.slug}>{name(map)}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {plan.removed.length > 0 ? (
            <div>
              <h4 className="text-lg font-semibold">{t("removedTitle")}</h4>
              <ul className="list-disc pl-6">
                {plan.removed.map((map) => (
                  <li key={map.slug}>{name(map)}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {plan.changed.length > 0 ? (
            <div className="space-y-4">
              <h4 className="text-lg font-semibold">{t("changedTitle")}</h4>
              {plan.changed.map((map) => (
                <div key={map.slug} className="space-y-2">
                  <p className="font-semibold">
                    {name(map)}
                    {map.movedOnly ? ` — ${t("movedOnly")}` : null}
                  </p>
                  {map.fields.length > 0 ? (
                    <ul className="list-disc pl-6">
                      {map.fields.map((field) => (
                        <li key={field.field}>
                          {t(`fields.${field.field}` as "fields.title")}: {field.before ?? t("none")} → {field.after ?? t("none")}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {map.cells.length > 0 ? (
                    <div className="overflow-x-auto">
                      <table className="text-left">
                        <caption className="text-left font-semibold">{t("valuesCaption", { map: name(map) })}</caption>
                        <TableHead labels={[t("colTable"), t("colRow"), t("colColumn"), t("colBefore"), t("colAfter")]} />
                        <tbody>
                          {map.cells.map((cell, index) => (
                            <tr key={index} className="border-b border-line">
                              <td className="py-1 pr-4">{t(`tables.${cell.table}` as "tables.OUTPUTS")}</td>
                              <th scope="row" className="py-1 pr-4 font-normal">
                                {cell.row}
                              </th>
                              <td className="py-1 pr-4">{cell.column}</td>
                              <td className="py-1 pr-4">{cell.before ?? t("none")}</td>
                              <td className="py-1 pr-4 font-semibold">{cell.after ?? t("none")}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  ) : null}
                  {map.rowsAdded.length > 0 ? <p>{t("rowsAdded", { rows: map.rowsAdded.join("; ") })}</p> : null}
                  {map.rowsRemoved.length > 0 ? <p>{t("rowsRemoved", { rows: map.rowsRemoved.join("; ") })}</p> : null}
                </div>
              ))}
            </div>
          ) : null}
        </div>
      ) : (
        <Notice tone="info" role="status">
          <p>{t("noChange", { count: String(plan.unchanged) })}</p>
        </Notice>
      )}

      {preview.skipped.length > 0 ? (
        <details>
          <summary className="cursor-pointer font-semibold">{t("skippedTitle", { count: String(preview.skipped.length) })}</summary>
          <div className="mt-2 overflow-x-auto">
            <table className="text-left">
              <caption className="sr-only">{t("skippedCaption")}</caption>
              <TableHead labels={[t("colLine"), t("colText"), t("colReason")]} />
              <tbody>
                {preview.skipped.map((line) => (
                  <tr key={line.line} className="border-b border-line">
                    <th scope="row" className="py-1 pr-4 font-normal">
                      {line.line}
                    </th>
                    <td className="max-w-md truncate py-1 pr-4 font-mono text-sm">{line.text}</td>
                    <td className="py-1 pr-4">{t(`reasons.${line.reason}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </>
  );
}
