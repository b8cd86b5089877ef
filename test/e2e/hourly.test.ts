// Issue 3 (b), through dist/Code.js: the hourly trigger catches up what missed submit triggers left
// (the sheets then equal those of a run where every trigger fired in order), and in the hour
// JAM_PERBARUI (local time) it rebuilds every output sheet and appends `Riwayat` once per day.
import type { Driver } from "../../runtime/driver";
import {
  agencyWorkbook, backgrounds, lastLog, records, report, setSetting, snapshot, validasiWithoutProcessed, values, wita,
} from "./agency";

const DAY1: Array<[Record<string, string>, string]> = [
  [report("K-01", "2026-11-16", 10), "2026-11-16T08:10:00"],
  [report("K-04", "2026-11-16", 5, { land: "Proses (usulan/verifikasi)" }), "2026-11-16T09:00:00"],
  [report("K-01", "2026-11-16", 12), "2026-11-16T10:00:00"], // corrects row 2
  [report("K-02", "2026-11-15", 5, { stage: "Atap" }), "2026-11-16T11:00:00"], // stage does not fit 5%
  [report("K-05", "2026-11-16", 0, { land: "Belum ada lahan" }), "2026-11-16T12:00:00"],
  [report("K-04", "2026-11-16", 45), "2026-11-16T13:00:00"], // corrects row 3
];

/** Plays DAY1; the submit triggers of the rows in `missed` do not get to run (the lock is busy). */
function playDay(missed: number[]): Driver {
  const driver = agencyWorkbook();
  DAY1.forEach(([a, at], i) => {
    const row = i + 2;
    driver.newExecution();
    driver.runtime.locks.heldByOther = missed.includes(row);
    driver.submitForm(a, wita(at));
    driver.runtime.locks.heldByOther = false;
  });
  return driver;
}

const OUTPUTS = ["Status Koperasi", "Ringkasan", "Kepatuhan Pendamping", "Tindak Lanjut", "Percontohan", "Riwayat"];

describe("the hourly catch-up", () => {
  it("loses nothing when submit triggers were missed, and ends equal to an in-order run", () => {
    const inOrder = playDay([]);
    const missed = playDay([3, 4, 6, 7]);
    // The missed rows have no Validasi row yet (rows 3 and 4 were caught up by the submit of row 5).
    expect(records(missed, "Validasi").filter((r) => r.Status !== "").map((r) => r.Baris)).toEqual([2, 3, 4, 5]);
    expect(records(missed, "Log").filter((r) => r.Hasil === "Dilewati").length).toBeGreaterThanOrEqual(4);

    for (const d of [inOrder, missed]) {
      d.newExecution();
      d.fireTimeTriggers(wita("2026-11-16T14:00:00"));
    }
    expect(lastLog(missed).Hasil).toBe("Berhasil");
    expect(validasiWithoutProcessed(missed)).toEqual(validasiWithoutProcessed(inOrder));
    expect(validasiWithoutProcessed(missed).map((r) => r.Status)).toEqual(["Dikoreksi", "Dikoreksi", "Valid", "Peringatan", "Valid", "Valid"]);
    expect(values(missed, "Status Koperasi")).toEqual(values(inOrder, "Status Koperasi"));
    expect(backgrounds(missed, "Status Koperasi")).toEqual(backgrounds(inOrder, "Status Koperasi"));
    // Every cooperative of the registry has its row, in registry order, whichever path wrote it.
    expect(records(inOrder, "Status Koperasi").map((r) => r["ID Koperasi"])).toEqual(["K-01", "K-02", "K-03", "K-04", "K-05"]);
    expect(records(inOrder, "Status Koperasi").find((r) => r["ID Koperasi"] === "K-04")?.["Progres Fisik (%)"]).toBe(45);

    // And the next morning's daily rebuild gives the same sheets in both workbooks.
    for (const d of [inOrder, missed]) d.fireTimeTriggers(wita("2026-11-17T06:00:00"));
    expect(snapshot(missed, OUTPUTS)).toEqual(snapshot(inOrder, OUTPUTS));
    expect(validasiWithoutProcessed(missed)).toEqual(validasiWithoutProcessed(inOrder));
  });

  it("with nothing missed, an hourly run changes nothing and logs that it skipped", () => {
    const driver = playDay([]);
    const before = snapshot(driver, ["Validasi", "Status Koperasi"]);
    driver.fireTimeTriggers(wita("2026-11-16T15:00:00"));
    expect(snapshot(driver, ["Validasi", "Status Koperasi"])).toEqual(before);
    expect(lastLog(driver)).toMatchObject({ Aksi: expect.stringMatching(/jam/i), Hasil: "Dilewati" });
  });
});

describe("the daily rebuild at JAM_PERBARUI", () => {
  const riwayatDays = (d: Driver) => records(d, "Riwayat").map((r) => [r.Tanggal, r["Kabupaten/Kota"]]);

  it("rebuilds in the 06 WITA hour and appends Riwayat once per day however often it fires", () => {
    const driver = playDay([]);
    for (const t of ["2026-11-16T23:00:00", "2026-11-17T05:00:00"]) driver.fireTimeTriggers(wita(t));
    expect(records(driver, "Riwayat")).toHaveLength(0); // not the hour yet (23:00 and 05:00 WITA)
    expect(values(driver, "Ringkasan").length).toBeLessThanOrEqual(1);

    for (const t of ["2026-11-17T06:00:00", "2026-11-17T06:20:00", "2026-11-17T06:59:00", "2026-11-17T07:00:00", "2026-11-17T18:00:00"]) {
      driver.newExecution();
      driver.fireTimeTriggers(wita(t));
    }
    const day17 = wita("2026-11-17T00:00:00");
    expect(riwayatDays(driver)).toEqual([[day17, "Lombok Barat"], [day17, "Lombok Tengah"]]);
    expect(values(driver, "Ringkasan").some((r) => r[0] === "Diperbarui: 17/11/2026 06:00")).toBe(true);
    // The daily run saw the day change: K-02's last visit (15/11) is now two days old.
    const k02 = records(driver, "Status Koperasi").find((r) => r["ID Koperasi"] === "K-02");
    expect(k02?.["Hari Sejak Laporan"]).toBe(2);

    // Next day: one more set of rows; the old ones are kept as they were.
    const before = values(driver, "Riwayat");
    driver.fireTimeTriggers(wita("2026-11-18T06:05:00"));
    driver.fireTimeTriggers(wita("2026-11-18T06:35:00"));
    const after = values(driver, "Riwayat");
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toHaveLength(before.length + 2);
  });

  it("a rebuild from the menu earlier that day has already written the day's Riwayat", () => {
    const driver = playDay([]);
    driver.runtime.clock.set(wita("2026-11-17T05:30:00").getTime());
    driver.clickMenu("Perbarui status & ringkasan");
    driver.fireTimeTriggers(wita("2026-11-17T06:00:00"));
    expect(records(driver, "Riwayat")).toHaveLength(2);
    expect(values(driver, "Ringkasan").some((r) => r[0] === "Diperbarui: 17/11/2026 06:00")).toBe(true);
  });

  it("follows JAM_PERBARUI from Pengaturan", () => {
    const driver = playDay([]);
    setSetting(driver, "JAM_PERBARUI", 8);
    driver.fireTimeTriggers(wita("2026-11-17T06:00:00"));
    expect(records(driver, "Riwayat")).toHaveLength(0);
    driver.fireTimeTriggers(wita("2026-11-17T08:00:00"));
    expect(records(driver, "Riwayat")).toHaveLength(2);
  });
});
