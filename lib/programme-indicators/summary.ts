import type { CellStatus } from "@/lib/service-maps/parse-number";
import { CELL_STATUSES } from "@/lib/service-maps/summary";

import type { ParsedReport } from "./parse";

/** The report's figures: what the CLI prints. */
export function summarizeReport(report: ParsedReport) {
  const cellsByStatus = Object.fromEntries(CELL_STATUSES.map((status) => [status, 0])) as Record<CellStatus, number>;
  let cells = 0;
  for (const programme of report.programmes) {
    for (const indicator of programme.indicators) {
      for (const cell of indicator.cells) {
        cells++;
        cellsByStatus[cell.status]++;
      }
    }
  }
  const left = report.allProgrammes.filter((programme) => !programme.imported);
  return {
    lineCount: report.lineCount,
    programmesInReport: report.allProgrammes.length,
    programmes: report.programmes.map((programme) => programme.code),
    indicators: report.programmes.reduce((sum, programme) => sum + programme.indicators.length, 0),
    cells,
    cellsByStatus,
    programmesLeftOut: left.length,
    indicatorsLeftOut: left.reduce((sum, programme) => sum + programme.indicators, 0),
    unreadIndicatorLines: report.unreadIndicatorLines.length,
  };
}
