import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { Notice } from "@/components/ui/Notice";
import { AUTONOMY_LEVELS, OUTCOMES } from "@/lib/supervision/desk-figures";
import type { VolunteerActivity } from "@/lib/supervision/volunteer-activity";

const cell = "py-2 pr-4 align-top";
const numberCell = `${cell} text-right tabular-nums`;
const head = "py-2 pr-4 font-semibold align-bottom";

/**
 * The activity review: a summary table with one row per volunteer, then each volunteer's contacts
 * by service and outcome, with a link to the list of their contacts.
 */
export async function VolunteerActivityView({ people, contactsHref }: { people: VolunteerActivity[]; contactsHref: (userId: string) => string }) {
  const [t, tOutcomes, format] = await Promise.all([getTranslations("supervisionFigures.activity"), getTranslations("supervisionFigures.outcomes"), getFormatter()]);
  const none = (await getTranslations("supervisionFigures"))("none");
  const decimal = (value: number | null) => (value === null ? none : format.number(value, { maximumFractionDigits: 1 }));

  if (people.length === 0) {
    return (
      <Notice className="mt-8 max-w-prose">
        <p>{t("empty")}</p>
      </Notice>
    );
  }

  return (
    <div className="mt-8 space-y-12">
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left" data-testid="activity-summary">
          <caption className="mb-2 text-left text-xl font-semibold">{t("summaryCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className={head}>
                {t("volunteer")}
              </th>
              <th scope="col" className={`${head} text-right`}>
                {t("contacts")}
              </th>
              <th scope="col" className={`${head} text-right`}>
                {t("served")}
              </th>
              <th scope="col" className={`${head} text-right`}>
                {t("noShows")}
              </th>
              <th scope="col" className={`${head} text-right`}>
                {t("averageService")}
              </th>
              {AUTONOMY_LEVELS.map((level) => (
                <th key={level} scope="col" className={`${head} text-right`}>
                  {tOutcomes(`autonomy.${level}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.userId} className="border-b border-line">
                <th scope="row" className={`${cell} font-semibold`}>
                  <a href={`#volunteer-${person.userId}`}>{person.name}</a>
                  {person.assigned ? null : <span className="block text-sm font-normal text-muted">{t("notAssigned")}</span>}
                </th>
                <td className={numberCell}>{person.contacts}</td>
                <td className={numberCell}>{person.served}</td>
                <td className={numberCell}>{person.noShows}</td>
                <td className={numberCell}>{decimal(person.averageServiceMinutes)}</td>
                {AUTONOMY_LEVELS.map((level) => (
                  <td key={level} className={numberCell}>
                    {person.autonomy[level]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {people.map((person) => {
        const headingId = `volunteer-${person.userId}`;
        return (
          <section key={person.userId} aria-labelledby={headingId} className="border-t border-line pt-6">
            <h2 id={headingId} className="text-2xl">
              {person.name}
            </h2>
            {person.assigned ? null : <p className="text-sm text-muted">{t("notAssigned")}</p>}
            {person.byService.length === 0 ? (
              <p className="mt-3">{t("noContacts")}</p>
            ) : (
              <div className="mt-4 overflow-x-auto">
                <table className="w-full border-collapse text-left" data-testid={`activity-${person.userId}`}>
                  <caption className="mb-2 text-left font-semibold">{t("byServiceCaption", { name: person.name })}</caption>
                  <thead>
                    <tr className="border-b-2 border-ink">
                      <th scope="col" className={head}>
                        {t("service")}
                      </th>
                      {OUTCOMES.map((outcome) => (
                        <th key={outcome} scope="col" className={`${head} text-right`}>
                          {tOutcomes(outcome)}
                        </th>
                      ))}
                      <th scope="col" className={`${head} text-right`}>
                        {t("total")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {person.byService.map((service) => (
                      <tr key={service.serviceCode} className="border-b border-line">
                        <th scope="row" className={`${cell} font-normal`}>
                          {service.serviceName}
                        </th>
                        {OUTCOMES.map((outcome) => (
                          <td key={outcome} className={numberCell}>
                            {service.outcomes[outcome]}
                          </td>
                        ))}
                        <td className={`${numberCell} font-semibold`}>{service.total}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <p className="mt-3">
              <Link href={contactsHref(person.userId)}>{t("contactsLink", { name: person.name })}</Link>
            </p>
          </section>
        );
      })}
    </div>
  );
}
