import type { CreatedCommentRequest, ResidenceCase, ResidenceRegistration } from "@dangvu/contract";
import { Alert, App, Button, DatePicker, Flex, Form, Input, InputNumber, Modal, Radio, Typography, Upload } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { displayDateFormat, formatDate, toIsoDate } from "../../lib/dates";
import { FormModal, useRequired } from "../../lib/forms";
import type { LettersState } from "./comment-letters-page";
import { QrCode } from "./qr-code";
import {
  useEndResidence,
  useRecordPaperComment,
  useRegisterResidence,
  useRequestComment,
  useUpdateResidence,
} from "./residence.api";

const cases: ResidenceCase[] = ["normal", "introduced_exempt", "not_introduced"];
const notFuture = (date: Dayjs) => date.isAfter(dayjs(), "day");

export function DateField({ name, label, future = false }: { name: string; label: string; future?: boolean }) {
  const required = useRequired();
  return (
    <Form.Item name={name} label={label} rules={[required]}>
      <DatePicker
        format={displayDateFormat}
        disabledDate={future ? undefined : notFuture}
        data-testid={`field-${name}`}
      />
    </Form.Item>
  );
}

interface RegistrationValues {
  address: string;
  residenceOrgName: string;
  registeredOn: Dayjs;
  case: ResidenceCase;
}

/** Registers a place of residence, or corrects one when `registration` is given. */
export function RegistrationModal(props: {
  memberId: string;
  registration?: ResidenceRegistration;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const required = useRequired();
  const create = useRegisterResidence(props.memberId);
  const update = useUpdateResidence(props.registration?.id ?? "");
  const current = props.registration;
  return (
    <FormModal<RegistrationValues>
      open={props.open}
      title={current ? t("residence.edit") : t("residence.add")}
      successMessage={t("residence.saved")}
      initialValues={
        current ? { ...current, registeredOn: dayjs(current.registeredOn) } : { case: "normal", registeredOn: dayjs() }
      }
      onSubmit={(values) => {
        const input = { ...values, registeredOn: toIsoDate(values.registeredOn) };
        return current ? update.mutateAsync({ ...input, version: current.version }) : create.mutateAsync(input);
      }}
      onClose={props.onClose}
      testId="residence-form"
    >
      <Form.Item name="address" label={t("residence.address")} rules={[required]}>
        <Input data-testid="field-address" />
      </Form.Item>
      <Form.Item name="residenceOrgName" label={t("residence.orgName")} rules={[required]}>
        <Input data-testid="field-residenceOrgName" />
      </Form.Item>
      <DateField name="registeredOn" label={t("residence.registeredOn")} />
      <Form.Item name="case" label={t("residence.case")} rules={[required]}>
        <Radio.Group options={cases.map((c) => ({ value: c, label: t(`residence.cases.${c}`) }))} />
      </Form.Item>
    </FormModal>
  );
}

/** Ends a registration in force. */
export function EndRegistrationModal(props: {
  registration: ResidenceRegistration;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const end = useEndResidence(props.registration.id);
  return (
    <FormModal<{ endedOn: Dayjs }>
      open={props.open}
      title={t("residence.end")}
      danger
      okText={t("residence.end")}
      successMessage={t("residence.saved")}
      initialValues={{ endedOn: dayjs() }}
      onSubmit={(values) =>
        end.mutateAsync({ version: props.registration.version, endedOn: toIsoDate(values.endedOn) })
      }
      onClose={props.onClose}
      testId="residence-end-form"
    >
      <Typography.Paragraph type="secondary">{t("residence.endHint")}</Typography.Paragraph>
      <DateField name="endedOn" label={t("residence.endedOn")} />
    </FormModal>
  );
}

/** Asks for this year's comment; on success the link is shown once, to copy. */
export function RequestCommentModal(props: {
  memberId: string;
  residenceCase: ResidenceCase;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const required = useRequired();
  const request = useRequestComment();
  const [created, setCreated] = useState<CreatedCommentRequest | null>(null);
  // Once the link exists the form closes but the dialog stays, showing the link until the user closes it.
  const hasLink = useRef(false);
  const exempt = props.residenceCase === "introduced_exempt";
  return (
    <>
      <FormModal<{ year: number; dueOn: Dayjs; reason?: string }>
        open={props.open && !created}
        title={t("residence.requestTitle")}
        okText={t("residence.request")}
        initialValues={{ year: dayjs().year(), dueOn: dayjs().add(30, "day") }}
        onSubmit={async (values) => {
          const result = await request.mutateAsync({
            memberId: props.memberId,
            year: values.year,
            dueOn: toIsoDate(values.dueOn),
            reason: values.reason || undefined,
          });
          hasLink.current = true;
          setCreated(result);
        }}
        onClose={() => {
          if (!hasLink.current) props.onClose();
        }}
        testId="residence-request-form"
      >
        <Form.Item name="year" label={t("residence.year")} rules={[required]}>
          <InputNumber min={2000} max={2100} data-testid="field-year" />
        </Form.Item>
        <DateField name="dueOn" label={t("residence.dueOn")} future />
        {exempt && <Alert type="info" showIcon title={t("residence.exemptHint")} style={{ marginBottom: 12 }} />}
        {exempt && (
          <Form.Item name="reason" label={t("residence.reason")} rules={[required]}>
            <Input.TextArea rows={2} data-testid="field-reason" />
          </Form.Item>
        )}
      </FormModal>
      {created && <CreatedLinkModal created={created} onClose={props.onClose} />}
    </>
  );
}

/** The new link, shown this once: its short code and QR code, to copy or to print on a letter. */
export function CreatedLinkModal({ created, onClose }: { created: CreatedCommentRequest; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const link = `${window.location.origin}${created.link}`;
  const copy = async () => {
    await navigator.clipboard?.writeText(link).catch(() => undefined);
    void message.success(t("residence.copied"));
  };
  const state: LettersState = { created: [created] };
  return (
    <Modal
      open
      title={t("residence.linkTitle")}
      onCancel={onClose}
      footer={
        <Button onClick={onClose} data-testid="close-link">
          {t("common.close")}
        </Button>
      }
    >
      <Typography.Paragraph>
        {t("residence.linkExplain", { date: formatDate(created.expiresAt.slice(0, 10)) })}
      </Typography.Paragraph>
      <Input.TextArea value={link} readOnly autoSize data-testid="residence-link" style={{ marginBottom: 12 }} />
      <Flex gap={16} align="center" wrap style={{ marginBottom: 12 }}>
        <QrCode text={link} size={120} label={t("residence.letters.qrLabel", { name: created.request.memberName })} />
        <div>
          <Typography.Text type="secondary">{t("residence.shortCode")}</Typography.Text>
          <div style={{ fontSize: 26, fontFamily: "monospace", fontWeight: 700 }} data-testid="residence-short-code">
            {created.shortCode}
          </div>
        </div>
      </Flex>
      <Flex gap={8} wrap>
        <Button type="primary" onClick={() => void copy()} data-testid="copy-link">
          {t("residence.copy")}
        </Button>
        <Button onClick={() => void navigate("/residence/letters", { state })} data-testid="print-letter">
          {t("residence.printLetter")}
        </Button>
      </Flex>
    </Modal>
  );
}

/** The comment's own fields, shared by the paper form and the public form. */
export function CommentFields({ size }: { size?: "large" }) {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <>
      <Form.Item name="assessment" label={t("residence.assessment")} rules={[required]}>
        <Radio.Group
          size={size}
          optionType="button"
          buttonStyle="solid"
          options={(["good", "fair", "needs_improvement"] as const).map((a) => ({
            value: a,
            label: t(`residence.assessments.${a}`),
          }))}
          data-testid="field-assessment"
        />
      </Form.Item>
      <Form.Item name="commentText" label={t("residence.commentText")} rules={[required]}>
        <Input.TextArea rows={5} data-testid="field-commentText" />
      </Form.Item>
      <Form.Item name="signerName" label={t("residence.signerName")} rules={[required]}>
        <Input size={size} data-testid="field-signerName" />
      </Form.Item>
      <Form.Item name="signerPosition" label={t("residence.signerPosition")} rules={[required]}>
        <Input size={size} data-testid="field-signerPosition" />
      </Form.Item>
    </>
  );
}

/** Records a comment the residence cell returned on paper, with an optional scan. */
export function PaperCommentModal(props: { requestId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useRecordPaperComment(props.requestId);
  const [scan, setScan] = useState<File | null>(null);
  type Values = {
    assessment: "good" | "fair" | "needs_improvement";
    commentText: string;
    signerName: string;
    signerPosition: string;
    receivedOn: Dayjs;
  };
  return (
    <FormModal<Values>
      open={props.open}
      title={t("residence.paperTitle")}
      successMessage={t("residence.saved")}
      initialValues={{ receivedOn: dayjs() }}
      onSubmit={(values) =>
        record.mutateAsync({ input: { ...values, receivedOn: toIsoDate(values.receivedOn) }, scan })
      }
      onClose={props.onClose}
      testId="residence-paper-form"
    >
      <CommentFields />
      <DateField name="receivedOn" label={t("residence.receivedOn")} />
      <Form.Item label={t("residence.scan")}>
        <Upload
          maxCount={1}
          beforeUpload={(file) => {
            setScan(file);
            return false;
          }}
          onRemove={() => setScan(null)}
        >
          <Button>{t("residence.chooseScan")}</Button>
        </Upload>
      </Form.Item>
    </FormModal>
  );
}
