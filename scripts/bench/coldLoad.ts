// The bundle's cold load: a fresh Node process reads dist/Code.js, compiles it and runs its top level in
// an empty context, as Apps Script does at the start of every execution (nothing cached in between).
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { median, type Row } from "./measure";

const PROBE = `
const t = process.hrtime.bigint();
const code = require("node:fs").readFileSync(process.argv[1], "utf8");
const vm = require("node:vm");
new vm.Script(code, { filename: "Code.js" }).runInContext(vm.createContext({}));
process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6));
`;

export function coldLoad(root: string, runs = 5): Row {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ["-e", PROBE, join(root, "dist/Code.js")], { encoding: "utf8" });
    times.push(Number(out));
  }
  return { size: "bundle", case: "cold load in a fresh process", runs, medianMs: median(times), peakMb: 0, calls: 0, cellsRead: 0, cellsWritten: 0 };
}
