import type { CreateUserInput, RoleCode, UserView } from "@dangvu/contract";
import { Form, Input, Select, Switch, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { FormModal, useRequired } from "../../lib/forms";
import type { TreeIndex } from "../org/org-tree.model";
import { UnitPicker } from "../org/unit-picker";
import { useAddGrant, useCreateUser, useUpdateUser } from "./users.api";

const roleCodes: RoleCode[] = ["admin", "inspection", "grassroots_staff", "cell_secretary", "member"];

function RoleAndUnitFields({ index }: { index: TreeIndex }) {
  const { t } = useTranslation();
  const chooseOne = { required: true, message: t("validation.requiredSelect") };
  return (
    <>
      <Form.Item name="role" label={t("users.role")} rules={[chooseOne]}>
        <Select options={roleCodes.map((role) => ({ value: role, label: t(`role.${role}`) }))} />
      </Form.Item>
      <Form.Item name="orgUnitId" label={t("users.orgUnit")} rules={[chooseOne]} extra={t("users.grantHint")}>
        <UnitPicker index={index} testId="grant-unit-picker" />
      </Form.Item>
    </>
  );
}

/** Creates a login with its first grant. */
export function CreateUserModal({ index, open, onClose }: { index: TreeIndex; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const required = useRequired();
  const create = useCreateUser();
  return (
    <FormModal<CreateUserInput>
      open={open}
      onClose={onClose}
      title={t("users.create")}
      width={620}
      initialValues={{ role: "member" }}
      successMessage={t("users.created")}
      onSubmit={(values) =>
        create.mutateAsync({ ...values, username: values.username.trim(), displayName: values.displayName.trim() })
      }
      testId="create-user-form"
    >
      <Form.Item
        name="username"
        label={t("users.username")}
        extra={t("validation.usernameFormat")}
        rules={[required, { pattern: /^[a-z0-9._-]{3,40}$/, message: t("validation.usernameFormat") }]}
      >
        <Input autoFocus autoComplete="off" maxLength={40} />
      </Form.Item>
      <Form.Item name="displayName" label={t("users.displayName")} rules={[required]}>
        <Input maxLength={120} />
      </Form.Item>
      <Form.Item
        name="password"
        label={t("users.password")}
        extra={t("auth.passwordHint")}
        rules={[required, { min: 8, message: t("validation.passwordTooShort") }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <RoleAndUnitFields index={index} />
    </FormModal>
  );
}

interface EditValues {
  displayName: string;
  isActive: boolean;
  password?: string;
}

/** Changes a user's name, lets them sign in or not, or resets their password. */
export function EditUserModal({ user, onClose }: { user: UserView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const required = useRequired();
  const update = useUpdateUser(user?.id ?? "");
  return (
    <FormModal<EditValues>
      open={user !== null}
      onClose={onClose}
      title={t("users.editTitle", { name: user?.username ?? "" })}
      initialValues={{ displayName: user?.displayName, isActive: user?.isActive }}
      successMessage={t("users.updated")}
      onSubmit={(values) =>
        update.mutateAsync({
          version: user?.version ?? 1,
          displayName: values.displayName.trim(),
          isActive: values.isActive,
          password: values.password || undefined,
        })
      }
      testId="edit-user-form"
    >
      <Form.Item name="displayName" label={t("users.displayName")} rules={[required]}>
        <Input autoFocus maxLength={120} />
      </Form.Item>
      <Form.Item name="isActive" label={t("users.isActive")} valuePropName="checked">
        <Switch checkedChildren={t("users.active")} unCheckedChildren={t("users.disabled")} />
      </Form.Item>
      <Form.Item
        name="password"
        label={t("users.resetPassword")}
        extra={t("users.resetPasswordHint")}
        rules={[{ min: 8, message: t("validation.passwordTooShort") }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}

/** Grants a role at an organisation (and so over everything below it). */
export function AddGrantModal({
  index,
  user,
  onClose,
}: {
  index: TreeIndex;
  user: UserView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const add = useAddGrant(user?.id ?? "");
  return (
    <FormModal<{ role: RoleCode; orgUnitId: string }>
      open={user !== null}
      onClose={onClose}
      title={t("users.addGrantTitle", { name: user?.displayName ?? "" })}
      width={620}
      successMessage={t("users.granted")}
      onSubmit={(values) => add.mutateAsync(values)}
      testId="add-grant-form"
    >
      {user && user.grants.length > 0 && (
        <Typography.Paragraph type="secondary">
          {user.grants.map((g) => `${t(`role.${g.role}`)} @ ${g.orgUnitName}`).join("; ")}
        </Typography.Paragraph>
      )}
      <RoleAndUnitFields index={index} />
    </FormModal>
  );
}
