import type { Member } from "@dangvu/contract";
import { Card, Descriptions, type DescriptionsProps, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { partyRed } from "../../app/providers";
import { translateKnown } from "../../i18n";
import { formatDate } from "../../lib/dates";
import { ResponsiveTable } from "../../lib/responsive-table";
import { partyAgeText } from "./member-labels";

type Items = NonNullable<DescriptionsProps["items"]>;

/** An empty value shows as a dash, so that blank and unknown read the same everywhere. */
function value(content: ReactNode): ReactNode {
  return content === null || content === undefined || content === "" ? (
    <Typography.Text type="secondary">—</Typography.Text>
  ) : (
    content
  );
}

function Section({ title, items, testId }: { title: string; items: Items; testId: string }) {
  return (
    <Descriptions
      title={title}
      layout="vertical"
      size="small"
      column={{ xs: 1, sm: 2, md: 3 }}
      colon={false}
      items={items.map((item) => ({ ...item, children: value(item.children) }))}
      styles={{ label: { color: "#8c8c8c", paddingBottom: 0 }, content: { fontSize: 16, paddingBottom: 12 } }}
      style={{ marginBottom: 16 }}
      data-testid={testId}
    />
  );
}

/** Lý lịch items: who the person is, their education and work. */
export function PersonalSection({ member }: { member: Member }) {
  const { t } = useTranslation();
  const hidden = <Typography.Text type="secondary">{t("member.hidden")}</Typography.Text>;
  const items: Items = [
    { key: "birthName", label: t("member.birthName"), children: member.birthName },
    { key: "sex", label: t("member.sex"), children: t(`sex.${member.sex}`) },
    { key: "birthDate", label: t("members.birthDate"), children: formatDate(member.birthDate) },
    { key: "birthPlace", label: t("member.birthPlace"), children: member.birthPlace },
    { key: "homeTown", label: t("member.homeTown"), children: member.homeTown },
    { key: "ethnicity", label: t("member.ethnicity"), children: member.ethnicity },
    { key: "religion", label: t("member.religion"), children: member.religion },
    { key: "citizenId", label: t("member.citizenId"), children: member.citizenId },
    { key: "phone", label: t("member.phone"), children: member.phone },
    { key: "address", label: t("member.address"), children: member.can.viewSensitive ? member.address : hidden },
    { key: "generalEducation", label: t("member.generalEducation"), children: member.generalEducation },
    {
      key: "theory",
      label: t("member.politicalTheoryLevel"),
      children: t(`theoryLevel.${member.politicalTheoryLevel}`),
    },
    { key: "qualification", label: t("member.professionalQualification"), children: member.professionalQualification },
    { key: "academicTitle", label: t("member.academicTitle"), children: member.academicTitle },
    { key: "occupation", label: t("member.occupation"), children: member.occupation },
    { key: "jobTitle", label: t("member.jobTitle"), children: member.jobTitle },
    { key: "fileNumber", label: t("member.fileNumber"), children: member.fileNumber },
  ];
  return <Section title={t("member.personal")} items={items} testId="member-personal" />;
}

/** From the awareness course to full membership, and the exit if there was one. */
export function AdmissionSection({ member }: { member: Member }) {
  const { t } = useTranslation();
  const course = [
    member.courseCertificateNo && t("member.courseValue", { no: member.courseCertificateNo }),
    member.courseCompletedOn && t("member.courseDate", { date: formatDate(member.courseCompletedOn) }),
  ].filter(Boolean);
  const decision = member.admissionDecidedOn
    ? t("member.decisionValue", {
        no: member.admissionDecisionNo ?? "…",
        date: formatDate(member.admissionDecidedOn),
      })
    : null;
  const ceremony = member.ceremonyOn
    ? [formatDate(member.ceremonyOn), member.ceremonyPlace].filter(Boolean).join(" — ")
    : null;
  const items: Items = [
    { key: "course", label: t("member.course"), children: course.join(", "), span: 2 },
    { key: "helper", label: t("member.helper"), children: member.helperName },
    { key: "decision", label: t("member.admissionDecision"), children: decision },
    { key: "ceremony", label: t("member.ceremony"), children: ceremony },
    ...(member.status === "probationary"
      ? [{ key: "probationEnds", label: t("member.probationEndsOn"), children: formatDate(member.probationEndsOn) }]
      : []),
    { key: "full", label: t("member.fullMembershipOn"), children: formatDate(member.fullMembershipOn) },
    ...(member.exitReason
      ? [
          {
            key: "exit",
            label: t("member.exit"),
            children: `${t(`exitReason.${member.exitReason}`)} — ${formatDate(member.exitedOn)}`,
          },
        ]
      : []),
  ];
  return <Section title={t("member.admissionSection")} items={items} testId="member-admission" />;
}

/** The current party card and the cards before it (the 2025 exchange keeps the old number in the history). */
export function CardSection({ member }: { member: Member }) {
  const { t } = useTranslation();
  return (
    <div data-testid="member-card">
      <Typography.Title level={5}>{t("member.cardSection")}</Typography.Title>
      <Typography.Paragraph>
        {t("member.currentCard")}:{" "}
        {member.cardNumber ? (
          <Typography.Text strong copyable>
            {member.cardNumber}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t("member.noCard")}</Typography.Text>
        )}
      </Typography.Paragraph>
      {member.cards.length > 0 && (
        <ResponsiveTable
          size="small"
          rowKey={(card) => `${card.cardNumber}-${card.issuedOn}`}
          pagination={false}
          dataSource={member.cards}
          columns={[
            { key: "no", title: t("members.cardNumber"), dataIndex: "cardNumber" },
            { key: "on", title: t("member.cardIssuedOn"), render: (_, c) => formatDate(c.issuedOn) },
            {
              key: "reason",
              title: t("member.cardReason"),
              render: (_, c) => translateKnown(`member.cardReasons.${c.reason}`, c.reason),
            },
            { key: "ended", title: t("member.cardEndedOn"), render: (_, c) => formatDate(c.endedOn) },
          ]}
        />
      )}
    </div>
  );
}

/** Party age, large: what Bác Tư and his secretary look for first. */
export function PartyAgeCard({ member }: { member: Member }) {
  const { t } = useTranslation();
  const since = member.partyAge.since;
  return (
    <Card size="small" style={{ marginBottom: 16, borderColor: partyRed }} data-testid="member-party-age">
      <Typography.Text type="secondary">{t("member.partyAgeTitle")}</Typography.Text>
      <div
        style={{
          fontSize: since ? 34 : 18,
          fontWeight: since ? 700 : 400,
          color: since ? partyRed : undefined,
          lineHeight: 1.3,
        }}
      >
        {partyAgeText(t, member.partyAge, member.status)}
      </div>
      {since && (
        <Typography.Text type="secondary">{t("member.partyAgeSince", { date: formatDate(since) })}</Typography.Text>
      )}
    </Card>
  );
}
