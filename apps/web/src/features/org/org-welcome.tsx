import { Card, Empty } from "antd";
import { useTranslation } from "react-i18next";

/** The right-hand side before a unit is chosen. */
export function OrgWelcome() {
  const { t } = useTranslation();
  return (
    <Card>
      <Empty description={t("org.selectHint")} />
    </Card>
  );
}
