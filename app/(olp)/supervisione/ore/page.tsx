import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { staffAreaMetadata } from "@/components/staff/area-metadata";
import { Container } from "@/components/ui/Container";
import { Notice } from "@/components/ui/Notice";
import { TableHead } from "@/components/ui/TableHead";
import { OLP_AREA, requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listReviewedVolunteers } from "@/lib/timesheets/review-list";

export const dynamic = "force-dynamic";

export function generateMetadata(): Promise<Metadata> {
  return staffAreaMetadata(OLP_AREA, "page", async () => {
    const t = await getTranslations("timesheets.review");
    return { title: t("title") };
  });
}

/** The OLP's volunteers and the weeks they sent, waiting for a decision. */
export default async function TimesheetReviewListPage() {
  const staff = await requireRole(OLP_AREA, "/supervisione/ore");
  const [t, volunteers] = await Promise.all([getTranslations("timesheets.review"), listReviewedVolunteers(db(), staff)]);
  return (
    <Container className="space-y-6 py-10">
      <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
      <p className="max-w-prose text-lg">{t("intro")}</p>
      {volunteers.length === 0 ? (
        <Notice tone="warning"><p>{t("none")}</p></Notice>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <TableHead labels={[t("volunteer"), t("pending")]} />
            <tbody>
              {volunteers.map((volunteer) => (
                <tr key={volunteer.userId} className="border-b border-line">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    <Link href={`/supervisione/ore/${volunteer.userId}`} className="font-semibold underline" aria-label={t("open", { name: volunteer.name })}>
                      {volunteer.name}
                    </Link>
                    <span className="block text-sm text-muted">{volunteer.desks.join(", ")}</span>
                  </th>
                  <td className="py-2 pr-4">{t("pendingCount", { count: volunteer.pending.length })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Container>
  );
}
