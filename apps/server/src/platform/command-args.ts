import { StartupError } from "./startup-failure";

/** A command's options: each takes a value (`--dir DIR` or `--dir=DIR`) or is a switch (`--yes`). */
export interface OptionSpec {
  values?: string[];
  switches?: string[];
}

export interface ParsedArgs {
  positional: string[];
  values: Record<string, string>;
  switches: Set<string>;
}

/** Splits a command's arguments into its options and the rest; an option it does not know is an error. */
export function parseArgs(command: string, args: string[], spec: OptionSpec): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], values: {}, switches: new Set() };
  const known = [...(spec.values ?? []), ...(spec.switches ?? [])];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith("--")) {
      parsed.positional.push(arg);
      continue;
    }
    const [name, inline] = splitOnce(arg);
    if (spec.switches?.includes(name) && inline === undefined) parsed.switches.add(name);
    else if (spec.values?.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || (inline === undefined && value.startsWith("--")))
        throw usageError(`${name} cần một giá trị`, `${name} needs a value`, command);
      parsed.values[name] = value;
    } else {
      const accepted = known.length ? known.join(", ") : "không có / none";
      throw usageError(
        `tham số lạ ${arg} (nhận: ${accepted})`,
        `unknown option ${arg} (accepted: ${accepted})`,
        command,
      );
    }
  }
  return parsed;
}

/** A mistake in a command's arguments: said in both languages, with a pointer to the usage text. */
export function usageError(vi: string, en: string, command: string): StartupError {
  return new StartupError(`${command}: ${vi}. Xem: npx dangvu help`, `${command}: ${en}. See: npx dangvu help`);
}

function splitOnce(arg: string): [string, string | undefined] {
  const at = arg.indexOf("=");
  return at < 0 ? [arg, undefined] : [arg.slice(0, at), arg.slice(at + 1)];
}
