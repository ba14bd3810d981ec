import type { ChangePasswordInput } from "@dangvu/contract";
import { Form, Input } from "antd";
import { useTranslation } from "react-i18next";
import { FormModal, useRequired } from "../../lib/forms";
import { useChangePassword } from "./auth.api";

type Values = ChangePasswordInput & { confirmPassword: string };

/** Lets the signed-in user change their own password. */
export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const required = useRequired();
  const change = useChangePassword();
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      title={t("auth.changePassword")}
      successMessage={t("auth.passwordChanged")}
      onSubmit={({ currentPassword, newPassword }) => change.mutateAsync({ currentPassword, newPassword })}
      testId="change-password-form"
    >
      <Form.Item name="currentPassword" label={t("auth.currentPassword")} rules={[required]}>
        <Input.Password autoComplete="current-password" autoFocus />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t("auth.newPassword")}
        extra={t("auth.passwordHint")}
        rules={[required, { min: 8, message: t("validation.passwordTooShort") }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t("auth.confirmPassword")}
        dependencies={["newPassword"]}
        rules={[
          required,
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || getFieldValue("newPassword") === value
                ? Promise.resolve()
                : Promise.reject(new Error(t("validation.passwordMismatch"))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
