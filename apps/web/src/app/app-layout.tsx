import { useQueryClient } from "@tanstack/react-query";
import { App, Button, Drawer, Flex, Grid, Layout, Menu, Typography } from "antd";
import { type MouseEvent, type ReactNode, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation, useNavigate } from "react-router";
import { useHasPermission, useLogout, useMe } from "../features/auth/auth.api";
import { ChangePasswordModal } from "../features/auth/change-password-modal";
import { BrandMark } from "./brand-mark";
import { LanguageSwitch } from "./language-switch";
import { PageLoader } from "./page-loader";

function useMenuItems() {
  const { t } = useTranslation();
  const canSeeUsers = useHasPermission("user.read");
  const canSeeMembers = useHasPermission("member.read");
  const canSeeMeetings = useHasPermission("meeting.read");
  const canManageRules = useHasPermission("rules.manage");
  const canSeeRatings = useHasPermission("rating.read");
  const canSeeAwards = useHasPermission("award.read");
  const canSeeReports = useHasPermission("report.read");
  const canEditReportTemplates = useHasPermission("report.template");
  const canSeeInspection = useHasPermission("inspection.read");
  return [
    { key: "/org", label: <Link to="/org">{t("layout.menuOrg")}</Link> },
    ...(canSeeMembers
      ? [
          { key: "/members", label: <Link to="/members">{t("layout.menuMembers")}</Link> },
          { key: "/reminders", label: <Link to="/reminders">{t("layout.menuReminders")}</Link> },
          { key: "/residence", label: <Link to="/residence">{t("residence.menu")}</Link> },
        ]
      : []),
    ...(canSeeMeetings ? [{ key: "/meetings", label: <Link to="/meetings">{t("meetings.menu")}</Link> }] : []),
    ...(canSeeRatings ? [{ key: "/ratings", label: <Link to="/ratings">{t("ratings.menu")}</Link> }] : []),
    ...(canSeeAwards ? [{ key: "/awards", label: <Link to="/awards">{t("awards.menu")}</Link> }] : []),
    ...(canSeeReports
      ? [{ key: "/reports/dashboard", label: <Link to="/reports/dashboard">{t("reportsDashboard.menu")}</Link> }]
      : []),
    ...(canSeeReports ? [{ key: "/reports", label: <Link to="/reports">{t("reports.menu")}</Link> }] : []),
    ...(canSeeInspection
      ? [{ key: "/inspection", label: <Link to="/inspection">{t("inspection.menu")}</Link> }]
      : canSeeReports
        ? [
            {
              key: "/inspection/summary",
              label: <Link to="/inspection/summary">{t("inspection.menuCounts")}</Link>,
            },
          ]
        : []),
    ...(canManageRules
      ? [
          {
            key: "/settings/scoring-templates",
            label: <Link to="/settings/scoring-templates">{t("templates.menu")}</Link>,
          },
        ]
      : []),
    ...(canEditReportTemplates
      ? [
          {
            key: "/settings/report-templates",
            label: <Link to="/settings/report-templates">{t("reportTemplates.menu")}</Link>,
          },
        ]
      : []),
    ...(canSeeUsers ? [{ key: "/users", label: <Link to="/users">{t("layout.menuUsers")}</Link> }] : []),
  ];
}

/**
 * The signed-in frame. On a wide screen the menu stays on the left and the account actions on top; below 992 px
 * (a phone, a tablet upright) the menu and the account actions open in a drawer from a labelled button, so the page
 * keeps the whole width of the screen.
 */
export function AppLayout() {
  const screens = Grid.useBreakpoint();
  const narrow = screens.lg === false;
  const location = useLocation();
  const items = useMenuItems();
  const selected = items.find((item) => location.pathname.startsWith(item.key))?.key;
  const menu = <Menu mode="inline" items={items} selectedKeys={selected ? [selected] : []} data-testid="main-menu" />;
  const account = useAccount();

  return (
    <Layout style={{ minHeight: "100vh" }}>
      {!narrow && (
        <Layout.Sider width={232} style={{ borderRight: "1px solid #f0f0f0" }} className="no-print">
          <HomeLink />
          {menu}
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header className="no-print app-header">
          {narrow ? <NarrowHeader menu={menu} account={account} /> : <WideHeader account={account} />}
        </Layout.Header>
        <Layout.Content className="app-content">
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
      <ChangePasswordModal open={account.changingPassword} onClose={() => account.setChangingPassword(false)} />
    </Layout>
  );
}

function HomeLink() {
  const { t } = useTranslation();
  return (
    <Link to="/org" style={{ display: "block", padding: "16px 20px" }} aria-label={t("app.name")}>
      <BrandMark />
    </Link>
  );
}

type Account = ReturnType<typeof useAccount>;

/** The signed-in user's name and what they can do with their account: password, signing out here or everywhere. */
function useAccount() {
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

  return {
    displayName: me.data?.displayName,
    signingOut: logout.isPending,
    signOut,
    changingPassword,
    setChangingPassword,
  };
}

function AccountButtons({ account, block = false }: { account: Account; block?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Button block={block} onClick={() => account.setChangingPassword(true)} data-testid="change-password">
        {t("auth.changePassword")}
      </Button>
      <Button
        block={block}
        onClick={() => void account.signOut(false)}
        loading={account.signingOut}
        data-testid="logout"
      >
        {t("auth.logout")}
      </Button>
      <Button
        block={block}
        type="text"
        danger
        onClick={() => void account.signOut(true)}
        data-testid="logout-everywhere"
      >
        {t("auth.logoutEverywhere")}
      </Button>
    </>
  );
}

function UserName({ name }: { name?: string }) {
  return (
    <Typography.Text strong ellipsis data-testid="user-display-name" style={{ minWidth: 0 }}>
      {name}
    </Typography.Text>
  );
}

function WideHeader({ account }: { account: Account }) {
  return (
    <Flex align="center" justify="flex-end" gap={12} style={{ height: "100%" }}>
      <UserName name={account.displayName} />
      <LanguageSwitch />
      <AccountButtons account={account} />
    </Flex>
  );
}

/** Three bars: the sign everybody knows for a menu, drawn here so the web app needs no icon library. */
function MenuIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <path d="M2 4h14M2 9h14M2 14h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

function NarrowHeader({ menu, account }: { menu: ReactNode; account: Account }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // A link or an account button in the drawer closes it; a page that redirects by itself (the welcome page) does not.
  const closeOnChoice = (event: MouseEvent<HTMLElement>) => {
    if (event.target instanceof Element && event.target.closest("a, button")) setOpen(false);
  };

  return (
    <Flex align="center" gap={8} style={{ height: "100%" }}>
      <Button
        icon={<MenuIcon />}
        onClick={() => setOpen(true)}
        aria-label={t("layout.openMenu")}
        aria-expanded={open}
        data-testid="open-menu"
      >
        {t("layout.menu")}
      </Button>
      <Link to="/org" aria-label={t("app.name")} style={{ display: "inline-flex" }}>
        <BrandMark size={28} showName={false} />
      </Link>
      <div style={{ flex: 1, minWidth: 0, textAlign: "right" }}>
        <UserName name={account.displayName} />
      </div>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        placement="left"
        size={300}
        title={<BrandMark size={28} />}
        closable={{ "aria-label": t("layout.closeMenu") }}
        destroyOnHidden
        styles={{ body: { padding: "8px 0" } }}
      >
        <Flex
          vertical
          justify="space-between"
          style={{ minHeight: "100%" }}
          onClick={closeOnChoice}
          data-testid="menu-drawer"
        >
          <nav aria-label={t("layout.menu")}>{menu}</nav>
          <Flex vertical gap={8} style={{ padding: "16px 16px 8px", borderTop: "1px solid #f0f0f0" }}>
            <Typography.Text type="secondary">{t("layout.account")}</Typography.Text>
            <Typography.Text strong>{account.displayName}</Typography.Text>
            <LanguageSwitch />
            <AccountButtons account={account} block />
          </Flex>
        </Flex>
      </Drawer>
    </Flex>
  );
}
