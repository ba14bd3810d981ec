// `npx dangvu <command>`: its arguments, the settings and the database are checked before the commands' code is
// loaded, so that a mistake is told in a moment, in Vietnamese and English (StartupError), with a non-zero code.
import { readConfig } from "../config";
import { checkDatabaseSettings } from "../platform/startup-checks";
import { cliCommand, reportFailure } from "../platform/startup-failure";
import { parseCommand, usage } from "./command-line";

async function main(args: string[]): Promise<number> {
  const command = parseCommand(args);
  if (command === "help") {
    console.log(usage);
    return 0;
  }
  const config = readConfig(process.env, []);
  await checkDatabaseSettings(config);
  const { runCommand } = await import("./commands");
  return runCommand(config, command);
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error) => process.exit(reportFailure(error, cliCommand)));
