import type { Member } from "@dangvu/contract";
import { Button, Card, Col, Flex, Result, Row, Skeleton, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { isApiError } from "../../lib/api";
import { PageCard } from "../../lib/page-card";
import { CommendationsSection } from "../awards/commendations-section";
import { MemberBadgesSection } from "../awards/member-badges-section";
import { useOrgTree } from "../org/org.api";
import { indexTree } from "../org/org-tree.model";
import { MemberResidenceSection } from "../residence/member-residence-section";
import { eventKindsFor, hasOpenTransfer } from "./member-events.model";
import { EditMemberModal } from "./member-forms";
import { MemberStatusTags } from "./member-labels";
import { MemberSheetButton } from "./member-papers";
import { AdmissionSection, CardSection, PartyAgeCard, PersonalSection } from "./member-profile-sections";
import { MemberTimeline } from "./member-timeline";
import { MemberWarnings } from "./member-warnings";
import { useMember, useMemberEvents, useReminders } from "./members.api";
import { RecordEventModal } from "./record-event-modal";

/** One person's record: the lý lịch, the way into the Party, the card, party age and the timeline of events. */
export function MemberProfilePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const member = useMember(id);

  if (member.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (member.isError) {
    const missing = isApiError(member.error) && (member.error.status === 404 || member.error.status === 400);
    return (
      <Card>
        <Result
          status={missing ? "404" : "error"}
          title={missing ? t("member.notFound") : t("errors.loadFailed")}
          subTitle={missing ? undefined : member.error.message}
          extra={
            <Link to="/members">
              <Button>{t("members.backToList")}</Button>
            </Link>
          }
          data-testid="member-not-found"
        />
      </Card>
    );
  }
  return <MemberView member={member.data} onReload={() => void member.refetch()} />;
}

function MemberView({ member, onReload }: { member: Member; onReload: () => void }) {
  const { t } = useTranslation();
  const tree = useOrgTree();
  const index = useMemo(() => indexTree(tree.data ?? []), [tree.data]);
  const events = useMemberEvents(member.id);
  // The scope's reminders (shared with the reminders page), of which the profile shows this member's own.
  const reminders = useReminders(undefined, member.status !== "left");
  const openTransfer = hasOpenTransfer(events.data ?? []);
  const kinds = eventKindsFor(member, openTransfer, member.can.receiveTransfer);
  const [dialog, setDialog] = useState<"edit" | "event" | "receive" | null>(null);

  return (
    <PageCard data-testid="member-profile" data-member-id={member.id}>
      <Link to="/members" className="no-print">
        ← {t("members.backToList")}
      </Link>
      <Flex align="center" gap={12} wrap style={{ margin: "8px 0 4px" }}>
        <Typography.Title level={2} style={{ margin: 0 }} data-testid="member-title">
          {member.fullName}
        </Typography.Title>
        <MemberStatusTags {...member} />
      </Flex>
      <Typography.Paragraph type="secondary" style={{ fontSize: 16 }}>
        {member.orgUnitName}
      </Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 16 }} className="no-print">
        {member.can.receiveTransfer && (
          <Button type="primary" onClick={() => setDialog("receive")} data-testid="receive-transfer">
            {t("member.receiveTransfer")}
          </Button>
        )}
        {member.can.recordEvent && (
          <Button
            type={member.can.receiveTransfer ? "default" : "primary"}
            onClick={() => setDialog("event")}
            data-testid="record-event"
          >
            {t("member.recordEvent")}
          </Button>
        )}
        {member.can.update && (
          <Button onClick={() => setDialog("edit")} data-testid="edit-member">
            {t("member.edit")}
          </Button>
        )}
        <Button onClick={() => window.print()} data-testid="print-member">
          {t("member.print")}
        </Button>
        {member.status !== "candidate" && <MemberSheetButton memberId={member.id} />}
      </Flex>
      <MemberWarnings member={member} reminders={reminders.data ?? []} openTransfer={openTransfer} />
      <Row gutter={24}>
        <Col xs={24} xl={15}>
          <PersonalSection member={member} />
          <AdmissionSection member={member} />
          <CardSection member={member} />
          {member.status !== "candidate" && <MemberResidenceSection memberId={member.id} />}
          {member.status !== "candidate" && <CommendationsSection memberId={member.id} />}
        </Col>
        <Col xs={24} xl={9}>
          <PartyAgeCard member={member} />
          {member.status !== "candidate" && <MemberBadgesSection memberId={member.id} />}
          <Typography.Title level={5}>{t("member.timeline")}</Typography.Title>
          <MemberTimeline memberId={member.id} index={index} />
        </Col>
      </Row>
      {member.can.update && (
        <EditMemberModal member={member} open={dialog === "edit"} onClose={() => setDialog(null)} onStale={onReload} />
      )}
      {member.can.receiveTransfer && (
        <RecordEventModal
          member={member}
          kinds={["transfer_received"]}
          index={index}
          open={dialog === "receive"}
          onClose={() => setDialog(null)}
        />
      )}
      {member.can.recordEvent && (
        <RecordEventModal
          member={member}
          kinds={kinds}
          index={index}
          open={dialog === "event"}
          onClose={() => setDialog(null)}
        />
      )}
    </PageCard>
  );
}
