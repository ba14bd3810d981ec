import type { ratingAssessments } from "../db/schema";
import { addDays } from "../rules/dates";
import type { Random } from "./random";

export type AssessmentRow = typeof ratingAssessments.$inferInsert;
export type Level = "excellent" | "good" | "completed" | "not_completed";
export const levels: readonly Level[] = ["excellent", "good", "completed", "not_completed"];

/** A points framework as the ratings module keeps it: criteria with their maximum, 100 points in all. */
export interface DemoFramework {
  key: string;
  criteria: readonly { id: string; max: number }[];
}

/** The day a step happened, at an hour of the working day, Vietnam time. */
export function at(day: string, hour = 9): Date {
  return new Date(
    `${day}T${String(hour).padStart(2, "0")}:${String((day.charCodeAt(9) * 7) % 60).padStart(2, "0")}:00+07:00`,
  );
}

/** A total inside the level's band (excellent ≥ 90, good 70–<90, completed 50–<70, not completed < 50). */
function totalFor(random: Random, level: Level): number {
  if (level === "excellent") return random.int(90, 98);
  if (level === "good") return random.int(72, 88);
  if (level === "completed") return random.int(52, 68);
  return random.int(32, 48);
}

/** Points per criterion adding up to a total in the level's band, none above its criterion's maximum. */
export function pointsFor(random: Random, framework: DemoFramework, level: Level) {
  const total = totalFor(random, level);
  const points: Record<string, number> = {};
  let left = total;
  for (const c of framework.criteria) {
    points[c.id] = Math.floor((c.max * total) / 100);
    left -= points[c.id] as number;
  }
  for (let i = 0; left > 0; i++) {
    const c = framework.criteria[(i + random.int(0, 3)) % framework.criteria.length] as { id: string; max: number };
    if ((points[c.id] as number) < c.max) {
      points[c.id] = (points[c.id] as number) + 1;
      left--;
    }
  }
  return { selfPoints: points, selfTotal: total };
}

const memberTexts: Record<Level, readonly string[]> = {
  excellent: [
    "Hoàn thành 100% nhiệm vụ được giao đúng tiến độ, nhiều việc vượt yêu cầu; gương mẫu, đoàn kết, tích cực đóng góp ý kiến xây dựng chi bộ.",
    "Chủ trì hoàn thành xuất sắc các nhiệm vụ chuyên môn trọng tâm của năm; không có khuyết điểm phải khắc phục.",
  ],
  good: [
    "Hoàn thành tốt các nhiệm vụ được giao; chấp hành nghiêm chủ trương, nghị quyết; tham gia đầy đủ sinh hoạt chi bộ.",
    "Giữ gìn phẩm chất đạo đức, lối sống; hoàn thành đúng hạn các nhiệm vụ chuyên môn; còn hạn chế trong nghiên cứu, đề xuất.",
    "Thực hiện tốt nhiệm vụ đảng viên; một số việc còn chậm so với kế hoạch, đã khắc phục trong quý IV.",
  ],
  completed: [
    "Hoàn thành các nhiệm vụ được giao, một số việc chưa đúng tiến độ; cần tích cực hơn trong sinh hoạt chi bộ.",
    "Còn vắng một số buổi sinh hoạt chi bộ; chất lượng tham mưu chưa cao, cần khắc phục trong năm tới.",
  ],
  not_completed: [
    "Nhiều nhiệm vụ chưa hoàn thành đúng hạn; chưa thực hiện đầy đủ nhiệm vụ đảng viên; tự nhận khuyết điểm và hứa khắc phục.",
  ],
};

const orgTexts: Record<Level, string> = {
  excellent:
    "Lãnh đạo cơ quan, đơn vị hoàn thành xuất sắc nhiệm vụ chính trị; sinh hoạt chi bộ nền nếp, có chất lượng; không có đảng viên vi phạm kỷ luật.",
  good: "Lãnh đạo hoàn thành tốt nhiệm vụ chính trị của cơ quan; duy trì sinh hoạt định kỳ; công tác phát triển đảng viên còn hạn chế.",
  completed: "Hoàn thành các nhiệm vụ chủ yếu; chất lượng sinh hoạt chi bộ chưa cao, một số nhiệm vụ chậm tiến độ.",
  not_completed: "Nhiều chỉ tiêu nhiệm vụ chính trị không đạt; nội bộ còn mất đoàn kết; sinh hoạt chi bộ chưa đều đặn.",
};

/** The self-assessment: a level (now and then one above what is decided later), its points on the framework, a text. */
export function selfStep(
  random: Random,
  subject: "member" | "org",
  level: Level,
  day: string,
  framework: DemoFramework | null,
): Partial<AssessmentRow> {
  const selfLevel = level !== "excellent" && random.chance(0.15) ? levelAbove(level) : level;
  const points = framework ? { frameworkKey: framework.key, ...pointsFor(random, framework, selfLevel) } : {};
  return {
    status: "self_assessed",
    ...points,
    selfLevel,
    selfText: subject === "member" ? random.pick(memberTexts[selfLevel]) : orgTexts[selfLevel],
    selfAt: at(day, 8 + random.int(0, 3)),
  };
}

/** The cell's proposal with its vote: more than half of those present in favour. */
export function proposalStep(random: Random, level: Level, day: string, cellSize: number): Partial<AssessmentRow> {
  const present = Math.max(3, cellSize - random.int(0, Math.min(2, cellSize - 3)));
  const against = level === "excellent" || level === "not_completed" ? random.int(0, 1) : 0;
  return {
    status: "proposed",
    proposedLevel: level,
    proposalVote: { present, inFavour: present - against, against },
    proposedAt: at(day, 14 + random.int(0, 2)),
  };
}

/** The decision of the body with the authority, announced a few days later when it is a past year's. */
export function decisionStep(
  random: Random,
  level: Level,
  decision: { unitId: string; number: string; on: string },
  announce: boolean,
): Partial<AssessmentRow> {
  return {
    status: "decided",
    decidedLevel: level,
    decidedByUnitId: decision.unitId,
    decisionNumber: decision.number,
    decidedOn: decision.on,
    decidedAt: at(decision.on, 17),
    announcedAt: announce ? at(addDays(decision.on, random.int(1, 6)), 10) : null,
  };
}

function levelAbove(level: Level): Level {
  return levels[Math.max(0, levels.indexOf(level) - 1)] as Level;
}

/** Picks `count` of the items, each with a weight (Efraimidis–Spirakis): deterministic with the demo's random. */
export function weightedSample<T>(random: Random, items: readonly T[], weight: (t: T) => number, count: number): T[] {
  return items
    .map((item) => ({ item, key: random.next() ** (1 / Math.max(weight(item), 1e-6)) }))
    .sort((a, b) => b.key - a.key)
    .slice(0, Math.max(0, count))
    .map((x) => x.item);
}
