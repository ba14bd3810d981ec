import type { ResidenceCommentRequest } from "@dangvu/contract";
import { Tag } from "antd";
import { useTranslation } from "react-i18next";

/** Waiting, received or overdue, in the colours the lists share. */
export function RequestStatusTag({ request }: { request: Pick<ResidenceCommentRequest, "status" | "overdue"> }) {
  const { t } = useTranslation();
  if (request.overdue) return <Tag color="red">{t("residence.statuses.overdue")}</Tag>;
  return (
    <Tag color={request.status === "received" ? "green" : "gold"}>{t(`residence.statuses.${request.status}`)}</Tag>
  );
}
