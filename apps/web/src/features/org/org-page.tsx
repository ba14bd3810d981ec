import { Alert, Button, Col, Row } from "antd";
import { useTranslation } from "react-i18next";
import { Outlet } from "react-router";
import { formatDate } from "../../lib/dates";
import { OrgTreePanel } from "./org-tree-panel";
import { useAsOf } from "./use-as-of";

/** The organisation tree on the left, the chosen unit (or a hint) on the right. */
export function OrgPage() {
  const { t } = useTranslation();
  const { asOf, setAsOf } = useAsOf();
  return (
    <>
      {asOf && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={<strong>{t("org.asOfBanner", { date: formatDate(asOf) })}</strong>}
          description={t("org.asOfBannerHint")}
          action={
            <Button type="primary" onClick={() => setAsOf(undefined)} data-testid="as-of-today">
              {t("org.backToToday")}
            </Button>
          }
          data-testid="as-of-banner"
        />
      )}
      <Row gutter={[16, 16]} align="top">
        <Col xs={24} lg={11} xl={10} xxl={8}>
          <OrgTreePanel />
        </Col>
        <Col xs={24} lg={13} xl={14} xxl={16}>
          <Outlet />
        </Col>
      </Row>
    </>
  );
}
