// Every run of every action has its `Log` row (SPEC section 1), also the fast form submits, whose rows
// wait in their cooperative's note on `Status Koperasi` until the next run that reads the notes writes them.
import { agencyWorkbook, records, report, wita } from "./agency";

describe("Log", () => {
  it("gets one row per form submit, in order, by the next hourly run at the latest", () => {
    const driver = agencyWorkbook({ now: wita("2026-11-16T08:00:00") });
    const before = records(driver, "Log").length;
    driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T17:00:00"));
    driver.submitForm(report("K-02", "2026-11-16", 12), wita("2026-11-16T17:05:00"));
    driver.fireTimeTriggers(wita("2026-11-16T18:05:00"));
    const rows = records(driver, "Log").slice(before);
    const submits = rows.filter((r) => r.Aksi === "Pemicu kirim formulir");
    // The first submit after the form was made takes the general path (no basis yet), the second the fast one.
    expect(submits.map((r) => [r.Hasil, String(r.Rincian).slice(0, 15)])).toEqual([
      ["Berhasil", "Baris 2: Valid "],
      ["Berhasil", "Baris 3: Valid."],
    ]);
    expect(submits[1]!.Pengguna).toBe("(pemicu otomatis)");
    expect(rows[rows.length - 1]!.Aksi).toBe("Pemicu per jam");
    const times = rows.map((r) => (r.Waktu as Date).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));

    // Written once: later runs (the notes still hold the lines until the next full run) add none again.
    driver.fireTimeTriggers(wita("2026-11-16T19:05:00"));
    driver.clickMenu("Perbarui status & ringkasan");
    driver.fireTimeTriggers(wita("2026-11-16T20:05:00"));
    const again = records(driver, "Log").slice(before).filter((r) => r.Aksi === "Pemicu kirim formulir");
    expect(again.map((r) => String(r.Rincian).slice(0, 15))).toEqual(["Baris 2: Valid ", "Baris 3: Valid."]);
  });
});
