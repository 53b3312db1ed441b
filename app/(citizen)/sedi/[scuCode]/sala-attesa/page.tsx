import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";

import { AutoRefresh } from "@/components/desk-work/AutoRefresh";
import { Container } from "@/components/ui/Container";
import { ROME } from "@/lib/calendar/time";
import { db } from "@/lib/db";
import { loadWaitingRoom } from "@/lib/desk/display";
import { WAITING_ROOM_REFRESH_SECONDS } from "@/lib/desk/refresh";

export const dynamic = "force-dynamic";

type Params = Promise<{ scuCode: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { scuCode } = await params;
  const [t, board] = await Promise.all([getTranslations("deskWork.display"), /^\d{1,10}$/.test(scuCode) ? loadWaitingRoom(db(), { scuCode, now: new Date() }) : null]);
  return { title: board ? t("title", { desk: board.deskName }) : undefined, robots: { index: false } };
}

/**
 * The waiting room's screen: the tickets called and where to go, the next ones, how many wait.
 * Public and without names, large enough to read across a room; it refreshes itself every 5 seconds.
 */
export default async function WaitingRoomPage({ params }: { params: Params }) {
  const { scuCode } = await params;
  const now = new Date();
  const board = /^\d{1,10}$/.test(scuCode) ? await loadWaitingRoom(db(), { scuCode, now }) : null;
  if (!board) notFound();
  const [t, format] = await Promise.all([getTranslations("deskWork.display"), getFormatter()]);
  const [latest, ...earlier] = board.called;

  return (
    <Container className="space-y-8 py-8">
      <AutoRefresh seconds={WAITING_ROOM_REFRESH_SECONDS} />
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-4xl sm:text-5xl">{t("heading", { desk: board.deskName })}</h1>
        <p className="text-xl text-muted">{t("updated", { time: format.dateTime(now, { hour: "2-digit", minute: "2-digit", timeZone: ROME }) })}</p>
      </div>

      <section aria-labelledby="called-heading">
        <h2 id="called-heading" className="text-3xl">{t("now")}</h2>
        {/* Read out when a new ticket is called. */}
        <div aria-live="polite" aria-atomic="true" className="mt-4">
          {latest ? (
            <p className="rounded-lg bg-primary-strong px-8 py-6 text-white">
              <span className="block text-2xl">{t("ticket")}</span>
              <span className="block font-mono text-7xl font-bold sm:text-8xl" data-testid="latest-ticket">{latest.ticket}</span>
              <span className="mt-2 block text-4xl font-semibold">{latest.workstation}</span>
              <span className="sr-only">{t("announce", { ticket: latest.ticket, workstation: latest.workstation })}</span>
            </p>
          ) : (
            <p className="text-2xl">{t("nobody")}</p>
          )}
        </div>
        {earlier.length > 0 ? (
          <table className="mt-6 w-full max-w-3xl border-collapse text-left text-3xl">
            <thead>
              <tr className="border-b-4 border-line">
                <th scope="col" className="py-3 pr-6">{t("ticket")}</th>
                <th scope="col" className="py-3">{t("goTo")}</th>
              </tr>
            </thead>
            <tbody>
              {earlier.map((call) => (
                <tr key={call.ticket} className="border-b-2 border-line">
                  <td className="py-3 pr-6 font-mono font-bold">{call.ticket}</td>
                  <td className="py-3">{call.workstation}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>

      <section aria-labelledby="next-heading" className="space-y-3">
        <h2 id="next-heading" className="text-3xl">{t("next")}</h2>
        <p className="text-2xl">{t("waiting", { count: board.waiting })}</p>
        {board.next.length > 0 ? (
          <ul className="flex flex-wrap gap-4" data-testid="next-tickets">
            {board.next.map((ticket) => (
              <li key={ticket} className="rounded-md border-4 border-primary px-6 py-3 font-mono text-4xl font-bold text-primary-strong">{ticket}</li>
            ))}
          </ul>
        ) : null}
      </section>
    </Container>
  );
}
