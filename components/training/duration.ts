/** A number of minutes as the "duration" message says it ("4 h", "2 h 30 min"). */
export function durationText(t: (key: "duration", values: { hours: number; minutes: number }) => string, minutes: number): string {
  return t("duration", { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}
