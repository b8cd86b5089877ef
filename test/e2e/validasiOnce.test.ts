// Issue 3 (a), through dist/Code.js: every response row gets exactly one `Validasi` row, whether the
// submit trigger fired twice, the response was edited, rows were typed or pasted by hand, or everything
// was validated again from the menu; `Duplikat` and `Dikoreksi` as SPEC section 3 says.
import {
  agencyWorkbook, lastLog, records, report, responseSheetName, setSetting, typeReport, values, wita,
} from "./agency";

const rowsOf = (driver: ReturnType<typeof agencyWorkbook>) => records(driver, "Validasi").map((r) => [r.Baris, r.Status]);
const statusOf = (driver: ReturnType<typeof agencyWorkbook>, id: string) =>
  records(driver, "Status Koperasi").find((r) => r["ID Koperasi"] === id);

describe("one Validasi row per response row", () => {
  it("a submit trigger that fires twice for the same row leaves one row, and says it skipped", () => {
    const driver = agencyWorkbook();
    const first = driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T17:00:00"));
    driver.submitForm(report("K-02", "2026-11-16", 5), wita("2026-11-16T17:10:00"));
    // Apps Script retries or runs a trigger twice: the same event for row 2 arrives again, later.
    driver.newExecution();
    driver.runAsTrigger(() => driver.call("onFormSubmitTrigger", { range: first.range, values: first.values }));
    driver.runAsTrigger(() => driver.call("onFormSubmitTrigger", { range: first.range, values: first.values }));
    expect(rowsOf(driver)).toEqual([[2, "Valid"], [3, "Valid"]]);
    expect(lastLog(driver).Hasil).toBe("Dilewati");
    expect(String(lastLog(driver).Rincian)).toMatch(/Baris 2 sudah divalidasi/);
  });

  it("a response edited after submit is validated again on the same row, and its status changes", () => {
    const driver = agencyWorkbook();
    driver.submitForm(report("K-01", "2026-11-16", 10, { land: "Proses (usulan/verifikasi)" }), wita("2026-11-16T17:00:00"));
    driver.submitForm(report("K-04", "2026-11-16", 0), wita("2026-11-16T17:05:00"));
    expect(rowsOf(driver)).toEqual([[2, "Peringatan"], [3, "Valid"]]);
    expect(String(records(driver, "Validasi")[0]!.Alasan)).toMatch(/lahan/i);

    // The pendamping opens the edit link and corrects the land status the next morning.
    const edit = driver.editResponse(2, { "Status Lahan": "Siap bangun (clear & clean)" }, wita("2026-11-17T07:30:00"));
    expect(edit.row).toBe(2);
    expect(values(driver, responseSheetName(driver))).toHaveLength(3); // rewritten in place, no new row
    const rows = records(driver, "Validasi");
    expect(rows.map((r) => [r.Baris, r.Status])).toEqual([[2, "Valid"], [3, "Valid"]]);
    expect(rows[0]!["Stempel Waktu"]).toEqual(wita("2026-11-17T07:30:00"));
    expect(statusOf(driver, "K-01")?.["Status Lahan"]).toBe("Siap bangun (clear & clean)");

    // A later submit still lands on its own row, once.
    driver.submitForm(report("K-02", "2026-11-17", 5), wita("2026-11-17T09:00:00"));
    expect(rowsOf(driver)).toEqual([[2, "Valid"], [3, "Valid"], [4, "Valid"]]);
  });

  it("rows typed or pasted by hand (no trigger) are picked up by the hourly trigger", () => {
    const driver = agencyWorkbook();
    driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T17:00:00"));
    // Staff paste two paper reports below the form's rows: no trigger runs for them.
    typeReport(driver, { pendamping: "P-02", koperasi: "K-04", visit: "2026-11-16", progress: "5", stage: "Persiapan lahan" }, wita("2026-11-16T18:00:00"));
    typeReport(driver, { pendamping: "P-02", koperasi: "K-05", visit: "2026-11-25", progress: "5", stage: "Persiapan lahan" }, wita("2026-11-16T18:01:00"));
    expect(rowsOf(driver)).toEqual([[2, "Valid"]]);

    driver.newExecution();
    driver.fireTimeTriggers(wita("2026-11-16T19:00:00"));
    expect(rowsOf(driver)).toEqual([[2, "Valid"], [3, "Valid"], [4, "Ditolak"]]);
    expect(String(records(driver, "Validasi")[2]!.Alasan)).toContain("25/11/2026");
    expect(statusOf(driver, "K-04")?.["Progres Fisik (%)"]).toBe(5);

    // The hourly trigger again: nothing new, nothing repeated.
    driver.fireTimeTriggers(wita("2026-11-16T20:00:00"));
    expect(rowsOf(driver)).toEqual([[2, "Valid"], [3, "Valid"], [4, "Ditolak"]]);
    expect(lastLog(driver).Hasil).toBe("Dilewati");

    // Then a form submit after the pasted rows: one more row, the others untouched.
    driver.submitForm(report("K-02", "2026-11-16", 5), wita("2026-11-16T21:00:00"));
    expect(rowsOf(driver)).toEqual([[2, "Valid"], [3, "Valid"], [4, "Ditolak"], [5, "Valid"]]);
  });

  it("`Validasi laporan baru` picks up a pasted row, and a row typed over later is validated again", () => {
    const driver = agencyWorkbook();
    driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T17:00:00"));
    const row = typeReport(driver, { pendamping: "P-09", koperasi: "K-04", visit: "2026-11-16", progress: "5", stage: "Persiapan lahan" }, wita("2026-11-16T18:00:00"));
    driver.clickMenu("Validasi laporan baru");
    expect(rowsOf(driver)).toEqual([[2, "Valid"], [3, "Ditolak"]]);
    expect(String(records(driver, "Validasi")[1]!.Alasan)).toMatch(/P-09/);
    // Staff fix the pendamping id in the pasted row and validate new reports again.
    typeReport(driver, { pendamping: "P-02", koperasi: "K-04", visit: "2026-11-16", progress: "5", stage: "Persiapan lahan" }, wita("2026-11-16T18:00:00"), row);
    driver.clickMenu("Validasi laporan baru");
    expect(rowsOf(driver)).toEqual([[2, "Valid"], [3, "Valid"]]);
  });

  it("`Validasi ulang semua laporan` keeps one row each and applies changed settings to old rows", () => {
    const driver = agencyWorkbook();
    driver.submitForm(report("K-01", "2026-11-14", 10), wita("2026-11-16T17:00:00"));
    driver.submitForm(report("K-02", "2026-11-16", 5), wita("2026-11-16T17:10:00"));
    driver.clickMenu("Validasi ulang semua laporan");
    driver.clickMenu("Validasi ulang semua laporan");
    expect(rowsOf(driver)).toEqual([[2, "Valid"], [3, "Valid"]]);
    // Reports may now be at most one day old: the visit two days before submission is rejected.
    setSetting(driver, "MAKS_UMUR_LAPORAN_HARI", 1);
    driver.clickMenu("Validasi ulang semua laporan");
    expect(rowsOf(driver)).toEqual([[2, "Ditolak"], [3, "Valid"]]);
    expect(String(records(driver, "Validasi")[0]!.Alasan)).toMatch(/14\/11\/2026/);
  });
});

describe("Duplikat and Dikoreksi", () => {
  it("an identical repeat is Duplikat and not counted; a repeat of a rejected report is not a duplicate", () => {
    const driver = agencyWorkbook();
    driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T17:00:00"));
    driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T17:02:00"));
    // Rejected (visit in the future), then sent again unchanged: still rejected, not Duplikat.
    driver.submitForm(report("K-02", "2026-11-18", 5), wita("2026-11-16T17:05:00"));
    driver.submitForm(report("K-02", "2026-11-18", 5), wita("2026-11-16T17:06:00"));
    expect(rowsOf(driver)).toEqual([[2, "Valid"], [3, "Duplikat"], [4, "Ditolak"], [5, "Ditolak"]]);
    driver.clickMenu("Perbarui status & ringkasan");
    const nurul = records(driver, "Kepatuhan Pendamping").find((r) => r["ID Pendamping"] === "P-01");
    expect(nurul?.["Laporan Valid"]).toBe(1);
    const lb = records(driver, "Ringkasan").find((r) => r["Kabupaten/Kota"] === "Lombok Barat");
    expect(lb?.["Sudah Melapor"]).toBe(1);
  });

  it("a different report for the same pendamping, cooperative and day corrects the earlier one, whichever way it arrives", () => {
    const driver = agencyWorkbook();
    driver.submitForm(report("K-01", "2026-11-16", 10), wita("2026-11-16T17:00:00"));
    driver.submitForm(report("K-04", "2026-11-16", 5), wita("2026-11-16T17:01:00"));
    // The correction is typed into the sheet by staff (no trigger) ...
    typeReport(driver, { pendamping: "P-01", koperasi: "K-01", visit: "2026-11-16", progress: "12", stage: "Persiapan lahan" }, wita("2026-11-16T18:00:00"));
    // ... and picked up by the next form submit, which lands after it.
    driver.submitForm(report("K-02", "2026-11-16", 5), wita("2026-11-16T18:30:00"));
    expect(rowsOf(driver)).toEqual([[2, "Dikoreksi"], [3, "Valid"], [4, "Valid"], [5, "Valid"]]);
    expect(statusOf(driver, "K-01")?.["Progres Fisik (%)"]).toBe(12);
    // A report for another day is not a correction.
    driver.submitForm(report("K-01", "2026-11-17", 14), wita("2026-11-17T17:00:00"));
    expect(rowsOf(driver).map((r) => r[1])).toEqual(["Dikoreksi", "Valid", "Valid", "Valid", "Valid"]);
  });
});
