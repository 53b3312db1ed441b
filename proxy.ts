import { NextResponse, type NextRequest } from "next/server";

import { db } from "@/lib/db";
import { deskExists } from "@/lib/desks/desk-exists";
import { scuCodeSchema } from "@/lib/desks/schema";

// Next 16 answers notFound() from a dynamic page with an empty document whose 404 content appears
// only after JavaScript runs (vercel/next.js#62228). An unknown desk is instead rewritten here to a
// path no route serves, which Next renders fully on the server: readable without JavaScript.
const NO_ROUTE = "/_sportello-not-found";

function pathSegment(pathname: string, index: number): string {
  try {
    return decodeURIComponent(pathname.split("/")[index] ?? "");
  } catch {
    return ""; // malformed percent-encoding: no desk has such a code
  }
}

export async function proxy(request: NextRequest) {
  const valid = scuCodeSchema.safeParse(pathSegment(request.nextUrl.pathname, 2));
  if (valid.success && (await deskExists(db(), valid.data))) return NextResponse.next();
  return NextResponse.rewrite(new URL(NO_ROUTE, request.url), { status: 404 });
}

export const config = { matcher: "/sedi/:scuCode" };
