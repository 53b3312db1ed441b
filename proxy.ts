import { NextResponse, type NextRequest } from "next/server";

import { auth } from "@/lib/auth/auth";
import { OLP_AREA, VOLUNTEER_AREA } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { deskExists } from "@/lib/desks/desk-exists";
import { env } from "@/lib/env";
import { scuCodeSchema } from "@/lib/desks/schema";
import { mapExists } from "@/lib/service-maps/map-exists";
import { CAMERA_PATHS, contentSecurityPolicy, createNonce, securityHeaders } from "@/lib/security/headers";

// The first filter of every request: security headers, an early sign-in redirect for the staff areas
// (pages and actions check roles again with requireRole), and a server-rendered 404 for unknown desks.

// Next 16 answers notFound() from a dynamic page with an empty document whose 404 content appears
// only after JavaScript runs (vercel/next.js#62228). Unknown desks are instead rewritten to a path
// no route serves, which Next renders fully on the server.
const NO_ROUTE = "/_sportello-not-found";

const STAFF_AREAS = [
  { prefix: "/sportello", roles: VOLUNTEER_AREA },
  { prefix: "/supervisione", roles: OLP_AREA },
];

function pathSegment(pathname: string, index: number): string {
  try {
    return decodeURIComponent(pathname.split("/")[index] ?? "");
  } catch {
    return ""; // malformed percent-encoding: nothing is named so
  }
}

async function route(request: NextRequest, requestHeaders: Headers): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  const next = () => NextResponse.next({ request: { headers: requestHeaders } });

  if (pathname.startsWith("/sedi/")) {
    const scuCode = scuCodeSchema.safeParse(pathSegment(pathname, 2));
    if (scuCode.success && (await deskExists(db(), scuCode.data))) return next();
    return NextResponse.rewrite(new URL(NO_ROUTE, request.url), { status: 404, request: { headers: requestHeaders } });
  }

  // A service map's page and downloads: the same server-rendered 404 for a slug that names no map.
  if (pathname.startsWith("/mappe-servizi/")) {
    if (await mapExists(db(), pathSegment(pathname, 2))) return next();
    return NextResponse.rewrite(new URL(NO_ROUTE, request.url), { status: 404, request: { headers: requestHeaders } });
  }

  const area = STAFF_AREAS.find(({ prefix }) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  if (area) {
    const session = await auth();
    if (!session?.user?.id) {
      const signIn = new URL("/accesso", request.url);
      signIn.searchParams.set("callbackUrl", `${pathname}${request.nextUrl.search}`);
      return NextResponse.redirect(signIn);
    }
    // A wrong role still reaches the page, whose requireRole() answers 403 with the forbidden page.
  }
  return next();
}

export async function proxy(request: NextRequest) {
  const development = env().NODE_ENV === "development";
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, { development });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);

  const response = await route(request, requestHeaders);
  response.headers.set("Content-Security-Policy", policy);
  const camera = CAMERA_PATHS.test(request.nextUrl.pathname);
  for (const [name, value] of Object.entries(securityHeaders({ production: !development, camera }))) {
    response.headers.set(name, value);
  }
  return response;
}

export const config = {
  // Everything but Next's static files, which carry no document to protect.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
