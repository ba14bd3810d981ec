import type { CreateMemberInput, Member, PoliticalTheoryLevel } from "@dangvu/contract";
import { PoliticalTheoryLevel as TheoryLevels } from "@dangvu/contract";
import { AutoComplete, Col, DatePicker, Divider, Form, Input, Radio, Row, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { displayDateFormat, parseIsoDate, toIsoDate } from "../../lib/dates";
import { useRequired } from "../../lib/forms";

/** The editable profile as the form holds it: dates as dayjs, empty text as "". */
export interface ProfileValues {
  fullName: string;
  birthName?: string;
  sex: "male" | "female";
  birthDate: Dayjs;
  birthPlace?: string;
  homeTown?: string;
  ethnicity?: string;
  religion?: string;
  citizenId?: string;
  generalEducation?: string;
  professionalQualification?: string;
  academicTitle?: string;
  politicalTheoryLevel: PoliticalTheoryLevel;
  occupation?: string;
  jobTitle?: string;
  phone?: string;
  address?: string;
  fileNumber?: string;
}

const textFields = [
  "fullName",
  "birthName",
  "birthPlace",
  "homeTown",
  "ethnicity",
  "religion",
  "citizenId",
  "generalEducation",
  "professionalQualification",
  "academicTitle",
  "occupation",
  "jobTitle",
  "phone",
  "address",
  "fileNumber",
] as const;

/** The profile part of a new or edited record (lý lịch fields only). */
export type ProfileInput = Omit<
  CreateMemberInput,
  | "orgUnitId"
  | "status"
  | "admissionDecisionNo"
  | "admissionDecidedOn"
  | "ceremonyOn"
  | "ceremonyPlace"
  | "fullMembershipOn"
  | "cardNumber"
>;

/** Fields only people allowed to see personal data may change; others would be sending masked values. */
export const sensitiveFields = ["citizenId", "phone", "address"] as const;

/** The profile part of a request: trimmed text, cleared text as null, the birth date as ISO. */
export function profileInput(values: ProfileValues, withSensitive: boolean): ProfileInput {
  const text: Record<string, string | null> = {};
  for (const field of textFields) {
    if (!withSensitive && (sensitiveFields as readonly string[]).includes(field)) continue;
    text[field] = values[field]?.trim() || null;
  }
  return {
    ...text,
    fullName: values.fullName.trim(),
    sex: values.sex,
    birthDate: toIsoDate(values.birthDate),
    politicalTheoryLevel: values.politicalTheoryLevel,
  } as ProfileInput;
}

/** A member's profile as form values, for editing. */
export function profileValues(member: Member): ProfileValues {
  const values: Record<string, unknown> = {};
  for (const field of textFields) values[field] = member[field] ?? "";
  return {
    ...(values as Omit<ProfileValues, "sex" | "birthDate" | "politicalTheoryLevel">),
    sex: member.sex,
    birthDate: parseIsoDate(member.birthDate) ?? dayjs(),
    politicalTheoryLevel: member.politicalTheoryLevel,
  };
}

function Field({ children }: { children: ReactNode }) {
  return (
    <Col xs={24} md={12}>
      {children}
    </Col>
  );
}

/** The fields of the lý lịch / phiếu đảng viên, two to a row. */
export function ProfileFields({ sensitiveLocked = false }: { sensitiveLocked?: boolean }) {
  const { t } = useTranslation();
  const required = useRequired();
  const locked = sensitiveLocked ? { disabled: true, placeholder: t("member.hidden") } : {};
  const lockedHint = sensitiveLocked ? t("memberForm.sensitiveLocked") : undefined;
  const text = (name: (typeof textFields)[number], label: string, max: number, extra?: string) => (
    <Field>
      <Form.Item name={name} label={label} extra={extra}>
        <Input maxLength={max} />
      </Form.Item>
    </Field>
  );
  return (
    <>
      <Divider titlePlacement="start">{t("memberForm.sectionPersonal")}</Divider>
      <Row gutter={16}>
        <Field>
          <Form.Item name="fullName" label={t("members.fullName")} rules={[required]}>
            <Input maxLength={120} autoFocus />
          </Form.Item>
        </Field>
        {text("birthName", t("member.birthName"), 120)}
        <Field>
          <Form.Item name="sex" label={t("member.sex")} rules={[required]}>
            <Radio.Group options={(["male", "female"] as const).map((s) => ({ value: s, label: t(`sex.${s}`) }))} />
          </Form.Item>
        </Field>
        <Field>
          <Form.Item name="birthDate" label={t("members.birthDate")} rules={[required]}>
            <DatePicker
              format={displayDateFormat}
              placeholder={t("memberForm.datePlaceholder")}
              disabledDate={(date: Dayjs) => date.isAfter(dayjs(), "day")}
              style={{ width: 200 }}
            />
          </Form.Item>
        </Field>
        {text("birthPlace", t("member.birthPlace"), 200)}
        {text("homeTown", t("member.homeTown"), 200)}
        <Field>
          <Form.Item name="ethnicity" label={t("member.ethnicity")}>
            <AutoComplete
              options={["Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng"].map((value) => ({ value }))}
            />
          </Form.Item>
        </Field>
        {text("religion", t("member.religion"), 50)}
        <Field>
          <Form.Item
            name="citizenId"
            label={t("member.citizenId")}
            extra={lockedHint}
            rules={sensitiveLocked ? [] : [{ pattern: /^\d{12}$/, message: t("validation.citizenId") }]}
          >
            <Input maxLength={12} inputMode="numeric" {...locked} />
          </Form.Item>
        </Field>
        <Field>
          <Form.Item name="phone" label={t("member.phone")} extra={lockedHint}>
            <Input maxLength={15} inputMode="tel" {...locked} />
          </Form.Item>
        </Field>
        <Col xs={24}>
          <Form.Item name="address" label={t("member.address")} extra={lockedHint}>
            <Input maxLength={300} {...locked} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start">{t("memberForm.sectionEducation")}</Divider>
      <Row gutter={16}>
        {text("generalEducation", t("member.generalEducation"), 20, t("member.generalEducationHint"))}
        <Field>
          <Form.Item name="politicalTheoryLevel" label={t("member.politicalTheoryLevel")}>
            <Select options={TheoryLevels.options.map((l) => ({ value: l, label: t(`theoryLevel.${l}`) }))} />
          </Form.Item>
        </Field>
        {text("professionalQualification", t("member.professionalQualification"), 200)}
        {text("academicTitle", t("member.academicTitle"), 100)}
        {text("occupation", t("member.occupation"), 200)}
        {text("jobTitle", t("member.jobTitle"), 200)}
        {text("fileNumber", t("member.fileNumber"), 50)}
      </Row>
    </>
  );
}
