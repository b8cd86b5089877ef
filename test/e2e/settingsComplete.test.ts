// Issue 16.8, through dist/Code.js: a `Pengaturan` typed by hand with three keys is completed by
// `Siapkan lembar kerja` with every missing key (default and description); what was typed stays.
import { defaultSettingRows } from "../../src/core/settings/keys";
import { ADMIN, CODE, lastAlert, paste, values, wita } from "./agency";
import { Driver } from "../../runtime/driver";

describe("a partly filled Pengaturan", () => {
  it("gets every missing key with its default and description, and the blank descriptions, once", () => {
    const driver = new Driver({ codePath: CODE, user: ADMIN, now: wita("2026-11-16T08:00:00") });
    driver.open();
    driver.spreadsheet.insertSheet("Pengaturan");
    const typed = [["Kunci", "Nilai", "Keterangan"], ["NAMA_PROVINSI", "Nusa Tenggara Timur", ""], ["MAKS_UMUR_LAPORAN_HARI", 5, "aturan kantor"], ["jam perbarui", 7, ""]];
    paste(driver, "Pengaturan", typed);
    driver.clickMenu("Siapkan lembar kerja");

    const rows = values(driver, "Pengaturan");
    expect(rows.slice(0, 4).map((r) => r.slice(0, 2))).toEqual(typed.map((r) => r.slice(0, 2)));
    const described = new Map(defaultSettingRows().map((r) => [r[0], r[2]]));
    expect(rows[1]![2]).toBe(described.get("NAMA_PROVINSI"));
    expect(rows[2]![2]).toBe("aturan kantor");
    expect(rows[3]![2]).toBe(described.get("JAM_PERBARUI"));
    const added = defaultSettingRows().filter((r) => !["NAMA_PROVINSI", "MAKS_UMUR_LAPORAN_HARI", "JAM_PERBARUI"].includes(r[0]));
    expect(rows.slice(4).filter((r) => r[0] !== "")).toEqual(added);
    expect(lastAlert(driver)).toContain(`Pengaturan dilengkapi dengan nilai bawaan dan keterangan untuk ${added.length} kunci yang belum ada: ZONA_WAKTU`);

    driver.clickMenu("Siapkan lembar kerja");
    expect(values(driver, "Pengaturan")).toEqual(rows);
    expect(lastAlert(driver)).not.toContain("dilengkapi");
  });
});
