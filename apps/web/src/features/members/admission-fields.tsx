import type { Member } from "@dangvu/contract";
import { Divider, Form, Input, Select, Typography } from "antd";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../lib/dates";
import { useRequired } from "../../lib/forms";
import { FullMemberPicker } from "./full-member-picker";
import { PastDateField } from "./past-date-field";

/** The day the cell received the decision, from which the ceremony's deadline counts. */
export function DecisionReceivedField() {
  const { t } = useTranslation();
  return (
    <PastDateField
      name="decisionReceivedOn"
      label={t("eventForm.decisionReceivedOn")}
      extra={t("eventForm.decisionReceivedHint")}
    />
  );
}

/** Two full members who introduce the applicant, each with the day they started working alongside them. */
function IntroducerFields({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  return (
    <Form.List name="introducers">
      {(fields, _operations, { errors }) => (
        <>
          {fields.map((field, index) => (
            <div key={field.key} data-testid={`introducer-${index + 1}`}>
              <FullMemberPicker
                name={[field.name, "memberId"]}
                label={t("eventForm.introducer", { n: index + 1 })}
                placeholder={t("eventForm.introducerPlaceholder")}
                exclude={memberId}
                testId={`introducer-${index + 1}-picker`}
              />
              <PastDateField
                name={[field.name, "workedSince"]}
                label={t("eventForm.workedSince")}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: (_, value) =>
                      !value && getFieldValue(["introducers", field.name, "memberId"])
                        ? Promise.reject(new Error(t("eventForm.workedSinceRequired")))
                        : Promise.resolve(),
                  }),
                ]}
              />
            </div>
          ))}
          <Form.ErrorList errors={errors} />
        </>
      )}
    </Form.List>
  );
}

/** Over 60 at the decision (counted in months), when the form would need the approval number. */
function overSixty(birthDate: string, decidedOn: Dayjs | undefined): boolean {
  return dayjs(decidedOn ?? undefined).diff(dayjs(birthDate), "month") > 60 * 12;
}

/**
 * What admission and re-admission ask besides the decision: the introducers, the youth union's resolution, an education
 * exception, and above 60 the approval of the committee directly under the Centre. The server judges them.
 */
export function PrerequisiteFields({ member }: { member: Member }) {
  const { t } = useTranslation();
  const decidedOn = Form.useWatch<Dayjs | undefined>("decidedOn");
  return (
    <>
      <Divider titlePlacement="start">{t("eventForm.prerequisites")}</Divider>
      <IntroducerFields memberId={member.id} />
      <Form.Item
        name="unionIntroductionNo"
        label={t("eventForm.unionIntroductionNo")}
        extra={t("eventForm.unionIntroductionHint")}
      >
        <Input maxLength={50} style={{ maxWidth: 360 }} />
      </Form.Item>
      <Form.Item
        name="educationException"
        label={t("eventForm.educationException")}
        extra={t("eventForm.educationHint", {
          education: member.generalEducation || t("eventForm.educationNotRecorded"),
        })}
      >
        <Select
          allowClear
          options={(["remote_area", "special_case"] as const).map((value) => ({
            value,
            label: t(`eventForm.educationExceptions.${value}`),
          }))}
          data-testid="education-exception"
          style={{ maxWidth: 480 }}
        />
      </Form.Item>
      {overSixty(member.birthDate, decidedOn) && (
        <Form.Item name="overAgeApprovalNo" label={t("eventForm.overAgeApprovalNo")} extra={t("eventForm.overAgeHint")}>
          <Input maxLength={50} style={{ maxWidth: 360 }} />
        </Form.Item>
      )}
    </>
  );
}

/** Re-admission: the standing committee's consent and the ground of the exit, besides the admission's prerequisites. */
export function ReadmissionFields({ member }: { member: Member }) {
  const { t } = useTranslation();
  const required = useRequired();
  const choose = { required: true, message: t("validation.requiredSelect") };
  const ground = Form.useWatch<string | undefined>("exitGround");
  return (
    <>
      {member.exitReason && member.exitedOn && (
        <Typography.Paragraph data-testid="exit-info">
          {t("eventForm.exitInfo", {
            reason: t(`exitReason.${member.exitReason}`),
            date: formatDate(member.exitedOn),
          })}
        </Typography.Paragraph>
      )}
      <Form.Item name="approvalNo" label={t("eventForm.approvalNo")} rules={[required]}>
        <Input maxLength={50} style={{ maxWidth: 360 }} />
      </Form.Item>
      <Form.Item name="exitGround" label={t("eventForm.exitGround")} rules={[choose]}>
        <Select
          options={(
            [
              "other",
              "resigned_family_hardship",
              "minor_crime",
              "resigned",
              "gave_up_activity",
              "disunity",
              "corruption",
              "serious_crime",
            ] as const
          ).map((value) => ({ value, label: t(`eventForm.exitGrounds.${value}`) }))}
          data-testid="exit-ground"
          style={{ maxWidth: 480 }}
        />
      </Form.Item>
      {ground === "minor_crime" && (
        <PastDateField name="recordClearedOn" label={t("eventForm.recordClearedOn")} required />
      )}
    </>
  );
}
