// CLI: writes an agency workbook (.xlsx) of a given size for `npm run demo -- --input`: a sample
// province's registry of --koperasi cooperatives, every one reporting each day until --reports rows.
// node scripts/run-ts.mjs scripts/sample/inputWorkbook.ts --koperasi 10000 --reports 100000 --out out/besar.xlsx
import { resolve } from "node:path";
import { saveWorkbookXlsx } from "../../runtime/xlsx";
import { typeDailyYear } from "./dailyYear";
import { DEFAULT_END_DAY, generateProvince } from "./index";
import { PROVINCES } from "./regions";
import { sampleWorkbook } from "./workbook";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

async function main(): Promise<void> {
  const koperasi = Number(arg("koperasi", "10000"));
  const reports = Number(arg("reports", "100000"));
  const out = resolve(process.env.INIT_CWD ?? process.cwd(), arg("out", `out/input-${koperasi}-${reports}.xlsx`));
  const code = resolve(arg("code", "dist/Code.js"));
  if (!(koperasi >= 1 && reports >= koperasi)) throw new Error("--koperasi >= 1 and --reports >= --koperasi");
  const def = PROVINCES.NTB;
  const sample = generateProvince({
    province: "NTB", seed: 1, days: 1, koperasiCount: koperasi,
    pendampingCount: Math.max(1, Math.round((def.defaultPendamping * koperasi) / def.defaultKoperasi)),
  });
  const days = Math.ceil(reports / koperasi);
  const driver = sampleWorkbook(sample, { codePath: code, user: `admin@diskop.ntbprov.go.id`, now: new Date(`${DEFAULT_END_DAY}T08:00:00+08:00`) });
  const rows = typeDailyYear(driver, sample, { sites: koperasi, days, endDay: DEFAULT_END_DAY });
  await saveWorkbookXlsx(driver.spreadsheet, out);
  console.log(`${out}: ${koperasi} koperasi, ${rows} laporan (${days} hari)`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
