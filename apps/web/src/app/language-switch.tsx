import { Segmented } from "antd";
import { useTranslation } from "react-i18next";
import { currentLanguage, type Language, setLanguage } from "../i18n";

/** Vietnamese / English; the choice is remembered in this browser. Language names are shown in their own language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <Segmented<Language>
      size="small"
      aria-label={t("layout.language")}
      value={currentLanguage()}
      onChange={setLanguage}
      options={[
        { label: "Tiếng Việt", value: "vi" },
        { label: "English", value: "en" },
      ]}
      data-testid="language-switch"
    />
  );
}
