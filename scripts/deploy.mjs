// `npm run deploy`: builds and pushes dist/ with clasp, but only once .clasp.json names a real script id.
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { build } from "./build.mjs";

const PLACEHOLDER = "GANTI_DENGAN_SCRIPT_ID";
const clasp = JSON.parse(readFileSync(new URL("../.clasp.json", import.meta.url), "utf8"));
if (!clasp.scriptId || clasp.scriptId === PLACEHOLDER) {
  console.error(
    "deploy: .clasp.json still has the placeholder script id.\n" +
      "Open the agency's workbook > Extensions > Apps Script > Project Settings, copy the Script ID,\n" +
      "put it in .clasp.json as \"scriptId\", run `npx clasp login` once, then `npm run deploy` again.",
  );
  process.exit(2);
}
await build();
const result = spawnSync("npx", ["clasp", "push", "--force"], { stdio: "inherit" });
process.exit(result.status ?? 1);
