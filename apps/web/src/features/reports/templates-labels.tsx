import { useTranslation } from "react-i18next";

/** The due date of a template as the office says it: so many days after (or before) the period's last day. */
export function DueOffset({ days }: { days: number }) {
  const { t } = useTranslation();
  if (days === 0) return <>{t("reportTemplates.dueOnLast")}</>;
  return (
    <>{days > 0 ? t("reportTemplates.dueAfter", { days }) : t("reportTemplates.dueBefore", { days: Math.abs(days) })}</>
  );
}
