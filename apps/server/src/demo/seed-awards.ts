import { bulkInsert } from "../db/bulk";
import type { Db } from "../db/database";
import { awardCampaigns, awardDecisions, commendations } from "../db/schema";
import { addDays } from "../rules/dates";
import type { Random } from "./random";
import { codeOf, type DecisionNumbers, TreeOn } from "./rating-units";
import type { RatedMember, RatedOrg, RatingResults } from "./seed-ratings";
import type { DemoTree } from "./tree";

type Commendation = typeof commendations.$inferInsert;
type Decision = typeof awardDecisions.$inferInsert;

export interface AwardsContext {
  random: Random;
  tree: DemoTree;
  numbers: DecisionNumbers;
  today: string;
  now: Date;
}

interface Batch {
  form: string;
  deciderId: string;
  signedOn: string;
  items: Omit<Commendation, "id" | "form" | "status" | "decisionId" | "createdAt" | "version">[];
}

const signers = ["Trần Văn Khánh", "Nguyễn Thị Bích Ngọc", "Đỗ Minh Tuấn", "Phan Thị Thanh Huyền", "Vũ Đức Long"];

/**
 * Commendations on the seeded ratings: each year a base committee's giấy khen for some of its excellent members and
 * cells (a chi bộ cơ sở's for its members), the upper committee's for some excellent base organisations; the
 * province's bằng khen for the organisations excellent every seeded year (basis ad hoc: five years are not in the
 * data) and a flag for the best; the bloc's tenth-anniversary campaign with its commendations; this year's campaign
 * with proposals still open and one refused. A decision not yet signed by today stays a proposal.
 */
export async function seedDemoAwards(db: Db, c: AwardsContext, results: RatingResults) {
  const year = Number(c.today.slice(0, 4));
  const batches: Batch[] = [];
  for (const y of [year - 3, year - 2, year - 1]) {
    const tree = new TreeOn(c.tree.history, `${y}-12-31`);
    batches.push(...yearMerit(c, tree, y, results));
  }
  const campaigns = [blocCampaign(c), currentCampaign(c, year)].filter((x) => x !== null);
  const stars = starsOf(results, [year - 3, year - 2, year - 1]);
  batches.push(...provinceAwards(c, stars, year));
  if (campaigns[0]) batches.push(campaignAwards(campaigns[0], results));
  const decisions: Decision[] = [];
  const rows: Commendation[] = [];
  for (const b of batches.filter((x) => x.items.length > 0)) {
    const signed = b.signedOn < c.today;
    const decision = signed ? newDecision(c, b) : null;
    if (decision) decisions.push(decision);
    for (const item of b.items)
      rows.push({
        id: c.random.uuid(),
        form: b.form,
        ...item,
        status: signed ? "decided" : "proposed",
        decisionId: decision?.id ?? null,
        createdAt: c.now,
      });
  }
  rows.push(...currentProposals(c, campaigns[1] ?? null, results, year));
  await bulkInsert(db, awardCampaigns, campaigns);
  await bulkInsert(db, awardDecisions, decisions);
  await bulkInsert(db, commendations, rows);
}

function newDecision(c: AwardsContext, b: Batch): Decision {
  const unit = c.tree.units.find((u) => u.id === b.deciderId);
  const code = unit ? codeOf(unit, c.tree.bloc.id) : "ĐU";
  return {
    id: c.random.uuid(),
    kind: "commendation",
    decidingUnitId: b.deciderId,
    number: c.numbers.next(`QĐ/${code}`, code === "TU" ? 600 : 10, code === "TU" ? 2400 : 480),
    signedOn: b.signedOn,
    signerName: c.random.pick(signers),
    createdAt: c.now,
  };
}

/** A year's giấy khen: base committees for members and cells, upper committees for base organisations. */
function yearMerit(c: AwardsContext, tree: TreeOn, y: number, results: RatingResults): Batch[] {
  const byDecider = new Map<string, Batch>();
  const batch = (deciderId: string, day: number) => {
    const found = byDecider.get(deciderId);
    if (found) return found;
    const b: Batch = { form: "certificate_of_merit", deciderId, signedOn: `${y + 1}-01-${day}`, items: [] };
    byDecider.set(deciderId, b);
    return b;
  };
  const reason = `Hoàn thành xuất sắc nhiệm vụ tiêu biểu năm ${y}`;
  for (const r of results.members.filter((m) => m.year === y && m.level === "excellent")) {
    if (!c.random.chance(0.35)) continue;
    batch(r.baseId, c.random.int(10, 16)).items.push({
      ...memberRecipient(r, r.cellId),
      year: y,
      basis: "year_excellent",
      reason,
      proposedOn: `${y + 1}-01-0${c.random.int(2, 6)}`,
    });
  }
  for (const r of results.orgs.filter((o) => o.year === y && o.level === "excellent")) {
    if (!c.random.chance(0.5)) continue;
    const proposer = r.isBase ? r.unitId : r.deciderId;
    batch(r.deciderId, r.isBase ? c.random.int(18, 24) : c.random.int(10, 16)).items.push({
      ...orgRecipient(r.unitId, proposer),
      year: y,
      basis: "year_excellent",
      reason,
      proposedOn: `${y + 1}-01-0${c.random.int(2, 6)}`,
    });
  }
  return [...byDecider.values()].filter((b) => tree.units.has(b.deciderId));
}

const memberRecipient = (r: RatedMember, proposer: string) => ({
  recipientType: "member",
  memberId: r.memberId,
  orgUnitId: r.cellId,
  proposingUnitId: proposer,
});
const orgRecipient = (unitId: string, proposer: string) => ({
  recipientType: "org",
  memberId: null,
  orgUnitId: unitId,
  proposingUnitId: proposer,
});

/** Organisations and members excellent in every year given. */
function starsOf(results: RatingResults, years: number[]) {
  const count = <T extends { year: number; level: string }>(rows: T[], key: (r: T) => string) => {
    const n = new Map<string, T[]>();
    for (const r of rows)
      if (years.includes(r.year) && r.level === "excellent") n.set(key(r), [...(n.get(key(r)) ?? []), r]);
    return [...n.values()].filter((list) => list.length === years.length).map((list) => list.at(-1) as T);
  };
  return {
    orgs: count<RatedOrg>(results.orgs, (r) => r.unitId).filter((r) => r.isBase),
    members: count<RatedMember>(results.members, (r) => r.memberId),
  };
}

/** The province's bằng khen for three years running excellent (ad hoc), and its flag for the first of them. */
function provinceAwards(c: AwardsContext, stars: ReturnType<typeof starsOf>, year: number): Batch[] {
  const span = `${year - 3}–${year - 1}`;
  const province = c.tree.province.id;
  const reason = `Ba năm liền (${span}) hoàn thành xuất sắc nhiệm vụ; khen đột xuất vì dữ liệu xếp loại trên hệ thống chưa đủ năm năm`;
  const signedOn = `${year}-02-0${c.random.int(1, 2)}`;
  const members = stars.members.slice(0, 3);
  const commended: Batch = {
    form: "certificate_of_commendation",
    deciderId: province,
    signedOn,
    items: [
      ...stars.orgs.map((r) => ({ ...orgRecipient(r.unitId, r.deciderId), year: year - 1, basis: "ad_hoc", reason })),
      ...members.map((r) => ({ ...memberRecipient(r, r.baseId), year: year - 1, basis: "ad_hoc", reason })),
    ].map((i) => ({ ...i, proposedOn: `${year}-01-15` })),
  };
  const best = stars.orgs[0];
  const flag: Batch = {
    form: "emulation_flag",
    deciderId: province,
    signedOn,
    items: best
      ? [
          {
            ...orgRecipient(best.unitId, best.deciderId),
            year: year - 1,
            basis: "ad_hoc",
            reason: `Đơn vị dẫn đầu phong trào thi đua của khối các cơ quan tỉnh giai đoạn ${span}`,
            proposedOn: `${year}-01-15`,
          },
        ]
      : [],
  };
  return [commended, flag].filter((b) => b.items.length > 0);
}

/** The bloc's emulation campaign for its tenth anniversary (15/6/2025), closed before the bloc was wound up. */
function blocCampaign(c: AwardsContext) {
  if (c.today < "2025-07-01") return null;
  return {
    id: c.random.uuid(),
    orgUnitId: c.tree.bloc.id,
    name: "Thi đua lập thành tích chào mừng kỷ niệm 10 năm thành lập Đảng bộ Khối các cơ quan tỉnh (2015–2025)",
    startsOn: "2024-06-15",
    endsOn: "2025-06-10",
    criteria:
      "Tổ chức đảng hoàn thành xuất sắc nhiệm vụ chính trị, có mô hình, cách làm hay được nhân rộng; đảng viên có sáng kiến, công trình tiêu biểu; không có đảng viên vi phạm kỷ luật trong thời gian thi đua.",
    createdAt: c.now,
  };
}

/** This year's campaign of the successor for the Đảng's organisations, with proposals awaiting its decision. */
function currentCampaign(c: AwardsContext, year: number) {
  return {
    id: c.random.uuid(),
    orgUnitId: c.tree.successors.party.id,
    name: `Thi đua hoàn thành thắng lợi nhiệm vụ chính trị năm ${year}`,
    startsOn: `${year}-03-01`,
    endsOn: `${year}-12-31`,
    criteria:
      "Hoàn thành vượt mức chỉ tiêu nhiệm vụ chính trị của cơ quan; chuyển đổi số trong công tác đảng; sinh hoạt chi bộ nền nếp, có chất lượng.",
    createdAt: c.now,
  };
}

function campaignAwards(campaign: { id: string; orgUnitId: string; name: string }, r: RatingResults) {
  const reason = "Có thành tích xuất sắc trong đợt thi đua chào mừng kỷ niệm 10 năm thành lập Đảng bộ Khối";
  const orgs = r.orgs.filter(
    (o) => o.year === 2024 && o.isBase && o.level !== "completed" && o.level !== "not_completed",
  );
  const members = r.members.filter((m) => m.year === 2024 && m.level === "excellent");
  const pick = <T>(list: T[], n: number) => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / n)) === 0);
  return {
    form: "certificate_of_merit",
    deciderId: campaign.orgUnitId,
    signedOn: "2025-06-12",
    items: [
      ...pick(orgs, 6).map((o) => orgRecipient(o.unitId, o.unitId)),
      ...pick(members, 10).map((m) => memberRecipient(m, m.baseId)),
    ].map((i) => ({ ...i, campaignId: campaign.id, year: 2025, basis: "campaign", reason, proposedOn: "2025-06-05" })),
  };
}

/** Proposals in this year's campaign awaiting the committee, and one it refused. */
function currentProposals(
  c: AwardsContext,
  campaign: { id: string; orgUnitId: string; startsOn: string } | null,
  r: RatingResults,
  year: number,
): Commendation[] {
  if (!campaign || c.today <= campaign.startsOn) return [];
  const tree = new TreeOn(c.tree.history, c.today);
  const bases = r.orgs.filter(
    (o) => o.year === year - 1 && o.isBase && o.level === "excellent" && tree.isUnder(o.unitId, campaign.orgUnitId),
  );
  return bases.slice(0, 5).map((o, i) => ({
    id: c.random.uuid(),
    form: "certificate_of_merit",
    ...orgRecipient(o.unitId, o.unitId),
    campaignId: campaign.id,
    year,
    basis: "campaign",
    reason: "Dẫn đầu phong trào chuyển đổi số trong công tác đảng của khối",
    status: i === 4 ? "refused" : "proposed",
    refusalReason:
      i === 4 ? "Đơn vị đã được đề nghị khen trong đợt khác cùng năm; đề nghị xét vào dịp tổng kết." : null,
    proposedOn: addDays(c.today, -(i + 2)),
    createdAt: c.now,
  }));
}
