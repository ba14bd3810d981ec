import type { TemplateRow, TemplateSection, ValidationRule } from "@dangvu/contract";

/**
 * The building blocks of the standard templates (reports.standard-templates.ts): the indicator tables of domain.md
 * §9.2 as the modules compute them or the units enter them, the narrative sections and the validation rules.
 */

export const row = (indicator: string, level = 0, extra: Partial<TemplateRow> = {}): TemplateRow => ({
  indicator,
  level,
  ...extra,
});
export const table = (key: string, title: string, rows: TemplateRow[]): TemplateSection => ({
  kind: "table",
  key,
  title,
  rows,
});
export const breakdown = (key: string, title: string, id: string): TemplateSection => ({
  kind: "breakdown",
  key,
  title,
  breakdown: id,
});

export const organisations = table("organisations", "Tổ chức đảng", [
  row("org.grassrootsOrganisations"),
  row("org.grassrootsCommittees", 1),
  row("org.grassrootsCells", 1),
  row("org.subCommittees"),
  row("org.cells"),
  row("org.partyGroups"),
]);

export const memberStanding = [
  row("members.onList"),
  row("members.full", 1),
  row("members.probationary", 1),
  row("members.exempt", 1),
];
export const memberChanges = [
  row("entered.targets.admissions"),
  row("members.admitted", 0, { percentOf: "entered.targets.admissions" }),
  row("members.readmitted", 1),
  row("members.recognisedFull"),
  row("members.transferredIn"),
  row("members.transferredOut"),
  row("members.transferredWithin"),
  row("members.died"),
  row("members.struckOff"),
  row("members.probationStruckOff", 1),
  row("members.expelled"),
  row("members.resigned"),
];
export const members = table("members", "Đảng viên và biến động đảng viên", [...memberStanding, ...memberChanges]);

const badgeMilestones = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90];
export const cardsAndBadges = table("cardsBadges", "Thẻ đảng viên và Huy hiệu Đảng", [
  row("members.cardsIssued"),
  row("awards.badges.total"),
  ...badgeMilestones.map((years) => row(`awards.badges.${years}`, 1)),
  row("awards.badges.posthumous", 1),
]);

export const meetings = table("meetings", "Sinh hoạt đảng", [
  row("meetings.held.regular"),
  row("meetings.held.thematic"),
  row("meetings.held.extraordinary"),
  row("meetings.held.committee"),
  row("meetings.attendanceRate"),
  row("meetings.quality.good", 1),
  row("meetings.quality.fair", 1),
  row("meetings.quality.average", 1),
  row("meetings.quality.poor", 1),
]);

export const residence = table("residence", "Đảng viên giữ mối liên hệ với nơi cư trú", [
  row("residence.commentsRequested"),
  row("residence.commentsReceived"),
]);

const levels = ["excellent", "good", "completed", "notCompleted"];
export const ratings = table("ratings", "Đánh giá, xếp loại chất lượng", [
  ...levels.map((level) => row(`ratings.orgs.${level}`)),
  ...levels.map((level) => row(`ratings.members.${level}`)),
]);

export const commendations = table("commendations", "Khen thưởng", [
  row("awards.commendations.total"),
  row("awards.commendations.collective", 1),
  row("awards.commendations.individual", 1),
  row("awards.commendations.praise", 1),
  row("awards.commendations.certificate_of_merit", 1),
  row("awards.commendations.certificate_of_commendation", 1),
  row("awards.commendations.emulation_flag", 1),
]);

export const models = table("models", "Mô hình thi đua, điển hình", [
  row("awards.models.registered"),
  row("awards.models.recognised"),
]);

/** Typed in until 2025; the versions from 2026 compute them instead (reports.standard-computed.ts). */
export const inspection = table("inspection", "Kiểm tra, giám sát và thi hành kỷ luật đảng", [
  row("entered.inspection.orgs"),
  row("entered.inspection.members"),
  row("entered.inspection.suspectedMembers", 1),
  row("entered.supervision.orgs"),
  row("entered.supervision.members"),
  row("entered.letters.received"),
  row("entered.letters.resolved", 1),
  row("entered.discipline.orgs"),
  row("entered.discipline.members"),
  row("entered.discipline.reprimand", 1),
  row("entered.discipline.warning", 1),
  row("entered.discipline.removal", 1),
  row("entered.discipline.expulsion", 1),
]);

export const training = table("training", "Giáo dục chính trị tư tưởng, bồi dưỡng lý luận", [
  row("entered.training.classes"),
  row("entered.training.learners", 1),
  row("entered.training.awarenessLearners"),
  row("entered.training.newMemberLearners"),
]);

export const propaganda = table(
  "propaganda",
  "Tuyên truyền, học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
  [row("entered.propaganda.sessions"), row("entered.propaganda.listeners", 1), row("entered.selfCorrection.sessions")],
);

export const politicalStandards = table("politicalStandards", "Bảo vệ chính trị nội bộ", [
  row("entered.politicalStandards.conclusions"),
]);

/** The three narrative sections every report ends with. */
export const narratives = (next: string): TemplateSection[] => [
  { kind: "narrative", key: "results", title: "Kết quả đạt được", hint: "Những việc đã làm, số liệu nổi bật." },
  { kind: "narrative", key: "limitations", title: "Hạn chế, khuyết điểm và nguyên nhân" },
  { kind: "narrative", key: "tasks", title: `Phương hướng, nhiệm vụ ${next}` },
];

const rule = (left: string, right: string, message: string): ValidationRule => ({ left, op: "lte", right, message });

/** A part never exceeds its total (the entered figures; computed ones come from the records). */
export const inspectionRules: ValidationRule[] = [
  rule(
    "entered.letters.resolved",
    "entered.letters.received",
    "Số đơn thư đã giải quyết không được lớn hơn số đơn thư tiếp nhận.",
  ),
  rule(
    "entered.inspection.suspectedMembers",
    "entered.inspection.members",
    "Số đảng viên được kiểm tra khi có dấu hiệu vi phạm không được lớn hơn số đảng viên được kiểm tra.",
  ),
  ...[
    ["reprimand", "khiển trách"],
    ["warning", "cảnh cáo"],
    ["removal", "cách chức"],
    ["expulsion", "khai trừ"],
  ].map(([form, words]) =>
    rule(
      `entered.discipline.${form}`,
      "entered.discipline.members",
      `Số đảng viên bị ${words} không được lớn hơn số đảng viên bị thi hành kỷ luật.`,
    ),
  ),
];
