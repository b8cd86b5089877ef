// CLI: prints a short summary of a generated sample province.
// node scripts/run-ts.mjs scripts/sample/cli.ts --province NTB --days 30 --seed 1 [--scale 0.1] [--end 2026-11-20] [--json out.json]
import { writeFileSync } from "node:fs";
import { generateProvince, type SampleOptions } from "./index";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const num = (name: string): number | undefined => (arg(name) === undefined ? undefined : Number(arg(name)));

const province = (arg("province") ?? "NTB").toUpperCase();
if (province !== "NTB" && province !== "NTT") throw new Error(`--province must be NTB or NTT, got ${province}`);
const opts: SampleOptions = {
  province, seed: num("seed"), days: num("days"), endDay: arg("end"), scale: num("scale"),
  koperasiCount: num("koperasi"), pendampingCount: num("pendamping"),
};
const started = Date.now();
const p = generateProvince(opts);
const ms = Date.now() - started;

const coops = p.koperasiRows.slice(1);
const pend = p.pendampingRows.slice(1);
console.log(`${p.province.name} (${p.province.code}): ${coops.length} koperasi, ${pend.length} pendamping, ` +
  `${p.submissions.length} laporan, generated in ${ms} ms`);
console.log(`settings: ${Object.entries(p.settingsOverrides).map(([k, v]) => `${k}=${v}`).join(" | ")}`);
console.log("\nKabupaten/Kota            Koperasi  Percontohan  Portal  Pendamping");
for (const g of p.province.regencies) {
  const mine = coops.filter((r) => r[4] === g.name);
  const pilots = mine.filter((r) => r[6] === "Ya").length;
  const portal = mine.filter((r) => r[7] === "Ya").length;
  const pd = pend.filter((r) => r[4] === g.name).length;
  console.log(`${g.code} ${g.name.padEnd(21)} ${String(mine.length).padStart(8)} ${String(pilots).padStart(12)} ` +
    `${String(portal).padStart(7)} ${String(pd).padStart(11)}`);
}
const jenis = new Map<string, number>();
for (const r of pend) {
  const key = `${r[3] === "" ? "(kosong)" : String(r[3])}${r[5] === "Tidak" ? " tidak aktif" : ""}`;
  jenis.set(key, (jenis.get(key) ?? 0) + 1);
}
console.log(`\npendamping by Jenis: ${[...jenis].map(([k, n]) => `${k} ${n}`).join(", ")}`);
const e = p.expectations;
console.log(`silent: ${e.silentPendamping.join(", ")}; late: ${e.lateReporters.join(", ")}`);
console.log(`site stories: ${Object.entries(e.stories).map(([k, n]) => `${k} ${n}`).join(", ")}`);
console.log(`expected Validasi: ${Object.entries(e.statuses).map(([k, n]) => `${k} ${n}`).join(", ")}`);
console.log("\nsubmissions per kind:");
for (const [k, n] of Object.entries(e.kinds)) console.log(`  ${k.padEnd(22)} ${n}`);
const out = arg("json");
if (out) {
  writeFileSync(out, JSON.stringify(p, null, 1));
  console.log(`\nwritten ${out}`);
}
