import { Segmented } from "antd";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";

const tabs = [
  { path: "/inspection", key: "programmes" },
  { path: "/inspection/cases", key: "cases" },
  { path: "/inspection/letters", key: "letters" },
  { path: "/inspection/discipline", key: "discipline" },
] as const;

/** The pages of the Kiểm tra, giám sát menu, one tap apart (wraps on a phone). */
export function InspectionNav() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const current = [...tabs].reverse().find((tab) => location.pathname.startsWith(tab.path))?.path ?? "/inspection";
  return (
    <Segmented
      data-testid="inspection-nav"
      value={current}
      onChange={(path) => void navigate(String(path))}
      options={tabs.map((tab) => ({ value: tab.path, label: t(`inspection.tabs.${tab.key}`) }))}
      className="segmented-wrap no-print"
      style={{ marginBottom: 16, maxWidth: "100%" }}
    />
  );
}
