import { useQueryClient } from "@tanstack/react-query";
import { App, Button, Flex, Layout, Menu, Typography } from "antd";
import { Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation, useNavigate } from "react-router";
import { useHasPermission, useLogout, useMe } from "../features/auth/auth.api";
import { ChangePasswordModal } from "../features/auth/change-password-modal";
import { BrandMark } from "./brand-mark";
import { LanguageSwitch } from "./language-switch";
import { PageLoader } from "./page-loader";

/** The signed-in frame: the menu on the left, the user's name and account actions on top. */
export function AppLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const canSeeUsers = useHasPermission("user.read");
  const canSeeMembers = useHasPermission("member.read");
  const canSeeMeetings = useHasPermission("meeting.read");
  const canManageRules = useHasPermission("rules.manage");
  const items = [
    { key: "/org", label: <Link to="/org">{t("layout.menuOrg")}</Link> },
    ...(canSeeMembers
      ? [
          { key: "/members", label: <Link to="/members">{t("layout.menuMembers")}</Link> },
          { key: "/reminders", label: <Link to="/reminders">{t("layout.menuReminders")}</Link> },
          { key: "/residence", label: <Link to="/residence">{t("residence.menu")}</Link> },
        ]
      : []),
    ...(canSeeMeetings ? [{ key: "/meetings", label: <Link to="/meetings">{t("meetings.menu")}</Link> }] : []),
    ...(canManageRules
      ? [
          {
            key: "/settings/scoring-templates",
            label: <Link to="/settings/scoring-templates">{t("templates.menu")}</Link>,
          },
        ]
      : []),
    ...(canSeeUsers ? [{ key: "/users", label: <Link to="/users">{t("layout.menuUsers")}</Link> }] : []),
  ];
  const selected = items.find((item) => location.pathname.startsWith(item.key))?.key;

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Sider
        width={232}
        breakpoint="lg"
        collapsedWidth={0}
        style={{ borderRight: "1px solid #f0f0f0" }}
        className="no-print"
      >
        <Link to="/org" style={{ display: "block", padding: "16px 20px" }} aria-label={t("app.name")}>
          <BrandMark />
        </Link>
        <Menu mode="inline" items={items} selectedKeys={selected ? [selected] : []} data-testid="main-menu" />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ padding: "0 20px", borderBottom: "1px solid #f0f0f0", height: 56, lineHeight: "56px" }}
          className="no-print"
        >
          <HeaderBar />
        </Layout.Header>
        <Layout.Content style={{ padding: 16 }}>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

function HeaderBar() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [changingPassword, setChangingPassword] = useState(false);

  async function signOut(everywhere: boolean) {
    if (
      everywhere &&
      !(await modal.confirm({ title: t("auth.logoutEverywhere"), content: t("auth.logoutEverywhereConfirm") }))
    )
      return;
    try {
      await logout.mutateAsync(everywhere);
    } catch {
      // The session may already be gone; leaving is still right.
    }
    await navigate("/login", { replace: true });
    queryClient.clear();
    void message.info(everywhere ? t("auth.loggedOutEverywhere") : t("auth.loggedOut"));
  }

  return (
    <Flex align="center" justify="flex-end" gap={12} style={{ height: "100%" }} wrap>
      <Typography.Text strong data-testid="user-display-name">
        {me.data?.displayName}
      </Typography.Text>
      <LanguageSwitch />
      <Button onClick={() => setChangingPassword(true)} data-testid="change-password">
        {t("auth.changePassword")}
      </Button>
      <Button onClick={() => void signOut(false)} loading={logout.isPending} data-testid="logout">
        {t("auth.logout")}
      </Button>
      <Button type="text" danger onClick={() => void signOut(true)} data-testid="logout-everywhere">
        {t("auth.logoutEverywhere")}
      </Button>
      <ChangePasswordModal open={changingPassword} onClose={() => setChangingPassword(false)} />
    </Flex>
  );
}
