import { Segmented } from "antd";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";

const tabs = [
  { path: "/awards", key: "commendations" },
  { path: "/awards/campaigns", key: "campaigns" },
  { path: "/awards/models", key: "models" },
  { path: "/awards/badges", key: "badges" },
] as const;

/** The pages of the Khen thưởng menu (badges: the badges page of the same menu), one tap apart (wraps on a phone). */
export function AwardsNav() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const current = [...tabs].reverse().find((tab) => location.pathname.startsWith(tab.path))?.path ?? "/awards";
  return (
    <Segmented
      data-testid="awards-nav"
      value={current}
      onChange={(path) => void navigate(String(path))}
      options={tabs.map((tab) => ({ value: tab.path, label: t(`awards.tabs.${tab.key}`) }))}
      className="segmented-wrap"
      style={{ marginBottom: 16, maxWidth: "100%" }}
    />
  );
}
