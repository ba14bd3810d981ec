import { Card, Empty, List, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useHasPermission } from "../auth/auth.api";
import { useCommendations } from "./awards.api";
import { CommendationStatusTag, useBasisText, useDecisionText } from "./commendations-page";

/**
 * The commendations of a member (`memberId`) or of a unit's subtree (`orgUnitId`), as the record and the unit's page
 * show them: decided ones with their decision, and the proposals still open or refused.
 */
export function CommendationsSection({ memberId, orgUnitId }: { memberId?: string; orgUnitId?: string }) {
  const { t } = useTranslation();
  const canRead = useHasPermission("award.read");
  const list = useCommendations({ memberId, orgUnitId, pageSize: 50 }, canRead);
  const basisText = useBasisText();
  const decisionText = useDecisionText();
  if (!canRead) return null;
  const items = list.data?.items ?? [];
  return (
    <Card title={t("awards.section")} size="small" style={{ marginTop: 16 }} data-testid="commendations-section">
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("awards.noneOnRecord")} />
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(c) => (
            <List.Item data-testid="commendation-item" data-status={c.status}>
              <List.Item.Meta
                title={
                  <span>
                    <strong>{c.formLabel}</strong> {!memberId && `· ${c.memberName ?? c.orgUnitName} `}
                    <CommendationStatusTag status={c.status} />
                  </span>
                }
                description={
                  <>
                    <div>{basisText(c)}</div>
                    {c.decision && <div>{decisionText(c)}</div>}
                    <Typography.Text type="secondary">{c.reason}</Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
