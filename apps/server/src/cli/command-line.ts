import { parseArgs, usageError } from "../platform/command-args";
import { parseInitArgs } from "../platform/first-admin-input";

/** A command of `npx dangvu`, its arguments checked. */
export type Command =
  | { name: "init"; args: string[] }
  | { name: "seed" }
  | { name: "audit verify" }
  | { name: "restore"; file: string; yes: boolean }
  | { name: "backup"; file: string }
  | { name: "backup"; dir: string; keep: number | undefined };

export const usage = `Cách dùng: npx dangvu <lệnh>
  init                 tạo tổ chức cấp cao nhất và quản trị viên đầu tiên (hỏi từng bước trên terminal)
    --username TÊN              tên đăng nhập (hoặc DANGVU_ADMIN_USERNAME)
    --display-name "Họ tên"     họ tên (hoặc DANGVU_ADMIN_NAME; mặc định "Quản trị viên")
    --unit-name "Tên tổ chức"   tên tổ chức cấp cao nhất, chỉ dùng khi cơ sở dữ liệu trống (hoặc DANGVU_TOP_UNIT_NAME)
    --password-stdin            đọc mật khẩu từ một dòng trên stdin (hoặc DANGVU_ADMIN_PASSWORD)
    Có tham số hay biến nào ở trên, hoặc stdin không phải terminal: không hỏi gì, thiếu tên đăng nhập
    hay mật khẩu thì báo lỗi và không ghi gì. Mật khẩu không bao giờ đưa qua tham số (lộ trong ps).
  seed                 tạo dữ liệu mẫu trong cơ sở dữ liệu trống
  backup TỆP           sao lưu toàn bộ dữ liệu vào TỆP (.jsonl.gz)
  backup --dir THƯ_MỤC [--keep N]
                       sao lưu vào THƯ_MỤC/dangvu-YYYY-MM-DD-HHMMSS.jsonl.gz (giờ máy chủ; tạo thư mục 0700 nếu
                       chưa có), rồi xóa các bản cũ nhất cùng mẫu tên, chỉ giữ N bản mới nhất (không --keep: giữ hết)
  restore TỆP [--yes]  khôi phục toàn bộ dữ liệu từ TỆP (xóa dữ liệu hiện có)
  audit verify         kiểm tra chuỗi nhật ký, chỉ ra mắt xích hỏng đầu tiên
Cơ sở dữ liệu: DATABASE_URL (PostgreSQL) hoặc DANGVU_DATA_DIR (PGlite, mặc định ./data).`;

/** The command and its arguments, checked; a mistake throws a StartupError before anything is opened. */
export function parseCommand(args: string[]): Command | "help" {
  const [name, ...rest] = args;
  if (!name || name === "help" || name === "--help" || name === "-h") return "help";
  const only = (count: number, spec = {}) => {
    const parsed = parseArgs(name, rest, spec);
    if (parsed.positional.length !== count)
      throw usageError(
        count ? `cần đúng ${count} tham số` : `thừa tham số ${parsed.positional.join(" ")}`,
        count ? `expects exactly ${count} argument` : `unexpected ${parsed.positional.join(" ")}`,
        name,
      );
    return parsed;
  };
  if (name === "init") {
    parseInitArgs(rest);
    return { name, args: rest };
  }
  if (name === "seed") {
    only(0);
    return { name };
  }
  if (name === "audit") {
    if (rest.join(" ") !== "verify") throw usageError("chỉ có: audit verify", "only: audit verify", name);
    return { name: "audit verify" };
  }
  if (name === "restore") {
    const parsed = only(1, { switches: ["--yes"] });
    return { name, file: parsed.positional[0] as string, yes: parsed.switches.has("--yes") };
  }
  if (name === "backup") return parseBackup(rest);
  throw usageError(`không có lệnh "${name}"`, `no command "${name}"`, "dangvu");
}

function parseBackup(rest: string[]): Command {
  const { positional, values } = parseArgs("backup", rest, { values: ["--dir", "--keep"] });
  const dir = values["--dir"];
  const keepText = values["--keep"];
  if (dir === undefined) {
    if (keepText !== undefined)
      throw usageError("--keep chỉ dùng cùng --dir THƯ_MỤC", "--keep needs --dir DIR", "backup");
    if (positional.length !== 1) throw usageError("cần TỆP hoặc --dir THƯ_MỤC", "give FILE or --dir DIR", "backup");
    return { name: "backup", file: positional[0] as string };
  }
  if (positional.length) throw usageError("cho TỆP hoặc --dir, không cả hai", "give FILE or --dir, not both", "backup");
  if (keepText !== undefined && !/^[1-9]\d*$/.test(keepText))
    throw usageError(
      `--keep ${keepText}: cần một số nguyên từ 1 trở lên`,
      `--keep ${keepText}: must be an integer of 1 or more`,
      "backup",
    );
  return { name: "backup", dir, keep: keepText === undefined ? undefined : Number(keepText) };
}
