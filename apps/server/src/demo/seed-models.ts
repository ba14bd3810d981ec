import { bulkInsert } from "../db/bulk";
import type { Db } from "../db/database";
import { emulationModels } from "../db/schema";
import type { GeneratedMember } from "./members";
import type { Random } from "./random";
import { codeOf, type DecisionNumbers, listedCellOn, TreeOn } from "./rating-units";
import type { DemoTree } from "./tree";

type Field = "economy" | "culture_society" | "defence_security" | "political_system";

/** Names of "Dân vận khéo" models by field, with the value they bring in đồng (a range, or none). */
const catalogue: Record<Field, { name: string; value: [number, number] | null }[]> = {
  economy: [
    { name: "Đồng hành cùng hộ nghèo xã Tân Phú phát triển sinh kế", value: [80_000_000, 450_000_000] },
    { name: "Vận động doanh nghiệp nộp thuế điện tử, đúng hạn", value: [500_000_000, 3_000_000_000] },
    {
      name: "Hỗ trợ hợp tác xã nông sản đăng ký nhãn hiệu, tiêu thụ qua sàn thương mại điện tử",
      value: [120_000_000, 900_000_000],
    },
    { name: "Tiết kiệm chi thường xuyên, dành nguồn cho an sinh", value: [60_000_000, 350_000_000] },
  ],
  culture_society: [
    { name: "Mỗi đảng viên giúp đỡ một học sinh nghèo vượt khó", value: [20_000_000, 120_000_000] },
    { name: "Khám bệnh, cấp thuốc miễn phí cho người cao tuổi vùng khó khăn", value: [40_000_000, 260_000_000] },
    { name: "Tủ sách pháp luật ở khu dân cư", value: [10_000_000, 45_000_000] },
    { name: "Xây nhà Đại đoàn kết cho hộ nghèo", value: [150_000_000, 600_000_000] },
  ],
  defence_security: [
    { name: "Khu dân cư an toàn về an ninh trật tự, phòng chống ma túy", value: null },
    { name: "Tuyên truyền phòng chống lừa đảo qua mạng cho người dân", value: [5_000_000, 30_000_000] },
    { name: "Phối hợp giữ gìn an ninh khu vực cơ quan và địa bàn giáp ranh", value: null },
  ],
  political_system: [
    { name: "Cải cách thủ tục hành chính: một lần đến, trả kết quả tận nơi", value: [15_000_000, 90_000_000] },
    { name: "Số hóa hồ sơ đảng viên và sinh hoạt chi bộ trên nền tảng số", value: [25_000_000, 150_000_000] },
    { name: "Đối thoại định kỳ giữa người đứng đầu và công chức, người lao động", value: null },
    { name: "Tiếp nhận, trả lời phản ánh của người dân trong 48 giờ", value: [8_000_000, 40_000_000] },
  ],
};
const fields = Object.keys(catalogue) as Field[];

/**
 * "Dân vận khéo" models registered in the last two years by base organisations and cells (some carried by one
 * member, an exemplar): last year's mostly scored and recognised with 75–100 points, a few not recognised; this
 * year's mostly registered, awaiting the year-end scoring. Bloc-level ones are recognised by the upper committee.
 * Two a year come from `focusBaseId` (Đảng bộ Sở Tài chính, where the demo's base committee account works).
 */
export async function seedDemoModels(
  db: Db,
  random: Random,
  t: DemoTree,
  generated: GeneratedMember[],
  numbers: DecisionNumbers,
  focusBaseId: string,
  today: string,
  now: Date,
) {
  const year = Number(today.slice(0, 4));
  const tree = new TreeOn(t.history, today);
  const units = [...tree.units.values()].filter(
    (u) => u.type !== "provincial_committee" && u.type !== "upper_committee",
  );
  const rows: (typeof emulationModels.$inferInsert)[] = [];
  for (const [y, count] of [
    [year - 1, 17],
    [year, 15],
  ] as const) {
    for (let k = 0; k < count; k++) {
      const registeredOn = `${y}-0${random.int(2, 4)}-${random.int(10, 28)}`;
      if (registeredOn >= today) continue;
      const field = fields[(k + y) % fields.length] as Field;
      const model = random.pick(catalogue[field]);
      // The first two of each year are the journeys' base organisation's, so its desk never shows an empty registry.
      const unit = random.pick(k < 2 ? units.filter((u) => tree.baseOf(u.id).id === focusBaseId) : units);
      const level = tree.isBase(unit.id) ? "bloc" : "grassroots";
      const carriers = generated.filter((g) => listedCellOn(g, today) === unit.id);
      const carrier = random.chance(0.25) && carriers.length ? random.pick(carriers) : null;
      const done = y < year || random.chance(0.2);
      const score = done ? (random.chance(0.85) ? random.int(75, 98) : random.int(55, 72)) : null;
      const recognised = score !== null && score >= 75;
      const recogniser = level === "bloc" ? (unit.parentId as string) : tree.baseOf(unit.id).id;
      const recognisedOn = done ? `${y}-12-${random.int(10, 26)}` : null;
      const past = recognisedOn !== null && recognisedOn < today;
      rows.push({
        id: random.uuid(),
        orgUnitId: unit.id,
        memberId: carrier?.member.id ?? null,
        title: "dan_van_kheo",
        name: carrier ? `${model.name} (gương điển hình: ${carrier.member.fullName})` : model.name,
        field,
        level,
        year: y,
        registeredOn,
        valueVnd: model.value ? Math.round(random.int(model.value[0], model.value[1]) / 1_000_000) * 1_000_000 : null,
        description: `Mô hình "Dân vận khéo" lĩnh vực ${fieldLabel[field]} của ${unit.name}, đăng ký năm ${y}.`,
        score: past ? score : null,
        status: past ? (recognised ? "recognised" : "not_recognised") : "registered",
        recognitionNumber:
          past && recognised ? numbers.next(`QĐ/${codeOf(tree.units.get(recogniser) ?? unit, t.bloc.id)}`) : null,
        recognisedOn: past && recognised ? recognisedOn : null,
        createdAt: now,
      });
    }
  }
  await bulkInsert(db, emulationModels, rows);
}

const fieldLabel: Record<Field, string> = {
  economy: "kinh tế",
  culture_society: "văn hóa - xã hội",
  defence_security: "quốc phòng - an ninh",
  political_system: "xây dựng hệ thống chính trị",
};
