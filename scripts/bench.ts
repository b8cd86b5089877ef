// `npm run bench`: the performance table of docs/performance.md. Each size runs in its own Node process
// (scripts/bench/child.ts) so its peak memory is its own; the rows come back as JSON lines.
import { execFileSync } from "node:child_process";
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Row } from "./bench/measure";
import { coldLoad } from "./bench/coldLoad";
import { estimateMs, MS_PER_CALL, MS_PER_CELL_READ, MS_PER_CELL_WRITTEN } from "./bench/costModel";

const root = process.cwd();
const sizes = (process.argv[2] ?? "small,ntb,daily-454,daily-1166,national-half,national-half-reports,national").split(",");

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
rows.push(coldLoad(root));
// Peak RSS: the case's own peak (since its runs began, the workbook in memory included) / the process's so far.
const header = ["size", "case", "runs", "median", "CPU", "peak RSS (case / process)", "service calls", "cells read", "cells written", "est. Apps Script"];
const table = rows.map((r) => {
  const est = estimateMs(r.calls, r.cellsRead, r.cellsWritten, r.cpuMs ?? r.medianMs);
  return [r.size, r.case, String(r.runs), ms(r.medianMs), r.cpuMs === undefined ? "-" : ms(r.cpuMs), (r.casePeakMb ? `${fmt(r.casePeakMb)} / ${fmt(r.peakMb)} MB` : `${fmt(r.peakMb)} MB`), fmt(r.calls), fmt(r.cellsRead), fmt(r.cellsWritten), est === null ? "-" : ms(est)];
});
const widths = header.map((h, i) => table.reduce((w, t) => Math.max(w, t[i]!.length), h.length));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
console.log(line(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const t of table) console.log(line(t));
for (const r of rows.filter((x) => x.note || x.top)) console.log(`- ${r.size} / ${r.case}: ${[r.note, r.top ? `most cells: ${r.top}` : ""].filter(Boolean).join("; ")}`);
console.log(`\nEstimated Apps Script time = calls × ${MS_PER_CALL} ms + cells read × ${MS_PER_CELL_READ * 1000} µs + cells written × ${MS_PER_CELL_WRITTEN * 1000} µs + the local CPU time (docs/performance.md, "Cost model").`);
console.log(`\nNode ${process.version}, ${Math.round((Date.now() - started) / 1000)} s in all.`);
mkdirSync(join(root, "out"), { recursive: true });
writeFileSync(join(root, "out/bench.json"), JSON.stringify({ node: process.version, rows }, null, 2));
