// A daily-reporting year through the real bundle: every NTB cooperative reporting every day for
// 172 days is 200,552 response rows, past where spreading a column into Math.max overflowed the stack.
import { join } from "node:path";
import { generateProvince } from "../../scripts/sample";
import { typeDailyYear } from "../../scripts/sample/dailyYear";
import { sampleWorkbook } from "../../scripts/sample/workbook";
import type { CellValue } from "../../src/core/model";

const CODE = join(__dirname, "../../dist/Code.js");
const ADMIN = "admin@diskop.example.go.id";
const END = "2026-11-20";

type Loose = any; // eslint-disable-line @typescript-eslint/no-explicit-any

describe("a daily-reporting year of 200,000 response rows", () => {
  const sample = generateProvince({ province: "NTB", days: 1, endDay: END, seed: 1 });
  const driver = sampleWorkbook(sample, { codePath: CODE, user: ADMIN, now: new Date(`${END}T12:00:00+08:00`) });
  const rows = typeDailyYear(driver, sample, { sites: 1_166, days: 172, endDay: END });
  const sheet = (name: string): CellValue[][] => (driver.spreadsheet as Loose).__sheet(name).__values();
  const lastLog = (): CellValue[] => sheet("Log").at(-1)!;

  it("is that many rows", () => {
    expect(rows).toBeGreaterThanOrEqual(200_000);
  });

  it("rebuilds: every row has its Validasi row and the run's Log row says it succeeded", () => {
    driver.newExecution();
    driver.clickMenu("Perbarui status & ringkasan");
    expect(lastLog()[3]).toBe("Berhasil");
    const validasi = sheet("Validasi");
    expect(validasi[rows]?.[0]).toBe(rows + 1);
    expect(sheet("Status Koperasi").length).toBe(1_167);
  });

  it("takes a form submit on the fast path afterwards", () => {
    driver.newExecution();
    driver.ledger.reset();
    const s = sample.submissions[0]!;
    driver.submitForm({ ...s.answers, "Tanggal Kunjungan": END }, new Date(`${END}T13:00:00+08:00`));
    expect(driver.ledger.total()).toBeLessThanOrEqual(15);
    expect(sheet("Validasi")[rows + 1]?.[0]).toBe(rows + 2);
  });

  // Issue 13, data volume: the sidebar and the WhatsApp text work from the kept states (actions/current.ts).
  it("answers the sidebar and the WhatsApp text without reading every report", () => {
    const koperasi = String(sample.koperasiRows[1]![0]);
    const measured = (work: () => unknown) => {
      driver.newExecution();
      driver.ledger.reset();
      const result = work();
      return { calls: driver.ledger.total(), cells: driver.ledger.cellsRead, result };
    };
    const search = measured(() => driver.call("sidebarSearch", koperasi));
    const view = measured(() => driver.call("sidebarKoperasi", koperasi));
    const whatsapp = measured(() => driver.clickMenu("Salin ringkasan untuk WhatsApp"));
    if (process.env.KDKMP_FIGURES) console.log(JSON.stringify({ search, view: { ...view, result: undefined }, whatsapp }));
    expect(search.result).toMatchObject({ ok: true, value: { total: 1 } });
    expect(view.result).toMatchObject({ ok: true, value: { id: koperasi, reportsMessage: expect.stringContaining("lembar Validasi") } });
    expect(((view.result as { value: { reports: unknown[] } }).value.reports).length).toBe(10);
    expect(JSON.stringify([search.result, view.result, sheet("Log").at(-1)])).not.toMatch(/status tersimpan/);
    // Every report once would be rows × 24 cells (4.8 million here). The view reads each of the
    // cooperative's newest `Validasi` rows and their response rows apart (a day of reports between them).
    for (const m of [search, view, whatsapp]) {
      expect(m.cells).toBeLessThan(150_000);
      expect(m.calls).toBeLessThan(120);
    }
  });

  it("runs the hourly trigger without failing", () => {
    driver.newExecution();
    driver.fireTimeTriggers(new Date(`${END}T14:00:00+08:00`));
    expect(lastLog()[3]).not.toBe("Gagal");
  });
});
