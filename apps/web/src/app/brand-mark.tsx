import { useTranslation } from "react-i18next";
import { partyRed } from "./providers";

/** The red square with the yellow star, and the product name. */
export function BrandMark({ size = 32, showName = true }: { size?: number; showName?: boolean }) {
  const { t } = useTranslation();
  return (
    <span style={{ display: "inline-flex", alignItems: "center", gap: 10 }}>
      <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
        <rect width="32" height="32" rx="6" fill={partyRed} />
        <path d="M16 5l3.1 7.6 8.2.6-6.3 5.3 2 8-7-4.4-7 4.4 2-8-6.3-5.3 8.2-.6z" fill="#ffd100" />
      </svg>
      {showName && (
        <span style={{ fontSize: size * 0.62, fontWeight: 700, color: partyRed, letterSpacing: 0.2 }}>
          {t("app.name")}
        </span>
      )}
    </span>
  );
}
