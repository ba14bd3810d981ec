import type { CreatedCommentRequest, ResidenceCommentRequest, ResidenceRegistration } from "@dangvu/contract";
import { App, Button, Card, Empty, Flex, List, Skeleton, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../lib/dates";
import { downloadLetter, useMemberResidence, useReissueLink } from "./residence.api";
import {
  CreatedLinkModal,
  EndRegistrationModal,
  PaperCommentModal,
  RegistrationModal,
  RequestCommentModal,
} from "./residence-forms";
import { RequestStatusTag } from "./residence-labels";

type Dialog =
  | { kind: "add" }
  | { kind: "edit" | "end"; registration: ResidenceRegistration }
  | { kind: "request"; registration: ResidenceRegistration }
  | { kind: "paper"; requestId: string }
  | { kind: "reissued"; created: CreatedCommentRequest };

/** The member's place of residence (Quy định 213): registrations, the letter, and the yearly comments. */
export function MemberResidenceSection({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const residence = useMemberResidence(memberId);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  if (residence.isPending) return <Skeleton active />;
  if (residence.isError) return <Typography.Text type="danger">{residence.error.message}</Typography.Text>;
  const { registrations, requests, can } = residence.data;
  const active = registrations.find((r) => !r.endedOn);
  const close = () => setDialog(null);
  return (
    <Card
      title={t("residence.section")}
      size="small"
      style={{ marginTop: 16 }}
      data-testid="member-residence"
      extra={
        can.write && (
          <Space wrap className="no-print">
            {!active && (
              <Button onClick={() => setDialog({ kind: "add" })} data-testid="residence-add">
                {t("residence.add")}
              </Button>
            )}
            {active && active.case !== "not_introduced" && (
              <Button
                type="primary"
                onClick={() => setDialog({ kind: "request", registration: active })}
                data-testid="residence-request"
              >
                {t("residence.request")}
              </Button>
            )}
          </Space>
        )
      }
    >
      {registrations.length === 0 ? (
        <Empty description={t("residence.none")} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          dataSource={registrations}
          renderItem={(r) => (
            <RegistrationItem
              registration={r}
              canWrite={can.write}
              onAction={(kind) => setDialog({ kind, registration: r })}
            />
          )}
        />
      )}
      <Typography.Title level={5}>{t("residence.requests")}</Typography.Title>
      {requests.length === 0 ? (
        <Typography.Text type="secondary">{t("residence.noRequests")}</Typography.Text>
      ) : (
        <List
          dataSource={requests}
          renderItem={(r) => (
            <RequestItem
              request={r}
              canWrite={can.write}
              onPaper={() => setDialog({ kind: "paper", requestId: r.id })}
              onReissued={(created) => setDialog({ kind: "reissued", created })}
            />
          )}
        />
      )}
      {dialog?.kind === "add" && <RegistrationModal memberId={memberId} open onClose={close} />}
      {dialog?.kind === "edit" && (
        <RegistrationModal memberId={memberId} registration={dialog.registration} open onClose={close} />
      )}
      {dialog?.kind === "end" && <EndRegistrationModal registration={dialog.registration} open onClose={close} />}
      {dialog?.kind === "request" && (
        <RequestCommentModal memberId={memberId} residenceCase={dialog.registration.case} open onClose={close} />
      )}
      {dialog?.kind === "paper" && <PaperCommentModal requestId={dialog.requestId} open onClose={close} />}
      {dialog?.kind === "reissued" && <CreatedLinkModal created={dialog.created} onClose={close} />}
    </Card>
  );
}

function RegistrationItem(props: {
  registration: ResidenceRegistration;
  canWrite: boolean;
  onAction: (kind: "edit" | "end") => void;
}) {
  const { t } = useTranslation();
  const r = props.registration;
  return (
    <List.Item data-testid="residence-registration">
      <Flex vertical gap={4} style={{ width: "100%" }}>
        <Typography.Text strong>{r.residenceOrgName}</Typography.Text>
        <Typography.Text>{r.address}</Typography.Text>
        <Space wrap size={4}>
          <Tag>{t(`residence.cases.${r.case}`)}</Tag>
          <Typography.Text type="secondary">
            {t("residence.registeredOn")}: {formatDate(r.registeredOn)}
            {r.endedOn ? ` · ${t("residence.endedOn")}: ${formatDate(r.endedOn)}` : ""}
          </Typography.Text>
          {!r.endedOn && <Tag color="green">{t("residence.inForce")}</Tag>}
        </Space>
        <Space wrap className="no-print">
          <Button size="small" onClick={() => void downloadLetter(r.id)} data-testid="residence-letter">
            {t("residence.letter")}
          </Button>
          {props.canWrite && !r.endedOn && (
            <>
              <Button size="small" onClick={() => props.onAction("edit")}>
                {t("residence.edit")}
              </Button>
              <Button size="small" danger onClick={() => props.onAction("end")}>
                {t("residence.end")}
              </Button>
            </>
          )}
        </Space>
      </Flex>
    </List.Item>
  );
}

function RequestItem(props: {
  request: ResidenceCommentRequest;
  canWrite: boolean;
  onPaper: () => void;
  onReissued: (created: CreatedCommentRequest) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reissue = useReissueLink();
  const r = props.request;
  const again = async () => {
    try {
      props.onReissued(await reissue.mutateAsync(r.id));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t("errors.unknown"));
    }
  };
  return (
    <List.Item data-testid="residence-comment">
      <Flex vertical gap={4} style={{ width: "100%" }}>
        <Space wrap>
          <Typography.Text strong>
            {t("residence.year")} {r.year}
          </Typography.Text>
          <RequestStatusTag request={r} />
          <Typography.Text type="secondary">
            {t("residence.dueOn")}: {formatDate(r.dueOn)}
          </Typography.Text>
        </Space>
        {r.status === "received" ? (
          <>
            <Typography.Text>
              {t("residence.assessment")}: <b>{r.assessment && t(`residence.assessments.${r.assessment}`)}</b>
            </Typography.Text>
            <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>{r.commentText}</Typography.Paragraph>
            <Typography.Text type="secondary">
              {r.signerName}, {r.signerPosition} · {formatDate(r.receivedOn)}{" "}
              {r.via && `(${t(`residence.via.${r.via}`)})`}
              {r.scanFileName && ` · ${r.scanFileName}`}
            </Typography.Text>
          </>
        ) : (
          props.canWrite && (
            <Space wrap className="no-print">
              <Button size="small" onClick={props.onPaper} data-testid="residence-paper">
                {t("residence.paper")}
              </Button>
              <Button
                size="small"
                loading={reissue.isPending}
                onClick={() => void again()}
                data-testid="residence-reissue"
              >
                {t("residence.reissue")}
              </Button>
            </Space>
          )
        )}
      </Flex>
    </List.Item>
  );
}
