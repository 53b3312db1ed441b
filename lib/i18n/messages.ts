import bookingEn from "@/messages/booking.en.json";
import bookingIt from "@/messages/booking.it.json";
import deskAdminEn from "@/messages/desk-admin.en.json";
import deskAdminIt from "@/messages/desk-admin.it.json";
import deskWorkEn from "@/messages/desk-work.en.json";
import deskWorkIt from "@/messages/desk-work.it.json";
import en from "@/messages/en.json";
import feedbackEn from "@/messages/feedback.en.json";
import feedbackIt from "@/messages/feedback.it.json";
import usersEn from "@/messages/users.en.json";
import usersIt from "@/messages/users.it.json";
import it from "@/messages/it.json";
import proceduresEn from "@/messages/procedures.en.json";
import proceduresIt from "@/messages/procedures.it.json";
import serviceMapsEn from "@/messages/service-maps.en.json";
import serviceMapsIt from "@/messages/service-maps.it.json";
import supervisionEn from "@/messages/supervision.en.json";
import supervisionIt from "@/messages/supervision.it.json";
import timesheetsEn from "@/messages/timesheets.en.json";
import timesheetsIt from "@/messages/timesheets.it.json";
import trainingEn from "@/messages/training.en.json";
import trainingIt from "@/messages/training.it.json";

import type { Locale } from "./locales";

// One catalogue per language, split by area so that features can be worked on side by side.
const italian = { ...it, ...usersIt, ...bookingIt, ...deskWorkIt, ...timesheetsIt, ...supervisionIt, ...deskAdminIt, ...trainingIt, ...proceduresIt, ...serviceMapsIt, ...feedbackIt };
const english = { ...en, ...usersEn, ...bookingEn, ...deskWorkEn, ...timesheetsEn, ...supervisionEn, ...deskAdminEn, ...trainingEn, ...proceduresEn, ...serviceMapsEn, ...feedbackEn };

/** The shape of every message catalogue; Italian is the reference. */
export type Messages = typeof italian;

// A key missing from either catalogue fails type-checking instead of showing a raw key on screen.
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type CataloguesMatch = Assert<SameShape<typeof italian, typeof english>>;

export const messages: Record<Locale, Messages> = { it: italian, en: english };
