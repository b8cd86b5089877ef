// `npm run demo`: the sample province (or `--input buku.xlsx`) through dist/Code.js; see scripts/demo/.
import { parseArgs } from "./demo/args";
import { runDemo } from "./demo/index";

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  await runDemo(opts);
}

main().catch((err: unknown) => {
  if (process.stdout.isTTY) process.stdout.write("\n");
  console.error(`Demo gagal: ${err instanceof Error ? err.message : String(err)}`);
  if (process.env.DEBUG && err instanceof Error) console.error(err.stack);
  process.exitCode = 1;
});
