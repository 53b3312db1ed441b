interface Address {
  street: string;
  postalCode: string | null;
  city: string;
}

/** "Piazza del Comune 8, 26100 Cremona" (the postal code when known). */
export function formatAddress({ street, postalCode, city }: Address): string {
  return `${street}, ${postalCode ? `${postalCode} ` : ""}${city}`;
}

export function mapSearchUrl(address: Address): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(formatAddress(address))}`;
}

/** Desks' numbers are written for people ("0372 407951"); dialers want "+390372407951". */
export function telHref(phone: string): string {
  const dialable = phone.replace(/[^\d+]/g, "");
  return `tel:${dialable.startsWith("+") ? dialable : `+39${dialable}`}`;
}
