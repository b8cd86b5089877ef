// `npm run demo`: the sample province (or `--input buku.xlsx`) through dist/Code.js; see scripts/demo/.
// Exit code 0 only when every action succeeded; 1 on a bad option, an unreadable file or a failed action.
import { parseArgs } from "./demo/args";
import { runDemo } from "./demo/index";
import { DEMO_TEXT, USAGE } from "./demo/text";

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    console.log(USAGE);
    return;
  }
  const result = await runDemo(opts);
  if (result.failedActions.length > 0) {
    console.error(DEMO_TEXT.failed(DEMO_TEXT.actionsFailed(result.failedActions, result.xlsxPath)));
    process.exitCode = 1;
  }
}

main().catch((err: unknown) => {
  if (process.stdout.isTTY) process.stdout.write("\n");
  console.error(DEMO_TEXT.failed(err instanceof Error ? err.message : String(err)));
  if (process.env.DEBUG && err instanceof Error) console.error(err.stack);
  process.exitCode = 1;
});
