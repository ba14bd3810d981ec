import type { DecidingBody, DisciplineFormAny, OrgUnitType } from "@dangvu/contract";
import { describe, expect, it } from "vitest";
import {
  type AuthorityQuestion,
  authorityBreach,
  complaintDeadline,
  type DisciplineSubject,
  formsFor,
  type LimitationQuestion,
  limitationEndsOn,
  memberEventOf,
  type SubjectRelation,
} from "./discipline.rules";
import { inspectionRuleSettings, type Limitation, limitationKey, seededAuthority } from "./inspection.settings";

const limitation = inspectionRuleSettings.find((s) => s.key === limitationKey)?.value as Limitation;

describe("formsFor (69-QĐ/TW Điều 7)", () => {
  it.each<[DisciplineSubject, DisciplineFormAny[]]>([
    [{ type: "organisation" }, ["reprimand", "warning", "dissolution"]],
    [{ type: "member", status: "full" }, ["reprimand", "warning", "dismissal", "expulsion"]],
    [{ type: "member", status: "probationary" }, ["reprimand", "warning"]],
  ])("%o allows %o", (subject, forms) => {
    expect(formsFor(subject)).toEqual(forms);
  });
});

describe("authorityBreach (Điều lệ Đ36; 22-QĐ/TW Đ11, as seeded)", () => {
  type Row = [DecidingBody, OrgUnitType, "member" | "organisation", DisciplineFormAny, SubjectRelation, string | null];
  it.each<Row>([
    ["cell", "cell", "member", "reprimand", "own", null],
    ["cell", "grassroots_cell", "member", "warning", "own", null],
    ["cell", "cell", "member", "warning", "outside", "discipline.subjectOutside"],
    ["cell", "cell", "member", "expulsion", "own", "discipline.formBeyondBody"],
    ["cell", "cell", "member", "dismissal", "own", "discipline.formBeyondBody"],
    ["cell", "cell", "organisation", "reprimand", "below", "discipline.formBeyondBody"],
    ["cell", "grassroots_committee", "member", "reprimand", "below", "discipline.bodyNotAtLevel"],
    ["committee", "grassroots_committee", "member", "expulsion", "below", null],
    ["committee", "grassroots_committee", "member", "warning", "outside", "discipline.subjectOutside"],
    ["committee", "sub_committee", "member", "reprimand", "below", "discipline.bodyNotAtLevel"],
    ["committee", "cell", "member", "reprimand", "own", "discipline.bodyNotAtLevel"],
    ["committee", "upper_committee", "organisation", "dissolution", "below", null],
    ["committee", "upper_committee", "organisation", "warning", "own", "discipline.organisationFromAbove"],
    ["standing_committee", "grassroots_committee", "member", "warning", "below", "discipline.bodyNotAtLevel"],
    ["standing_committee", "upper_committee", "member", "expulsion", "below", null],
    ["inspection_committee", "grassroots_committee", "member", "expulsion", "below", "discipline.bodyNotAtLevel"],
    ["inspection_committee", "grassroots_committee", "member", "reprimand", "below", "discipline.bodyNotAtLevel"],
    ["inspection_committee", "upper_committee", "member", "expulsion", "below", null],
    ["inspection_committee", "provincial_committee", "organisation", "warning", "below", null],
    ["inspection_committee", "upper_committee", "organisation", "dissolution", "below", "discipline.formBeyondBody"],
  ])("%s of a %s, %s, %s, subject %s → %s", (body, unitType, subjectType, form, relation, expected) => {
    const q: AuthorityQuestion = { body, unitType, subjectType, form, relation };
    expect(authorityBreach(seededAuthority, q)).toBe(expected);
  });
});

describe("limitationEndsOn (domain.md §7.4, as seeded)", () => {
  const base: LimitationQuestion = {
    subjectType: "member",
    form: "reprimand",
    group: "ordinary",
    violationFrom: "2020-03-15",
    violationTo: null,
    renewedOn: null,
  };
  it.each<[string, Partial<LimitationQuestion>, string | null]>([
    ["a reprimand: 5 years from the violation", {}, "2025-03-14"],
    ["a warning: 10 years", { form: "warning" }, "2030-03-14"],
    ["a dismissal: 10 years", { form: "dismissal" }, "2030-03-14"],
    ["an expulsion: no limit", { form: "expulsion" }, null],
    ["a long-running violation: from its end", { violationTo: "2021-06-30" }, "2026-06-29"],
    ["an end before the start is ignored", { violationTo: "2019-01-01" }, "2025-03-14"],
    ["a new violation within the period restarts it", { renewedOn: "2024-01-10" }, "2029-01-09"],
    ["a new violation after the period revives nothing", { renewedOn: "2025-04-01" }, "2025-03-14"],
    ["internal politics: no limit", { group: "internal_politics" }, null],
    ["defence, security, foreign affairs: no limit", { group: "defence_security_foreign", form: "warning" }, null],
    ["illegal diplomas: no limit", { group: "illegal_diploma" }, null],
    ["an organisation reprimanded: 5 years", { subjectType: "organisation" }, "2025-03-14"],
    ["an organisation warned: 10 years", { subjectType: "organisation", form: "warning" }, "2030-03-14"],
    ["an organisation dissolved: no limit", { subjectType: "organisation", form: "dissolution" }, null],
    ["29 February: to the end of February", { violationFrom: "2024-02-29" }, "2029-02-27"],
  ])("%s", (_name, change, expected) => {
    expect(limitationEndsOn(limitation, { ...base, ...change })).toBe(expected);
  });
});

describe("complaintDeadline (Điều lệ Đ39 k7)", () => {
  it.each([
    ["2026-01-10", 30, "2026-02-09"],
    ["2026-12-15", 30, "2027-01-14"],
  ])("decided on %s, %i days → %s", (decidedOn, days, expected) => {
    expect(complaintDeadline(decidedOn, days)).toBe(expected);
  });
});

describe("memberEventOf", () => {
  it.each<[DisciplineFormAny, string | null]>([
    ["reprimand", "discipline"],
    ["warning", "discipline"],
    ["dismissal", "discipline"],
    ["expulsion", "expulsion"],
    ["dissolution", null],
  ])("%s → %s", (form, kind) => {
    expect(memberEventOf(form)).toBe(kind);
  });
});
