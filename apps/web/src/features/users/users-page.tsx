import type { GrantView, UserView } from "@dangvu/contract";
import { Alert, App, Button, Flex, Input, Space, Tag, Typography } from "antd";
import { useDeferredValue, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { PageCard } from "../../lib/page-card";
import { ResponsiveTable } from "../../lib/responsive-table";
import { useHasPermission } from "../auth/auth.api";
import { useOrgTree } from "../org/org.api";
import { indexTree } from "../org/org-tree.model";
import { AddGrantModal, CreateUserModal, EditUserModal } from "./user-forms";
import { useRevokeGrant, useUsers } from "./users.api";

type Dialog = { kind: "create" } | { kind: "edit"; user: UserView } | { kind: "grant"; user: UserView } | null;

/** Users (logins) and their grants (a role at an organisation), as far as the signed-in user may manage them. */
export function UsersPage() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const [search, setSearch] = useState("");
  const q = useDeferredValue(search);
  const users = useUsers(q);
  const tree = useOrgTree();
  const index = useMemo(() => indexTree(tree.data ?? []), [tree.data]);
  const canCreate = useHasPermission("user.manage");
  const revoke = useRevokeGrant();
  const [dialog, setDialog] = useState<Dialog>(null);
  const roleLabel = (grant: GrantView) => t(`role.${grant.role}`);

  async function confirmRevoke(user: UserView, grant: GrantView) {
    const confirmed = await modal.confirm({
      title: t("users.revokeConfirmTitle"),
      content: t("users.revokeConfirm", { role: roleLabel(grant), unit: grant.orgUnitName, name: user.displayName }),
      okText: t("users.revoke"),
      okButtonProps: { danger: true },
      cancelText: t("common.cancel"),
    });
    if (!confirmed) return;
    try {
      await revoke.mutateAsync(grant.id);
      void message.success(t("users.revoked"));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t("errors.unknown"));
    }
  }

  return (
    <PageCard
      title={t("users.title")}
      actions={
        canCreate && (
          <Button type="primary" onClick={() => setDialog({ kind: "create" })} data-testid="create-user">
            {t("users.create")}
          </Button>
        )
      }
    >
      <Input
        allowClear
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        placeholder={t("users.searchPlaceholder")}
        aria-label={t("users.searchPlaceholder")}
        style={{ maxWidth: 420, marginBottom: 16 }}
        data-testid="users-search"
      />
      {users.isError && <Alert type="error" showIcon title={users.error.message} style={{ marginBottom: 16 }} />}
      <ResponsiveTable<UserView>
        rowKey="id"
        loading={users.isPending || users.isFetching}
        dataSource={users.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t("users.empty") }}
        data-testid="users-table"
        columns={[
          { key: "username", title: t("users.username"), dataIndex: "username", width: 160 },
          { key: "displayName", title: t("users.displayName"), dataIndex: "displayName", width: 220, phone: "title" },
          {
            key: "status",
            title: t("users.status"),
            width: 140,
            render: (_, user) =>
              user.isActive ? <Tag color="green">{t("users.active")}</Tag> : <Tag>{t("users.disabled")}</Tag>,
          },
          {
            key: "grants",
            title: t("users.grants"),
            render: (_, user) =>
              user.grants.length === 0 ? (
                <Typography.Text type="secondary">{t("users.noGrants")}</Typography.Text>
              ) : (
                <Flex gap={4} wrap>
                  {user.grants.map((grant) => (
                    <Tag
                      key={grant.id}
                      color="red"
                      closable={user.can.grant ? { "aria-label": t("users.revoke") } : false}
                      onClose={(e) => {
                        e.preventDefault();
                        void confirmRevoke(user, grant);
                      }}
                      data-testid="user-grant"
                    >
                      {t("users.grantLabel", { role: roleLabel(grant), unit: grant.orgUnitName })}
                    </Tag>
                  ))}
                </Flex>
              ),
          },
          {
            key: "actions",
            title: t("users.actions"),
            width: 200,
            render: (_, user) => (
              <Space>
                {user.can.update && (
                  <Button size="small" onClick={() => setDialog({ kind: "edit", user })} data-testid="edit-user">
                    {t("common.edit")}
                  </Button>
                )}
                {user.can.grant && (
                  <Button size="small" onClick={() => setDialog({ kind: "grant", user })} data-testid="add-grant">
                    {t("users.addGrant")}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <CreateUserModal index={index} open={dialog?.kind === "create"} onClose={() => setDialog(null)} />
      <EditUserModal user={dialog?.kind === "edit" ? dialog.user : null} onClose={() => setDialog(null)} />
      <AddGrantModal
        index={index}
        user={dialog?.kind === "grant" ? dialog.user : null}
        onClose={() => setDialog(null)}
      />
    </PageCard>
  );
}
