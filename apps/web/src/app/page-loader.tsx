import { Flex, Spin } from "antd";
import { useTranslation } from "react-i18next";

/** Shown while a page's code or its first data loads. */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" style={{ minHeight: 240 }}>
      <Spin size="large" description={t("app.loading")} />
    </Flex>
  );
}
