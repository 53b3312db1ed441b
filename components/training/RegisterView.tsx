import { getTranslations } from "next-intl/server";

import type { RegisterSheet } from "@/lib/training/register-sheet";

import { PrintButton } from "./PrintButton";

const cell = "border border-line px-2 py-1.5 align-top";
// Room to sign by hand on paper.
const signature = `${cell} min-w-32 print:h-12`;

/**
 * The training register as a print-friendly document: a table of sessions (one group of rows per
 * session, kept together on a page) with a signature column for each volunteer and one for the
 * trainer, then the totals on a page of their own. `downloads` are the CSV and PDF links.
 */
export async function RegisterView({ sheet, signatures, downloads }: { sheet: RegisterSheet; signatures: [string, string]; downloads: { csv: string; pdf: string } }) {
  const t = await getTranslations("training.register");
  const groups = sheet.rows.reduce<RegisterSheet["rows"][]>((acc, row) => {
    if (row.first) acc.push([row]);
    else acc[acc.length - 1].push(row);
    return acc;
  }, []);

  return (
    <div className="space-y-6">
      <nav aria-label={t("downloads")} className="flex flex-wrap items-center gap-x-6 gap-y-2 print:hidden">
        <PrintButton label={t("print")} />
        <a href={downloads.csv} className="font-semibold underline" download>{t("csv")}</a>
        <a href={downloads.pdf} className="font-semibold underline" download>{t("pdf")}</a>
      </nav>
      <div>
        <h2 className="text-2xl">{sheet.title}</h2>
        {sheet.subtitle.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      {groups.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto print:overflow-visible">
          <table className="w-full border-collapse text-left text-sm print:text-xs" data-testid="register-sessions">
            <caption className="mb-2 text-left font-semibold">{t("sessionsCaption")}</caption>
            <thead className="print:table-header-group">
              <tr>
                {[...sheet.header, ...signatures].map((label) => (
                  <th key={label} scope="col" className={`${cell} bg-surface font-semibold`}>{label}</th>
                ))}
              </tr>
            </thead>
            {groups.map((rows) => {
              const span = rows.length;
              const [day, time, kind, module, trainer, hours] = rows[0].cells;
              return (
                <tbody key={rows[0].sessionId} className="break-inside-avoid">
                  {rows.map((row, index) => (
                    <tr key={`${row.sessionId}-${index}`}>
                      {index === 0 ? (
                        <>
                          <th scope="rowgroup" rowSpan={span} className={`${cell} font-semibold`}>{day}</th>
                          <td rowSpan={span} className={`${cell} whitespace-nowrap`}>{time}</td>
                          <td rowSpan={span} className={cell}>{kind}</td>
                          <td rowSpan={span} className={cell}>{module}</td>
                          <td rowSpan={span} className={cell}>{trainer}</td>
                          <td rowSpan={span} className={cell}>{hours}</td>
                        </>
                      ) : null}
                      <td className={cell}>{row.cells[6]}</td>
                      <td className={cell}>{row.cells[7]}</td>
                      <td className={signature} />
                      {index === 0 ? <td rowSpan={span} className={signature} /> : null}
                    </tr>
                  ))}
                </tbody>
              );
            })}
          </table>
        </div>
      )}
      <section aria-labelledby="register-totals" className="print:break-before-page">
        <h2 id="register-totals" className="text-2xl">{sheet.totalsTitle}</h2>
        <div className="mt-3 overflow-x-auto print:overflow-visible">
          <table className="w-full border-collapse text-left text-sm" data-testid="register-totals">
            <thead>
              <tr>
                {sheet.totalsHeader.map((label) => (
                  <th key={label} scope="col" className={`${cell} bg-surface font-semibold`}>{label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sheet.totalsRows.map((row, rowIndex) => (
                <tr key={rowIndex} className="break-inside-avoid">
                  <th scope="row" className={`${cell} font-semibold`}>{row[0]}</th>
                  {row.slice(1).map((value, index) => (
                    <td key={index} className={cell}>{value}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
