import en from "@/messages/en.json";
import it from "@/messages/it.json";

import type { Locale } from "./locales";

/** The shape of every message catalogue; Italian is the reference. */
export type Messages = typeof it;

// A key missing from either catalogue fails type-checking instead of showing a raw key on screen.
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type CataloguesMatch = Assert<SameShape<typeof it, typeof en>>;

export const messages: Record<Locale, Messages> = { it, en };
