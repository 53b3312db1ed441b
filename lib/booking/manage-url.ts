/** The page where a citizen sees, moves or cancels a booking, for a booking code. */
export function manageBookingUrl(baseUrl: string, bookingCode: string): string {
  const url = new URL("/prenotazione", baseUrl);
  url.searchParams.set("codice", bookingCode);
  return url.toString();
}
