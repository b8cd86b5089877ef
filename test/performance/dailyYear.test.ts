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

  it("runs the hourly trigger without failing", () => {
    driver.newExecution();
    driver.fireTimeTriggers(new Date(`${END}T14:00:00+08:00`));
    expect(lastLog()[3]).not.toBe("Gagal");
  });
});
