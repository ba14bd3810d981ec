import { parseArgs, usageError } from "./command-args";
import { StartupError } from "./startup-failure";

/** What `npx dangvu init` creates: the first administrator, and the top unit on an empty database. */
export interface FirstAdminInput {
  username: string;
  displayName: string;
  password: string;
  /** Used only on an empty database. */
  unitName: string;
}

/** Where init's answers come from: its flags, the environment, stdin, and (on a terminal) the operator. */
export interface InitSources {
  args: string[];
  env: NodeJS.ProcessEnv;
  /** True when stdin is a terminal: init may then ask. */
  interactive: boolean;
  /** Stdin's first line (for --password-stdin); undefined when stdin ends first. */
  readLine(): Promise<string | undefined>;
  /** Asks on the terminal, returning the answer as typed. */
  ask(question: string): Promise<string>;
}

export const defaultUnitName = "Đảng bộ Khối các cơ quan tỉnh";
const defaultDisplayName = "Quản trị viên";
const initOptions = { values: ["--username", "--display-name", "--unit-name"], switches: ["--password-stdin"] };

/** Checks init's flags before the database is opened. */
export function parseInitArgs(args: string[]) {
  const parsed = parseArgs("init", args, initOptions);
  if (parsed.positional.length)
    throw usageError(
      `thừa tham số ${parsed.positional.join(" ")}`,
      `unexpected ${parsed.positional.join(" ")}`,
      "init",
    );
  return parsed;
}

/**
 * Init's answers. With a flag, a DANGVU_ADMIN_* variable or stdin not a terminal nothing is asked: a missing
 * username or password is then an error naming its flag and variable. The password never comes from a flag (it
 * would show in `ps`): DANGVU_ADMIN_PASSWORD or one line on stdin (--password-stdin).
 */
export async function firstAdminInput(sources: InitSources, emptyDatabase: boolean): Promise<FirstAdminInput> {
  const { values, switches } = parseInitArgs(sources.args);
  const { env } = sources;
  const given = {
    username: values["--username"] ?? (env.DANGVU_ADMIN_USERNAME || undefined),
    displayName: values["--display-name"] ?? (env.DANGVU_ADMIN_NAME || undefined),
    unitName: values["--unit-name"] ?? (env.DANGVU_TOP_UNIT_NAME || undefined),
  };
  const passwordFromEnv = env.DANGVU_ADMIN_PASSWORD || undefined;
  const passwordStdin = switches.has("--password-stdin");
  if (passwordFromEnv !== undefined && passwordStdin)
    throw new StartupError(
      "mật khẩu được đưa hai lần: DANGVU_ADMIN_PASSWORD và --password-stdin; chỉ dùng một cách",
      "the password is given twice: DANGVU_ADMIN_PASSWORD and --password-stdin; use one",
    );
  const anyGiven = Object.values(given).some((v) => v !== undefined) || passwordFromEnv !== undefined || passwordStdin;
  if (!anyGiven && sources.interactive) return askFirstAdmin(sources.ask, emptyDatabase);
  if (!given.username)
    throw missing(["tên đăng nhập", "--username TÊN"], ["username", "--username NAME"], "DANGVU_ADMIN_USERNAME");
  const password = passwordStdin ? await sources.readLine() : passwordFromEnv;
  if (password === undefined)
    throw missing(
      ["mật khẩu", "--password-stdin (một dòng trên stdin)"],
      ["password", "--password-stdin (one line on stdin)"],
      "DANGVU_ADMIN_PASSWORD",
    );
  return {
    username: given.username.trim().toLowerCase(),
    displayName: given.displayName?.trim() || defaultDisplayName,
    password,
    unitName: given.unitName?.trim() || defaultUnitName,
  };
}

/** The questions asked on a terminal when nothing is given. */
async function askFirstAdmin(ask: InitSources["ask"], emptyDatabase: boolean): Promise<FirstAdminInput> {
  const answer = async (question: string, fallback = "") => (await ask(question)).trim() || fallback;
  const unitName = emptyDatabase
    ? await answer(`Tên tổ chức cấp cao nhất [${defaultUnitName}]: `, defaultUnitName)
    : "";
  const username = (await answer("Tên đăng nhập [admin]: ", "admin")).toLowerCase();
  const displayName = await answer("Họ tên: ", defaultDisplayName);
  const password = await answer("Mật khẩu (ít nhất 8 ký tự): ");
  return { username, displayName, password, unitName };
}

/** A required answer missing in a non-interactive run: [what, flag] in each language, and the variable. */
function missing([vi, viFlag]: [string, string], [en, enFlag]: [string, string], variable: string): StartupError {
  return new StartupError(
    `init không hỏi khi chạy không tương tác: thiếu ${vi}; đưa vào bằng ${viFlag} hoặc biến môi trường ${variable}`,
    `init does not prompt when run non-interactively: the ${en} is missing; give ${enFlag} or the variable ${variable}`,
  );
}
