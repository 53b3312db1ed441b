// What the server-drawn SVG charts share (components/supervision/DailyChart.tsx,
// components/service-maps/TrendChart.tsx).

// Bootstrap Italia's blues: 5.57:1 and 10.27:1 against white, above the 3:1 that graphics need
// (WCAG 1.4.11). Grid lines are decorative; the axis and the text use the muted ink (6.9:1).
export const CHART_COLOURS = { bar: "#0066cc", line: "#004080", grid: "#c5d3e0", axis: "#455b71" } as const;

/**
 * The `d` of a line through the points that have a value, lifted where one has none, so that a
 * missing figure shows as a gap rather than as a line drawn through it (or down to zero).
 */
export function gappedLinePath(values: (number | null)[], x: (index: number) => number, y: (value: number) => number): string {
  let path = "";
  let pen = false;
  values.forEach((value, index) => {
    if (value === null) {
      pen = false;
      return;
    }
    path += `${pen ? "L" : "M"}${x(index).toFixed(1)},${y(value).toFixed(1)} `;
    pen = true;
  });
  return path.trim();
}
