// Issue 16 item 10: the command line as a new user meets it: usage, exit codes, Indonesian errors for a
// corrupt file and a bad --out (never a hang), progress, the province and the people named in the output.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { SILENT, type Progress } from "../../scripts/demo/args";
import { runDemo, type DemoOptions } from "../../scripts/demo/index";
import type { ProvinceCode } from "../../scripts/sample/regions";
import { saveAgencyExport } from "../support/agencyExport";

const ROOT = join(__dirname, "../..");
const CODE = join(ROOT, "dist/Code.js");
const NOW = new Date("2026-11-21T08:00:00+08:00");
const quiet = (outDir: string): Partial<DemoOptions> => ({ outDir, codePath: CODE, print: () => undefined, progress: SILENT, now: NOW });

function demo(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, "scripts/run-ts.mjs"), join(ROOT, "scripts/demo.ts"), ...args],
    { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A hand-made agency workbook of a province, settings-less (no NAMA_PROVINSI), as downloaded from Sheets. */
async function agencyFile(dir: string, province: ProvinceCode, opts: { dropColumn?: string } = {}): Promise<string> {
  const path = join(dir, `${province.toLowerCase()}.xlsx`);
  await saveAgencyExport({ path, province, reports: 8, user: "staf@contoh.go.id", ...opts });
  return path;
}

describe("npm run demo -- --help", () => {
  it("prints the usage in Indonesian and exits 0", () => {
    const r = demo(["--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Pemakaian: npm run demo/);
    expect(r.stdout).toMatch(/--input buku\.xlsx/);
    expect(r.stderr).not.toMatch(/gagal/);
  });
});

describe("a bad --out says what is wrong, in Indonesian, at once", () => {
  const dir = mkdtempSync(join(tmpdir(), "kdkmp-cli-"));
  const file = join(dir, "catatan.txt");
  writeFileSync(file, "bukan folder");

  const cases: Array<[string, string, RegExp]> = [
    ["an existing file (EEXIST)", file, /--out .*catatan\.txt sudah ada sebagai berkas, bukan folder/],
    ["a folder under a file (ENOTDIR)", join(file, "hasil"), /catatan\.txt adalah berkas, bukan folder/],
  ];
  if (existsSync("/proc/self")) cases.push(["a place no folder can be made (/proc/x; it used to spin at 100% CPU)", "/proc/x", /--out \/proc\/x tidak dapat dibuat/]);
  it.each(cases)("%s", async (_what, out, message) => {
    await expect(runDemo({ ...quiet(out), days: 1, scale: 0.01 })).rejects.toThrow(message);
  });
});

describe("--input", () => {
  const dir = mkdtempSync(join(tmpdir(), "kdkmp-cli-"));

  it("a corrupt file gets an Indonesian message saying what to do (no English from the zip reader)", async () => {
    const bad = join(dir, "rusak.xlsx");
    writeFileSync(bad, "ini bukan berkas excel");
    const err = await runDemo({ ...quiet(join(dir, "out")), input: bad }).catch((e: Error) => e);
    expect(String(err)).toMatch(/rusak\.xlsx tidak dapat dibaca sebagai buku kerja Excel: berkasnya rusak.*Unduh lagi dari Google Sheets/);
    expect(String(err)).not.toMatch(/central directory|Can't|zip/i);
  });

  it("an NTT workbook without NAMA_PROVINSI: titled Nusa Tenggara Timur, its Log names NTT's administrator, progress is shown", async () => {
    const input = await agencyFile(dir, "NTT");
    const lines: string[] = [];
    const progress: Progress = { update: (l) => void lines.push(l), done: () => undefined };
    const result = await runDemo({ ...quiet(join(dir, "ntt")), input, progress });
    expect(result.failedActions).toEqual([]);
    expect(result.province).toBe("Nusa Tenggara Timur");
    expect(readFileSync(join(dir, "ntt", "ringkasan.html"), "utf8")).toContain("<title>Ringkasan Pantau KDKMP — Nusa Tenggara Timur</title>");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(result.xlsxPath);
    const users = new Set<string>();
    wb.getWorksheet("Log")!.eachRow((row, r) => { if (r > 1) users.add(String(row.getCell(2).value)); });
    expect([...users]).toContain("admin@diskop.nttprov.go.id");
    expect([...users].some((u) => u.includes("ntbprov"))).toBe(false);
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/Membaca ntt\.xlsx/), expect.stringMatching(/Menjalankan "Perbarui status & ringkasan"/)]));
  });

  it("a failed action: no -hasil.xlsx pretending success, the workbook kept as -gagal.xlsx, exit code 1", async () => {
    const input = await agencyFile(dir, "NTB", { dropColumn: "Nama Koperasi" });
    const out = join(dir, "gagal");
    const result = await runDemo({ ...quiet(out), input });
    expect(result.failedActions).toContain("Perbarui status & ringkasan");
    expect(result.xlsxPath).toBe(join(out, "ntb-gagal.xlsx"));
    expect(existsSync(join(out, "ntb-hasil.xlsx"))).toBe(false);
    const r = demo(["--input", input, "--out", join(dir, "gagal-cli"), "--now", "2026-11-21T08:00"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Demo gagal: Perbarui status & ringkasan gagal; lihat lembar Log di .*ntb-gagal\.xlsx/);
  }, 60_000);
});
