import type { ResidenceCommentInput } from "@dangvu/contract";
import { Alert, Button, Card, Form, Result, Spin, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { formatDate } from "../../lib/dates";
import { applyServerError } from "../../lib/forms";
import { usePublicForm, useSubmitPublicComment } from "./residence.api";
import { CommentFields } from "./residence-forms";

const page = { maxWidth: 640, margin: "0 auto", padding: "16px 12px", fontSize: 18 } as const;

/**
 * The residence cell secretary's form, opened from a single-use link without an account: large text for a phone,
 * only the member's name and cell, and a thank-you once sent. Expired or used links say so plainly.
 */
export function PublicCommentPage() {
  const { t } = useTranslation();
  const { token = "" } = useParams();
  const facts = usePublicForm(token);
  const [sent, setSent] = useState(false);
  if (sent)
    return (
      <div style={page}>
        <Result
          status="success"
          title={t("publicComment.thanks")}
          subTitle={t("publicComment.thanksText")}
          data-testid="public-thanks"
        />
      </div>
    );
  if (facts.isPending)
    return (
      <div style={{ ...page, textAlign: "center", paddingTop: 80 }}>
        <Spin size="large" />
        <Typography.Paragraph style={{ fontSize: 18 }}>{t("publicComment.loading")}</Typography.Paragraph>
      </div>
    );
  if (facts.isError)
    return (
      <div style={page}>
        <Result
          status="warning"
          title={t("publicComment.unavailable")}
          subTitle={<span style={{ fontSize: 18 }}>{facts.error.message}</span>}
          extra={
            <Link to="/nx" style={{ fontSize: 18 }} data-testid="public-to-code">
              {t("publicComment.typeCode")}
            </Link>
          }
          data-testid="public-unavailable"
        />
      </div>
    );
  return (
    <div style={page}>
      <Typography.Title level={2} style={{ textAlign: "center" }}>
        {t("publicComment.title")}
      </Typography.Title>
      <Card style={{ marginBottom: 16, fontSize: 18 }}>
        <Typography.Paragraph style={{ fontSize: 18 }}>
          {t("publicComment.intro", { year: facts.data.year })}
        </Typography.Paragraph>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="public-member-name">
          {facts.data.memberName}
        </Typography.Title>
        <Typography.Paragraph style={{ fontSize: 18, margin: 0 }} data-testid="public-cell">
          {t("publicComment.cell")}: {facts.data.cellName}
          {facts.data.parentName ? `, ${facts.data.parentName}` : ""}
        </Typography.Paragraph>
        <Typography.Paragraph style={{ fontSize: 18, margin: "8px 0 0" }} data-testid="public-due">
          {t("publicComment.dueOn")}: <b>{formatDate(facts.data.dueOn)}</b>
        </Typography.Paragraph>
      </Card>
      <CommentForm token={token} onSent={() => setSent(true)} />
    </div>
  );
}

function CommentForm({ token, onSent }: { token: string; onSent: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ResidenceCommentInput>();
  const submit = useSubmitPublicComment(token);
  const [error, setError] = useState<string | null>(null);
  const finish = async (values: ResidenceCommentInput) => {
    setError(null);
    try {
      await submit.mutateAsync(values);
      onSent();
    } catch (caught) {
      setError(applyServerError(form, caught, t("errors.unknown")));
    }
  };
  return (
    <Form<ResidenceCommentInput>
      form={form}
      layout="vertical"
      size="large"
      onFinish={(v) => void finish(v)}
      style={{ fontSize: 18 }}
      data-testid="public-form"
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Typography.Paragraph type="secondary">{t("publicComment.commentHint")}</Typography.Paragraph>
      <CommentFields size="large" />
      <Button
        type="primary"
        htmlType="submit"
        size="large"
        block
        loading={submit.isPending}
        data-testid="public-submit"
      >
        {t("publicComment.submit")}
      </Button>
    </Form>
  );
}
