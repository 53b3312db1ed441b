interface ChartTableProps {
  /** The disclosure's text that shows the table. */
  showTable: string;
  /** The chart's title, as the table's (visually hidden) caption. */
  title: string;
  labelHeader: string;
  valueHeader: string;
  /** Further numeric columns after the value (e.g. a time and a mean beside a count). */
  extraHeaders?: string[];
  rows: { label: string | number; display: string; extra?: string[] }[];
}

/** A chart's numbers as a table behind a disclosure: the chart's alternative for screen readers and for print. */
export function ChartTable({ showTable, title, labelHeader, valueHeader, extraHeaders = [], rows }: ChartTableProps) {
  return (
    <details className="mt-3">
      <summary className="cursor-pointer font-semibold text-primary underline underline-offset-3">{showTable}</summary>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4 font-semibold">
                {labelHeader}
              </th>
              <th scope="col" className="py-2 pr-4 text-right font-semibold">
                {valueHeader}
              </th>
              {extraHeaders.map((header) => (
                <th key={header} scope="col" className="py-2 pr-4 text-right font-semibold">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label} className="border-b border-line">
                <th scope="row" className="py-1 pr-4 font-normal">
                  {row.label}
                </th>
                <td className="py-1 pr-4 text-right tabular-nums">{row.display}</td>
                {extraHeaders.map((header, index) => (
                  <td key={header} className="py-1 pr-4 text-right tabular-nums">
                    {row.extra?.[index] ?? ""}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
