import { type FrameworkSetting, frameworkKeys, ratingsRuleSettings } from "../modules/ratings";
import type { DemoFramework } from "./rating-rows";

/** The 100-point frameworks of 366-QĐ/TW in force from 30/8/2025, as the ratings module seeds them. */
export function demoFrameworks(): { member: DemoFramework; org: DemoFramework } {
  const latest = (key: string) => {
    const found = ratingsRuleSettings
      .filter((s) => s.key === key)
      .sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
    return found?.value as FrameworkSetting;
  };
  return { member: latest(frameworkKeys.member), org: latest(frameworkKeys.org) };
}
