// `npm run demo` end to end on a small sample (and on an exported workbook), reading the written files back.
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { SILENT } from "../../scripts/demo/args";
import { runDemo, type DemoOptions } from "../../scripts/demo/index";
import { saveAgencyExport } from "../support/agencyExport";

const CODE = join(__dirname, "../../dist/Code.js");
const quiet = (outDir: string): Partial<DemoOptions> => ({ outDir, codePath: CODE, print: () => undefined, progress: SILENT });
const ZONE_ARGB = { HIJAU: "FFB7E1CD", KUNING: "FFFCE8B2", MERAH: "FFF4C7C3", "BELUM PORTAL": "FFE8EAED" } as const;

async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

describe("npm run demo on a small sample province", () => {
  let outDir: string;
  let result: Awaited<ReturnType<typeof runDemo>>;
  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), "kdkmp-demo-"));
    result = await runDemo({ ...quiet(outDir), scale: 0.05, days: 5 });
  });

  it("writes a workbook with coloured zones, the TOTAL row and one Validasi row per report", async () => {
    expect(result.xlsxPath).toBe(join(outDir, "pantau-kdkmp-demo.xlsx"));
    const wb = await readXlsx(result.xlsxPath);
    const status = wb.getWorksheet("Status Koperasi")!;
    const header = rowsOf(status)[0]!;
    const zonaCol = header.indexOf("Zona") + 1;
    expect(zonaCol).toBeGreaterThan(0);
    let coloured = 0;
    status.eachRow((row, r) => {
      if (r === 1) return;
      const zone = row.getCell(zonaCol).value as keyof typeof ZONE_ARGB;
      const fill = row.getCell(zonaCol).fill as ExcelJS.FillPattern;
      expect(fill?.fgColor?.argb).toBe(ZONE_ARGB[zone]);
      coloured++;
    });
    expect(coloured).toBe(result.ringkasan!.total![1]);
    const ringkasan = rowsOf(wb.getWorksheet("Ringkasan")!);
    expect(ringkasan.some((r) => r[0] === "TOTAL")).toBe(true);
    expect(ringkasan.some((r) => /^Diperbarui: \d\d\/\d\d\/\d{4} \d\d:\d\d$/.test(String(r[0])))).toBe(true);
    const validasi = rowsOf(wb.getWorksheet("Validasi")!);
    expect(validasi.length - 1).toBe(result.submissions);
    expect(result.submissions).toBeGreaterThan(20);
  });

  it("writes a self-contained ringkasan.html with the table, the chart and the follow-up counts", () => {
    const html = readFileSync(join(outDir, "ringkasan.html"), "utf8");
    expect(html).toContain("<table>");
    expect(html).toContain("<th>Kabupaten/Kota</th>");
    expect(html).toMatch(/<tr class="total"><td>TOTAL<\/td>/);
    expect(html).toMatch(/Diperbarui: \d\d\/\d\d\/\d{4} \d\d:\d\d/);
    expect(html).toContain("<svg");
    expect(html).toContain('fill="#f4c7c3"');
    expect(html).toMatch(/Koperasi zona MERAH: \d+/);
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(/i);
  });

  it("counts the service calls of the final rebuild", () => {
    expect(result.finalRebuild.total).toBeGreaterThan(0);
    expect(result.finalRebuild.top.length).toBeGreaterThan(0);
  });
});

/** A workbook as an agency would download it: registry, settings-less, a response sheet without a form link. */
function agencyExport(path: string, dropColumn?: string): Promise<void> {
  return saveAgencyExport({ path, reports: 12, user: "staf@diskop.ntbprov.go.id", ...(dropColumn === undefined ? {} : { dropColumn }) });
}

describe("npm run demo -- --input agency.xlsx", () => {
  it("runs on the export, reports what it read and leaves the input file as it was", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kdkmp-input-"));
    const input = join(dir, "agency.xlsx");
    await agencyExport(input);
    const before = { bytes: readFileSync(input), mtime: statSync(input).mtimeMs };
    const result = await runDemo({ ...quiet(join(dir, "out")), input, now: new Date("2026-11-21T08:00:00+08:00") });
    expect(readFileSync(input).equals(before.bytes)).toBe(true);
    expect(statSync(input).mtimeMs).toBe(before.mtime);
    expect(result.inputUnchanged).toBe(true);
    expect(result.xlsxPath).toBe(join(dir, "out", "agency-hasil.xlsx"));
    const wb = await readXlsx(result.xlsxPath);
    expect(rowsOf(wb.getWorksheet("Validasi")!).length - 1).toBe(12);
    expect(rowsOf(wb.getWorksheet("Ringkasan")!).some((r) => r[0] === "TOTAL")).toBe(true);
    expect(readFileSync(join(dir, "out", "ringkasan.html"), "utf8")).toContain("TOTAL");
  });

  it("says in Indonesian which required column is missing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kdkmp-input-"));
    const input = join(dir, "tanpa-nama.xlsx");
    await agencyExport(input, "Nama Koperasi");
    const before = readFileSync(input);
    const result = await runDemo({ ...quiet(join(dir, "out")), input, now: new Date("2026-11-21T08:00:00+08:00") });
    expect(readFileSync(input).equals(before)).toBe(true);
    const text = result.messages.join("\n");
    expect(text).toMatch(/Lembar "?Koperasi"?[^\n]*kolom[^\n]*Nama Koperasi/);
    expect(readFileSync(join(dir, "out", "ringkasan.html"), "utf8")).toContain("Nama Koperasi");
  });
});
