import "dayjs/locale/vi";
import dayjs from "dayjs";
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en";
import { type Resources, vi } from "./vi";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: Resources };
  }
}

export type Language = "vi" | "en";
const storageKey = "dangvu.lang";

function storedLanguage(): Language {
  return localStorage.getItem(storageKey) === "en" ? "en" : "vi";
}

const initial = storedLanguage();
dayjs.locale(initial);
void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: initial,
  fallbackLng: "vi",
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** Switches the UI language and remembers it in this browser. */
export function setLanguage(lang: Language) {
  localStorage.setItem(storageKey, lang);
  dayjs.locale(lang);
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}

export function currentLanguage(): Language {
  return i18n.language === "en" ? "en" : "vi";
}

export { i18n };

/** Translates a key built from server data (an audit action, a field name), or returns `fallback` when unknown. */
export function translateKnown(key: string, fallback: string): string {
  return i18n.exists(key) ? String((i18n.t as unknown as (k: string) => unknown)(key)) : fallback;
}
