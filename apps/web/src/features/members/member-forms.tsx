import type { CreateMemberInput, Member } from "@dangvu/contract";
import { Alert, App, Col, Divider, Form, Input, Radio, Row } from "antd";
import type { Dayjs } from "dayjs";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../lib/api";
import { optionalIso } from "../../lib/dates";
import { DefaultWhileUntouched, FormModal } from "../../lib/forms";
import { isCellType, type TreeIndex } from "../org/org-tree.model";
import { UnitPicker } from "../org/unit-picker";
import { ProfileFields, type ProfileValues, profileInput, profileValues } from "./member-profile-fields";
import { useCreateMember, useUpdateMember } from "./members.api";
import { PastDateField } from "./past-date-field";

type Status = CreateMemberInput["status"];

interface CreateValues extends ProfileValues {
  orgUnitId: string;
  status: Status;
  admissionDecisionNo?: string;
  admissionDecidedOn?: Dayjs;
  ceremonyOn?: Dayjs;
  ceremonyPlace?: string;
  fullMembershipOn?: Dayjs;
  cardNumber?: string;
  transferredFrom?: string;
  receivedOn?: Dayjs;
  irregularReason?: string;
}

/**
 * Shown once the server has found that an old record breaks today's rules: the reason it is entered as the paper says.
 * It stays hidden before, so nobody reaches for an exception first.
 */
function IrregularReasonField() {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginTop: 16 }}
      data-testid="irregular-reason"
      title={t("memberForm.irregularHint")}
      description={
        <Form.Item name="irregularReason" label={t("memberForm.irregularReason")} style={{ marginBottom: 0 }}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      }
    />
  );
}

/** Admission details for someone who is already a member (from paper records, or transferred in). */
function AdmissionFields() {
  const { t } = useTranslation();
  const status = Form.useWatch<Status>("status");
  if (!status || status === "candidate") return null;
  return (
    <>
      <Divider titlePlacement="start">{t("memberForm.sectionAdmission")}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="admissionDecisionNo" label={t("eventForm.decisionNo")}>
            <Input maxLength={50} placeholder={t("eventForm.decisionNoPlaceholder")} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <PastDateField name="admissionDecidedOn" label={t("eventForm.decidedOn")} required />
        </Col>
        <Col xs={24} md={12}>
          <PastDateField name="ceremonyOn" label={t("eventForm.ceremonyOn")} />
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="ceremonyPlace" label={t("eventForm.ceremonyPlace")}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="transferredFrom"
            label={t("memberForm.transferredFrom")}
            extra={t("memberForm.transferredFromHint")}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <PastDateField name="receivedOn" label={t("memberForm.receivedOn")} />
        </Col>
        {status === "full" && (
          <>
            <Col xs={24} md={12}>
              <PastDateField name="fullMembershipOn" label={t("member.fullMembershipOn")} required />
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="cardNumber" label={t("eventForm.cardNumber")}>
                <Input maxLength={30} />
              </Form.Item>
            </Col>
          </>
        )}
      </Row>
    </>
  );
}

interface CreateProps {
  index: TreeIndex;
  open: boolean;
  onClose: () => void;
  onCreated: (member: Member) => void;
}

/** A new record in a cell: an outstanding candidate, or a member entered from paper records. */
export function CreateMemberModal({ index, open, onClose, onCreated }: CreateProps) {
  const { t } = useTranslation();
  const create = useCreateMember();
  const cells = useMemo(() => [...index.byId.values()].filter((u) => isCellType(u.type)), [index]);
  const chooseOne = { required: true, message: t("validation.requiredSelect") };
  const [irregular, setIrregular] = useState(false);
  const close = () => {
    setIrregular(false);
    onClose();
  };
  return (
    <FormModal<CreateValues>
      open={open}
      onClose={close}
      title={t("memberForm.createTitle")}
      width={820}
      initialValues={{
        status: "candidate",
        politicalTheoryLevel: "none",
        orgUnitId: cells.length === 1 ? cells[0]?.id : undefined,
      }}
      successMessage={t("memberForm.created")}
      onSubmit={async (values) => {
        const full = values.status === "full";
        const member = await create
          .mutateAsync({
            ...profileInput(values, true),
            orgUnitId: values.orgUnitId,
            status: values.status,
            admissionDecisionNo: values.admissionDecisionNo?.trim() || undefined,
            admissionDecidedOn: optionalIso(values.admissionDecidedOn),
            ceremonyOn: optionalIso(values.ceremonyOn),
            ceremonyPlace: values.ceremonyPlace?.trim() || undefined,
            fullMembershipOn: full ? optionalIso(values.fullMembershipOn) : undefined,
            cardNumber: full ? values.cardNumber?.trim() || undefined : undefined,
            transferredFrom: values.transferredFrom?.trim() || undefined,
            receivedOn: values.transferredFrom?.trim() ? optionalIso(values.receivedOn) : undefined,
            irregularReason: values.irregularReason?.trim() || undefined,
          })
          .catch((error: unknown) => {
            if (isApiError(error) && error.code === "member.paper.irregular") setIrregular(true);
            throw error;
          });
        setIrregular(false);
        onCreated(member);
      }}
      testId="create-member-form"
    >
      <Form.Item name="status" label={t("memberForm.status")} extra={t("memberForm.statusHint")}>
        <Radio.Group
          optionType="button"
          options={(["candidate", "probationary", "full"] as const).map((s) => ({
            value: s,
            label: t(`memberStatus.${s}`),
          }))}
        />
      </Form.Item>
      <DefaultWhileUntouched name="orgUnitId" value={cells.length === 1 ? cells[0]?.id : undefined} />
      <Form.Item name="orgUnitId" label={t("memberForm.cell")} rules={[chooseOne]} extra={t("memberForm.cellHint")}>
        <UnitPicker index={index} isDisabled={(u) => !isCellType(u.type)} testId="member-cell-picker" />
      </Form.Item>
      <ProfileFields />
      <AdmissionFields />
      {irregular && <IrregularReasonField />}
    </FormModal>
  );
}

/** Edits the profile; the version sent back makes a concurrent edit fail instead of being overwritten. */
export function EditMemberModal({
  member,
  open,
  onClose,
  onStale,
}: {
  member: Member;
  open: boolean;
  onClose: () => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const update = useUpdateMember(member.id);
  const sensitive = member.can.viewSensitive;
  return (
    <FormModal<ProfileValues>
      open={open}
      onClose={onClose}
      title={t("memberForm.editTitle", { name: member.fullName })}
      width={820}
      initialValues={profileValues(member)}
      successMessage={t("memberForm.updated")}
      onSubmit={async (values) => {
        try {
          await update.mutateAsync({ ...profileInput(values, sensitive), version: member.version });
        } catch (error) {
          if (isApiError(error) && error.status === 409) {
            void modal.confirm({
              title: t("memberForm.staleTitle"),
              content: error.message,
              okText: t("memberForm.staleReload"),
              cancelText: t("common.cancel"),
              onOk: () => {
                onClose();
                onStale();
              },
            });
          }
          throw error;
        }
      }}
      testId="edit-member-form"
    >
      <ProfileFields sensitiveLocked={!sensitive} />
    </FormModal>
  );
}
