"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";

import { LOCALE_COOKIE, locales } from "@/lib/i18n/locales";
import { safeReturnPath } from "@/lib/i18n/return-path";

const ONE_YEAR_IN_SECONDS = 60 * 60 * 24 * 365;

const languageForm = z.object({ locale: z.enum(locales) });

/** The language switch: remembers the choice and reloads the page the visitor was on. */
export async function setLanguage(formData: FormData): Promise<void> {
  const form = languageForm.safeParse({ locale: formData.get("locale") });
  // An unknown locale changes nothing: the visitor simply goes back to where they were.
  if (form.success) {
    (await cookies()).set(LOCALE_COOKIE, form.data.locale, {
      maxAge: ONE_YEAR_IN_SECONDS,
      sameSite: "lax",
      path: "/",
      httpOnly: true,
    });
  }
  redirect(safeReturnPath(formData.get("returnTo")));
}
