// `npm run bench`: the performance table of docs/performance.md. Each size runs in its own Node process
// (scripts/bench/child.ts) so its peak memory is its own; the rows come back as JSON lines.
import { execFileSync } from "node:child_process";
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Row } from "./bench/measure";

const root = process.cwd();
const sizes = (process.argv[2] ?? "small,ntb,national-half,national-half-reports,national").split(",");

function runSize(size: string): Row[] {
  const out = execFileSync(process.execPath, ["--expose-gc", "--max-old-space-size=4096", join(root, "scripts/run-ts.mjs"), "scripts/bench/child.ts", size], {
    cwd: root, encoding: "utf8", maxBuffer: 16 * 1024 * 1024, stdio: ["ignore", "pipe", "inherit"],
  });
  return out.split("\n").filter((l) => l.startsWith("BENCH ")).map((l) => JSON.parse(l.slice(6)) as Row);
}

const fmt = (n: number | null, digits = 0) => (n === null ? "-" : n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits }));
const ms = (v: number) => (v >= 1000 ? `${fmt(v / 1000, 2)} s` : v < 1 ? `${fmt(v * 1000)} µs` : `${fmt(v, v < 10 ? 1 : 0)} ms`);

const rows: Row[] = [];
const started = Date.now();
for (const size of sizes) {
  process.stderr.write(`bench: ${size}…\n`);
  for (const r of runSize(size)) rows.push(r);
}
const header = ["size", "case", "runs", "median", "peak RSS", "service calls", "cells read", "cells written"];
const table = rows.map((r) => [r.size, r.case, String(r.runs), ms(r.medianMs), `${fmt(r.peakMb)} MB`, fmt(r.calls), fmt(r.cellsRead), fmt(r.cellsWritten)]);
const widths = header.map((h, i) => table.reduce((w, t) => Math.max(w, t[i]!.length), h.length));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
console.log(line(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const t of table) console.log(line(t));
for (const r of rows.filter((x) => x.note)) console.log(`- ${r.size} / ${r.case}: ${r.note}`);
console.log(`\nNode ${process.version}, ${Math.round((Date.now() - started) / 1000)} s in all.`);
mkdirSync(join(root, "out"), { recursive: true });
writeFileSync(join(root, "out/bench.json"), JSON.stringify({ node: process.version, rows }, null, 2));
