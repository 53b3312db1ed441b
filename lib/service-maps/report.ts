import type { ImportPlan } from "./plan";
import type { FileSummary } from "./summary";
import type { SkippedLine } from "./types";

// The CLI's report, in English like the rest of the console output; the upload page says the same in
// the visitor's language through messages/service-maps.*.json.

const REASONS: Record<SkippedLine["reason"], string> = {
  BEFORE_FIRST_MAP: "cover page, before the first map",
  SEPARATOR: "dashed separator line",
  ROW_OUTSIDE_TABLE: "header row outside a yearly table",
  NUMERIC_ROW_OUTSIDE_YEARLY_TABLE: "yearly figures inside a table that has no years",
  TEXT_OUTSIDE_TABLE: "text outside any table",
};

export function formatSummary(summary: FileSummary, skipped: SkippedLine[]): string {
  const out = [
    `File: ${summary.lineCount} lines, ${summary.blankLines} blank.`,
    `Maps: ${summary.maps} (offices: ${summary.offices}); tables: ${summary.tables}; rows: ${summary.rows}; indicators (rows of yearly tables): ${summary.indicators}.`,
    `Cells: ${summary.cells} — ${Object.entries(summary.cellsByStatus)
      .map(([status, count]) => `${status} ${count}`)
      .join(", ")}.`,
    `Skipped lines: ${summary.skippedLines}.`,
  ];
  for (const line of skipped) out.push(`  line ${String(line.line).padStart(5)}: ${REASONS[line.reason]} — ${JSON.stringify(line.text.slice(0, 60))}`);
  return out.join("\n");
}

export function formatPlan(plan: ImportPlan): string {
  if (!plan.hasChanges) return `No change: ${plan.unchanged} maps as stored.`;
  const out = [
    `Plan: ${plan.added.length} maps added, ${plan.changed.length} changed, ${plan.removed.length} removed, ${plan.unchanged} unchanged.`,
  ];
  for (const map of plan.added) out.push(`  + ${map.slug}`);
  for (const map of plan.removed) out.push(`  - ${map.slug}`);
  for (const map of plan.changed) {
    out.push(`  ~ ${map.slug}${map.movedOnly ? " (moved in the file only)" : ""}`);
    for (const field of map.fields) out.push(`      ${field.field}: ${JSON.stringify(field.before)} → ${JSON.stringify(field.after)}`);
    for (const cell of map.cells) out.push(`      ${cell.table} "${cell.row}" [${cell.column}]: ${JSON.stringify(cell.before)} → ${JSON.stringify(cell.after)}`);
    for (const row of map.rowsAdded) out.push(`      + row ${row}`);
    for (const row of map.rowsRemoved) out.push(`      - row ${row}`);
  }
  return out.join("\n");
}
