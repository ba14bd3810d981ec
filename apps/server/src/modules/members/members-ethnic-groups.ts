/**
 * The 54 ethnic groups of Viet Nam in the order of the official code list (Quyết định 121-TCTK/PPCĐ, 1979, from
 * memory [C]), the order form 4-TCTW lists them in (document-format.md §3.2: 54 groups and "Dân tộc khác"). Each
 * with the ways records write it, accent-free, lower-case, letters only ("H'Mông" → "hmong").
 */
const groups: readonly (readonly [label: string, ...aliases: string[]])[] = [
  ["Kinh", "kinh", "viet"],
  ["Tày", "tay"],
  ["Thái", "thai"],
  ["Hoa", "hoa", "han"],
  ["Khơ-me", "khome", "khmer", "khomer"],
  ["Mường", "muong"],
  ["Nùng", "nung"],
  ["Mông", "mong", "hmong", "meo"],
  ["Dao", "dao"],
  ["Gia-rai", "giarai", "jrai", "jarai"],
  ["Ngái", "ngai"],
  ["Ê-đê", "ede", "rade"],
  ["Ba-na", "bana", "bahnar"],
  ["Xơ-đăng", "xodang", "sedang"],
  ["Sán Chay", "sanchay", "caolan", "sanchi"],
  ["Cơ-ho", "coho", "koho"],
  ["Chăm", "cham", "champa"],
  ["Sán Dìu", "sandiu"],
  ["Hrê", "hre"],
  ["Mnông", "mnong"],
  ["Ra-glai", "raglai", "roglai"],
  ["Xtiêng", "xtieng", "stieng"],
  ["Bru-Vân Kiều", "bruvankieu", "vankieu", "bru"],
  ["Thổ", "tho"],
  ["Giáy", "giay"],
  ["Cơ-tu", "cotu", "katu"],
  ["Giẻ-Triêng", "gietrieng", "trieng"],
  ["Mạ", "ma"],
  ["Khơ-mú", "khomu", "khmu"],
  ["Co", "co"],
  ["Tà-ôi", "taoi"],
  ["Chơ-ro", "choro"],
  ["Kháng", "khang"],
  ["Xinh-mun", "xinhmun"],
  ["Hà Nhì", "hanhi"],
  ["Chu-ru", "churu"],
  ["Lào", "lao"],
  ["La Chí", "lachi"],
  ["La Ha", "laha"],
  ["Phù Lá", "phula"],
  ["La Hủ", "lahu"],
  ["Lự", "lu"],
  ["Lô Lô", "lolo"],
  ["Chứt", "chut"],
  ["Mảng", "mang"],
  ["Pà Thẻn", "pathen"],
  ["Cơ Lao", "colao"],
  ["Cống", "cong"],
  ["Bố Y", "boy"],
  ["Si La", "sila"],
  ["Pu Péo", "pupeo"],
  ["Brâu", "brau"],
  ["Ơ Đu", "odu"],
  ["Rơ Măm", "romam"],
];

export interface EthnicGroup {
  /** The first alias: a stable key. */
  key: string;
  label: string;
  /** 1 … 54, the official order. */
  order: number;
}

const byAlias = new Map<string, EthnicGroup>(
  groups.flatMap(([label, ...aliases], i) => {
    const group = { key: aliases[0] as string, label, order: i + 1 };
    return aliases.map((alias) => [alias, group] as const);
  }),
);

/** The official group a written value names (accents, case, spaces and marks aside); undefined when none. */
export function ethnicGroupOf(written: string): EthnicGroup | undefined {
  const letters = written
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/^(dan toc|nguoi)\s+/, "")
    .replace(/[^a-z]/g, "");
  return byAlias.get(letters);
}

export const ethnicGroupCount = groups.length;
