import { QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp, ConfigProvider, type ThemeConfig } from "antd";
import enUS from "antd/locale/en_US";
import viVN from "antd/locale/vi_VN";
import { type ReactNode, useMemo, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { queryClient } from "./query-client";

/** The party red, used as the accent colour throughout. */
export const partyRed = "#c8102e";

const theme: ThemeConfig = {
  token: {
    colorPrimary: partyRed,
    colorLink: partyRed,
    borderRadius: 6,
    fontSize: 15,
    fontFamily:
      "'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif, 'Apple Color Emoji'",
  },
  components: {
    Layout: { headerBg: "#ffffff", siderBg: "#ffffff", bodyBg: "#f5f5f5" },
    Menu: { itemSelectedBg: "#fdecee", itemSelectedColor: partyRed },
    Tree: { titleHeight: 30 },
  },
};

const reducedMotionQuery = "(prefers-reduced-motion: reduce)";

/** Whether the person has asked their system for less motion (WCAG 2.3.3); followed as it changes. */
function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(reducedMotionQuery);
      query.addEventListener("change", onChange);
      return () => query.removeEventListener("change", onChange);
    },
    () => window.matchMedia(reducedMotionQuery).matches,
  );
}

/**
 * Query cache, antd theme and locale (following the UI language), and antd's message/modal context. Dialogs, lists
 * and messages open without animation for a person whose system asks for reduced motion.
 */
export function Providers({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const reducedMotion = usePrefersReducedMotion();
  const themed = useMemo(() => ({ ...theme, token: { ...theme.token, motion: !reducedMotion } }), [reducedMotion]);
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={i18n.language === "en" ? enUS : viVN} theme={themed}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
