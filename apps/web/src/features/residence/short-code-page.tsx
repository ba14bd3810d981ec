import { Alert, Button, Form, Input, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { isApiError } from "../../lib/api";
import { useResolveShortCode } from "./residence.api";

const page = { maxWidth: 520, margin: "0 auto", padding: "24px 12px", fontSize: 18 } as const;

/**
 * /nx: for the residence secretary who has the paper letter but no link. The 10-character code, typed in any case,
 * with or without the dash, opens the comment form; a wrong code is explained in plain words.
 */
export function ShortCodePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const resolve = useResolveShortCode();
  const [error, setError] = useState<string | null>(null);
  const open = async ({ code }: { code: string }) => {
    setError(null);
    try {
      const { link } = await resolve.mutateAsync(code ?? "");
      void navigate(link);
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t("errors.unknown"));
    }
  };
  return (
    <div style={page} data-testid="short-code-page">
      <Typography.Title level={2} style={{ textAlign: "center" }}>
        {t("shortCode.title")}
      </Typography.Title>
      <Typography.Paragraph style={{ fontSize: 18 }}>{t("shortCode.explain")}</Typography.Paragraph>
      <Form layout="vertical" size="large" onFinish={(v) => void open(v)}>
        <Form.Item name="code" label={<span style={{ fontSize: 18 }}>{t("shortCode.label")}</span>}>
          <Input
            autoFocus
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="K7QM4-XPB9R"
            style={{ fontSize: 26, letterSpacing: 2, fontFamily: "monospace", textTransform: "uppercase" }}
            onChange={() => setError(null)}
            data-testid="short-code-input"
          />
        </Form.Item>
        {error && (
          <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="short-code-error" />
        )}
        <Button
          type="primary"
          htmlType="submit"
          block
          size="large"
          loading={resolve.isPending}
          data-testid="short-code-open"
        >
          {t("shortCode.open")}
        </Button>
      </Form>
    </div>
  );
}
