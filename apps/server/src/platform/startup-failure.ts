/**
 * A failure the operator can fix: a setting, the database's address or password, the data directory, the port, a
 * command's arguments. It is reported as one message in Vietnamese and in English saying what to check, without a
 * stack trace; any other error is a bug and keeps its stack.
 */
export class StartupError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(`${vi} (${en})`);
    this.name = "StartupError";
  }
}

/** One bad setting: the variable (or the flag, without a value), the value given, and what is accepted. */
export interface SettingProblem {
  name: string;
  value?: string;
  vi: string;
  en: string;
}

/** Every bad setting at once, so one start shows all there is to fix. */
export class SettingError extends StartupError {
  constructor(readonly problems: SettingProblem[]) {
    const each = (lang: "vi" | "en") =>
      problems
        .map((p) => `${p.name}${p.value === undefined ? "" : `=${JSON.stringify(p.value)}`}: ${p[lang]}`)
        .join("; ");
    super(
      `${problems.length > 1 ? "các cài đặt" : "cài đặt"} không hợp lệ — ${each("vi")}`,
      `${problems.length > 1 ? "invalid settings" : "invalid setting"} — ${each("en")}`,
    );
  }
}

/** What failed, as the first words of the message: the server's start, or a command of `npx dangvu`. */
export interface FailureContext {
  vi: string;
  en: string;
}

export const serverStart: FailureContext = { vi: "Không khởi động được Đảng Vụ", en: "Could not start Đảng Vụ" };
export const cliCommand: FailureContext = { vi: "Lệnh dangvu không thực hiện được", en: "The dangvu command failed" };

/** The two lines printed for an operator's failure. */
export function failureText(error: StartupError, context: FailureContext): string {
  return `${context.vi}: ${error.vi}\n(${context.en}: ${error.en})`;
}

/** Prints a failure for the operator (two lines) or a bug (with its stack); returns the exit code. */
export function reportFailure(error: unknown, context: FailureContext): number {
  if (error instanceof StartupError) console.error(failureText(error, context));
  else console.error(error);
  return 1;
}

/** A database URL with its password hidden, fit to print. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, "//$1:***@");
}

interface PgConnectError {
  code?: string;
  message?: string;
}

/** Explains why the first connection to PostgreSQL failed: what to check, in both languages. */
export function databaseFailure(error: unknown, url: string): StartupError {
  const { code, message = String(error) } = (error ?? {}) as PgConnectError;
  const parsed = new URL(url);
  const where = `${parsed.hostname || "localhost"}:${parsed.port || "5432"}`;
  const user = decodeURIComponent(parsed.username) || "postgres";
  const database = decodeURIComponent(parsed.pathname.slice(1)) || user;
  const shown = redactUrl(url);
  const check = (vi: string, en: string) =>
    new StartupError(`${vi}; kiểm tra DATABASE_URL (${shown})`, `${en}; check DATABASE_URL (${shown})`);
  switch (code) {
    case "28P01":
      return check(
        `PostgreSQL từ chối mật khẩu của người dùng "${user}"`,
        `PostgreSQL refused the password of user "${user}"`,
      );
    case "28000":
      return check(
        `PostgreSQL không cho người dùng "${user}" kết nối (vai trò không có, hoặc pg_hba.conf không cho phép)`,
        `PostgreSQL does not let user "${user}" connect (no such role, or pg_hba.conf does not allow it)`,
      );
    case "3D000":
      return check(
        `cơ sở dữ liệu "${database}" chưa có trên ${where} (tạo bằng: createdb ${database})`,
        `database "${database}" does not exist on ${where} (create it: createdb ${database})`,
      );
    case "ECONNREFUSED":
      return check(
        `PostgreSQL tại ${where} từ chối kết nối: máy chủ PostgreSQL chưa chạy, hoặc sai máy, sai cổng`,
        `PostgreSQL at ${where} refused the connection: it is not running, or the host or port is wrong`,
      );
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "EAI_NONAME":
      return check(`không tìm thấy máy "${parsed.hostname}"`, `host "${parsed.hostname}" not found`);
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return check(
        `không tới được ${where} (${code}): kiểm tra máy, cổng và tường lửa`,
        `cannot reach ${where} (${code}): check the host, the port and the firewall`,
      );
  }
  if (/timeout/i.test(message))
    return check(
      `PostgreSQL tại ${where} không trả lời sau ${connectTimeoutSeconds} giây: kiểm tra máy, cổng và tường lửa`,
      `PostgreSQL at ${where} did not answer in ${connectTimeoutSeconds} seconds: check the host, the port and the firewall`,
    );
  const detail = `${redactPasswordIn(message, parsed.password)}${code ? ` [${code}]` : ""}`;
  return check(
    `không kết nối được PostgreSQL tại ${where}: ${detail}`,
    `cannot connect to PostgreSQL at ${where}: ${detail}`,
  );
}

/** How long the first connection may take before the start gives up. */
export const connectTimeoutSeconds = 5;

function redactPasswordIn(text: string, password: string): string {
  return password ? text.split(decodeURIComponent(password)).join("***") : text;
}

/** Explains why the data directory cannot be made or written. */
export function dataDirFailure(error: unknown, dataDir: string): StartupError {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  return new StartupError(
    `không tạo hoặc không ghi được thư mục dữ liệu ${dataDir} (${code}); kiểm tra DANGVU_DATA_DIR: phải là một ` +
      "thư mục (hoặc chưa có) mà người dùng chạy Đảng Vụ được ghi",
    `cannot create or write the data directory ${dataDir} (${code}); check DANGVU_DATA_DIR: it must be a directory ` +
      "(or not exist yet) that the user running Đảng Vụ may write",
  );
}

/** Explains why the server could not listen on its address; other errors are returned unchanged. */
export function listenFailure(error: unknown, host: string, port: number): unknown {
  switch ((error as NodeJS.ErrnoException).code) {
    case "EADDRINUSE":
      return new StartupError(
        `cổng ${port} đang được một chương trình khác dùng; dừng chương trình đó hoặc đặt PORT khác`,
        `port ${port} is in use by another program; stop it or set another PORT`,
      );
    case "EACCES":
    case "EPERM":
      return new StartupError(
        `không được phép mở cổng ${port} (cổng dưới 1024 cần quyền quản trị); đặt PORT từ 1024 trở lên, hoặc đặt ` +
          "máy chủ sau một proxy",
        `not allowed to listen on port ${port} (ports below 1024 need privileges); set PORT to 1024 or above, or ` +
          "put the server behind a proxy",
      );
    case "EADDRNOTAVAIL":
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return new StartupError(
        `địa chỉ HOST=${host} không phải của máy này; đặt HOST là 0.0.0.0, 127.0.0.1 hoặc một địa chỉ của máy`,
        `HOST=${host} is not an address of this machine; set HOST to 0.0.0.0, 127.0.0.1 or one of its addresses`,
      );
  }
  return error;
}
