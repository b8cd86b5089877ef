// Issue 17 (national roll-up), through dist-national/Code.js: the national workbook opens 38 generated
// province workbooks by id in one runtime, reads each one's Ringkasan and latest Riwayat day (two reads
// per province), and writes Rekap Nasional, Tren Nasional, each province's Status and the Log. Missing,
// unshared and malformed workbooks are named without stopping the others.
import { join } from "node:path";
import { Driver } from "../../runtime/driver";
import type { CellValue } from "../../src/core/model";
import { NATIONAL_HEADERS, NATIONAL_MENU_ITEMS, NATIONAL_MENU_TITLE } from "../../src/core/text/national";
import { PROVINCES, aProvince, addProvince, putSheet, totalRow, type ProvinceFixture, type RegencyRow } from "../builders/provinceWorkbooks";

const CODE = join(__dirname, "../../dist-national/Code.js");
const KEMENTERIAN = "pusdatin@kemenkop.go.id";
type Loose = any; // eslint-disable-line @typescript-eslint/no-explicit-any

function sheet(d: Driver, name: string): Loose {
  const s = (d.spreadsheet as Loose).__sheet(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}
const values = (d: Driver, name: string): CellValue[][] => sheet(d, name).__values();
function table(d: Driver, name: string): CellValue[][] {
  const all = values(d, name);
  const end = all.findIndex((r, i) => i > 0 && r.every((c) => c === ""));
  return end < 0 ? all : all.slice(0, end);
}

function nationalWorkbook(): Driver {
  const d = new Driver({ codePath: CODE, user: KEMENTERIAN, now: new Date("2026-11-20T01:00:00Z") });
  d.open();
  d.clickMenu("Siapkan lembar kerja");
  return d;
}

function listProvinces(d: Driver, rows: CellValue[][]): void {
  sheet(d, "Provinsi").__write(2, 1, rows);
}

/** 38 provinces: 35 readable (a quarter without the funnel columns), one missing id, one unshared, one malformed. */
function country(d: Driver): { fixtures: ProvinceFixture[]; readable: ProvinceFixture[] } {
  const fixtures = PROVINCES.map((_, i) => aProvince(i));
  const [missing, unshared, malformed] = [fixtures[5]!, fixtures[20]!, fixtures[33]!];
  for (const p of fixtures) {
    if (p === missing) continue;
    if (p === unshared) addProvince(d.runtime, p, { owner: "admin@diskop.kalteng.go.id" });
    else if (p === malformed) {
      const ss = d.runtime.addSpreadsheet({ id: p.id, owner: "admin@diskop.papuabarat.go.id", sharedWith: [KEMENTERIAN] });
      putSheet(ss, "Ringkasan", [["Nama Wilayah", "Jumlah"], ["Manokwari", 10]]);
      putSheet(ss, "Riwayat", [["Tanggal", "Kabupaten/Kota", "Hijau", "Kuning", "Merah"]]);
    } else addProvince(d.runtime, p, { owner: `admin@diskop.prov${p.id}.go.id`, sharedWith: [KEMENTERIAN] });
  }
  // The URL as staff paste it works as well as the bare id.
  listProvinces(d, fixtures.map((p, i) => [p.name, i === 0 ? `https://docs.google.com/spreadsheets/d/${p.id}/edit#gid=0` : p.id]));
  return { fixtures, readable: fixtures.filter((p) => p !== missing && p !== unshared && p !== malformed) };
}

function expectedRow(p: ProvinceFixture, r: RegencyRow): CellValue[] {
  return [p.name, r.regency, r.coops, r.inPortal, p.funnel ? r.started : "", r.finished, p.funnel ? r.operating : "",
    p.funnel ? r.constrained : "", r.green, r.yellow, r.red, r.progress];
}

describe("the national roll-up over 38 province workbooks", () => {
  const d = nationalWorkbook();
  const { fixtures, readable } = country(d);
  d.ledger.reset();
  d.clickMenu("Perbarui rekap nasional");
  const calls = d.ledger.snapshot();
  const rekap = table(d, "Rekap Nasional");

  it("shows the Pantau KDKMP Nasional menu, in order, each item a top-level function", () => {
    expect(d.menuItems().map((i) => [i.menu, i.caption])).toEqual(NATIONAL_MENU_ITEMS.map((m) => [NATIONAL_MENU_TITLE, m.caption]));
    for (const item of d.menuItems()) expect(d.functionNames()).toContain(item.functionName);
  });

  it("writes Rekap Nasional with exactly its columns: each kabupaten/kota, a TOTAL per province, one for the country", () => {
    expect(rekap[0]).toEqual([...NATIONAL_HEADERS.rekap]);
    const expected: CellValue[][] = [];
    for (const p of readable) {
      for (const r of p.regencies) expected.push(expectedRow(p, r));
      expected.push(expectedRow(p, totalRow(p)));
    }
    expect(rekap.slice(1, -1)).toEqual(expected);
    expect(rekap.slice(1).filter((r) => r[1] === "TOTAL")).toHaveLength(readable.length);
  });

  it("leaves blank, not guessed, the funnel columns a province's Ringkasan lacks, and the country's TOTAL of them", () => {
    const old = readable.find((p) => !p.funnel)!;
    const oldRows = rekap.filter((r) => r[0] === old.name);
    expect(oldRows.every((r) => r[4] === "" && r[6] === "" && r[7] === "")).toBe(true);
    const country = rekap[rekap.length - 1]!;
    const totals = readable.map(totalRow);
    const sum = (k: keyof RegencyRow) => totals.reduce((s, t) => s + (t[k] as number), 0);
    expect(country.slice(0, 4)).toEqual(["TOTAL", "", sum("coops"), sum("inPortal")]);
    expect([country[4], country[6], country[7]]).toEqual(["", "", ""]);
    expect([country[5], country[8], country[9], country[10]]).toEqual([sum("finished"), sum("green"), sum("yellow"), sum("red")]);
    const weight = totals.reduce((s, t) => s + (t.progress === "" ? 0 : t.reported), 0);
    const mean = totals.reduce((s, t) => s + (t.progress === "" ? 0 : t.progress * t.reported), 0) / weight;
    expect(country[11]).toBeCloseTo(mean, 0);
  });

  it("names each unreadable workbook in Provinsi's Status and in the Log, and reads every other one", () => {
    const status = values(d, "Provinsi").slice(1, fixtures.length + 1).map((r) => String(r[2]));
    expect(values(d, "Provinsi")[0]).toEqual(["Provinsi", "ID Spreadsheet", "Status"]);
    expect(status.filter((s) => s.startsWith("OK "))).toHaveLength(35);
    expect(status[5]).toMatch(/^GAGAL .*lembar kerja tidak ditemukan; periksa ID Spreadsheet/);
    expect(status[20]).toMatch(/belum dibagikan ke akun pusdatin@kemenkop\.go\.id/);
    expect(status[33]).toMatch(/lembar "Ringkasan" provinsi tidak punya kolom Kabupaten\/Kota/);
    expect(status[3]).toMatch(/Kolom tidak ada di Ringkasan provinsi \(dibiarkan kosong\): Mulai Dibangun, Beroperasi, Terkendala/);
    const log = values(d, "Log");
    const last = log[log.length - 1]!;
    expect(last.slice(2, 4)).toEqual(["Perbarui rekap nasional", "Peringatan"]);
    const text = String(last[4]);
    expect(text).toContain("35 dari 38 provinsi terbaca.");
    for (const i of [5, 20, 33]) expect(text).toContain(`${fixtures[i]!.name} (baris ${i + 2}):`);
    expect(text).toContain("TOTAL nasional dikosongkan untuk kolom yang tidak dimiliki semua provinsi: Mulai Dibangun, Beroperasi, Terkendala.");
  });

  it("reads each province with one open and two reads, whatever its size", () => {
    expect(calls["SpreadsheetApp.openById"]).toBe(38); // every listed id; the missing one fails there
    // Not for the missing and the unshared one; plus the national Provinsi sheet.
    expect(calls["Sheet.getDataRange"]).toBe(2 * 36 + 1);
    const provinceReads = (calls["Range.getValues"] ?? 0) - 3; // the national Pengaturan, Provinsi, Tren Nasional
    expect(provinceReads).toBe(2 * 36);
  });

  it("adds one Tren Nasional row per province for its latest Riwayat day, once however often it runs", () => {
    const trend = values(d, "Tren Nasional");
    expect(trend[0]).toEqual([...NATIONAL_HEADERS.tren]);
    expect(trend.slice(1).map((r) => r[1])).toEqual(readable.map((p) => p.name));
    const first = readable[0]!;
    const latest = first.riwayat.filter((r) => (r[0] as Date).getTime() === first.days[2]!.getTime());
    const sum = (c: number) => latest.reduce((s, r) => s + (r[c] as number), 0);
    expect(trend[1]!.slice(2)).toEqual([sum(2), sum(3), sum(4)]);
    expect(sheet(d, "Tren Nasional").__displayValues()[1][0]).toBe("20/11/2026");
    d.newExecution();
    d.clickMenu("Perbarui rekap nasional");
    expect(values(d, "Tren Nasional")).toHaveLength(readable.length + 1);
  });
});

describe("the daily trigger", () => {
  it("is installed once, runs the roll-up unattended, and is removed from the menu", () => {
    const d = nationalWorkbook();
    const p = aProvince(17);
    addProvince(d.runtime, p);
    listProvinces(d, [[p.name, p.id]]);
    d.clickMenu("Pasang pemicu otomatis");
    d.clickMenu("Pasang pemicu otomatis");
    const clock = d.runtime.script.triggers().filter((t) => t.eventType === "CLOCK");
    expect(clock.map((t) => [t.handler, t.schedule?.everyDays, t.schedule?.atHour])).toEqual([["onDailyTrigger", 1, 8]]);
    d.fireTimeTriggers(new Date("2026-11-21T01:00:00Z"));
    expect(table(d, "Rekap Nasional")).toHaveLength(p.regencies.length + 3);
    expect(values(d, "Log").slice(-1)[0]!.slice(1, 4)).toEqual([KEMENTERIAN, "Pemicu harian", "Berhasil"]);
    d.clickMenu("Hapus pemicu otomatis");
    expect(d.runtime.script.triggers()).toHaveLength(0);
  });
});

describe("a national workbook set up by hand", () => {
  it("asks for Siapkan lembar kerja when Provinsi is missing, and adds the Status column when the sheet has none", () => {
    const d = new Driver({ codePath: CODE, user: KEMENTERIAN, now: new Date("2026-11-20T01:00:00Z") });
    d.open();
    d.clickMenu("Perbarui rekap nasional");
    expect(d.alerts.slice(-1)[0]).toMatchObject({ prompt: expect.stringContaining("Jalankan menu Pantau KDKMP Nasional › Siapkan lembar kerja") });
    const p = aProvince(0);
    addProvince(d.runtime, p);
    const own = (d.spreadsheet as Loose).__insertSheetRaw("Provinsi");
    own.__write(1, 1, [["Nama Provinsi", "ID Spreadsheet", "Catatan staf"], [p.name, p.id, "dibagikan 18/11"]]);
    d.newExecution().clickMenu("Perbarui rekap nasional");
    expect(values(d, "Provinsi").slice(0, 2).map((r) => r.slice(0, 4))).toEqual([
      ["Nama Provinsi", "ID Spreadsheet", "Catatan staf", "Status"],
      [p.name, p.id, "dibagikan 18/11", expect.stringMatching(/^OK 20\/11\/2026 08:00: \d+ kabupaten\/kota; Riwayat terakhir 20\/11\/2026\.$/)],
    ]);
  });
});
