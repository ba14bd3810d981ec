import type { LoginInput } from "@dangvu/contract";
import { Alert, Button, Card, Flex, Form, Input, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { BrandMark } from "../../app/brand-mark";
import { LanguageSwitch } from "../../app/language-switch";
import { isApiError } from "../../lib/api";
import { useRequired } from "../../lib/forms";
import { useLogin } from "./auth.api";

/** Only paths inside the app may be returned to after signing in. */
function safeNext(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/login") ? next : "/org";
}

export function LoginPage() {
  const { t } = useTranslation();
  const required = useRequired();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const login = useLogin();
  const [error, setError] = useState<string | null>(null);
  const reason = params.get("reason");
  const notice = reason === "expired" ? t("auth.expired") : reason === "csrf" ? t("auth.csrf") : null;

  async function submit(values: LoginInput) {
    setError(null);
    try {
      await login.mutateAsync(values);
      await navigate(safeNext(params.get("next")), { replace: true });
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t("errors.unknown"));
    }
  }

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{ minHeight: "100vh", padding: 16, background: "linear-gradient(180deg, #fbe9eb 0%, #f5f5f5 45%)" }}
    >
      <Card style={{ width: "100%", maxWidth: 420 }} styles={{ body: { padding: 32 } }}>
        <Flex vertical align="center" gap={4} style={{ marginBottom: 24 }}>
          <BrandMark size={56} showName={false} />
          <Typography.Title level={2} style={{ margin: "12px 0 0", color: "#c8102e" }} data-testid="app-title">
            {t("app.name")}
          </Typography.Title>
          <Typography.Text type="secondary">{t("app.tagline")}</Typography.Text>
        </Flex>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t("auth.title")}
        </Typography.Title>
        {notice && !error && <Alert type="info" showIcon title={notice} style={{ marginBottom: 16 }} />}
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
        <Form<LoginInput>
          layout="vertical"
          onFinish={(values) => void submit(values)}
          requiredMark={false}
          size="large"
        >
          <Form.Item name="username" label={t("auth.username")} rules={[required]}>
            <Input autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item name="password" label={t("auth.password")} rules={[required]}>
            <Input.Password autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
            {t("auth.submit")}
          </Button>
        </Form>
        <Flex justify="center" style={{ marginTop: 24 }}>
          <LanguageSwitch />
        </Flex>
      </Card>
    </Flex>
  );
}
