import { useTranslations } from "next-intl";

export const STEPS = ["service", "desk", "when", "details", "summary"] as const;
export type Step = (typeof STEPS)[number];

/** Where the citizen is in the booking: "Step 3 of 5", with every step named. */
export function StepIndicator({ current }: { current: Step }) {
  const t = useTranslations("booking.steps");
  const index = STEPS.indexOf(current);
  return (
    <nav aria-label={t("label")} className="mb-8">
      <p className="mb-2 font-semibold">{t("progress", { current: index + 1, total: STEPS.length, name: t(current) })}</p>
      <ol className="flex flex-wrap gap-2 text-sm">
        {STEPS.map((step, i) => (
          <li
            key={step}
            aria-current={i === index ? "step" : undefined}
            className={`rounded-full border px-3 py-1 ${i === index ? "border-primary bg-primary font-bold text-white" : i < index ? "border-primary text-primary-strong" : "border-line text-muted"}`}
          >
            <span className="sr-only">{i < index ? t("done") : i === index ? t("currentStep") : t("todo")} </span>
            {i + 1}. {t(step)}
          </li>
        ))}
      </ol>
    </nav>
  );
}
