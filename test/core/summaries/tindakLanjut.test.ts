// `Tindak Lanjut`: MERAH before KUNING with reasons and pendamping; recent `Peringatan` reports.
import { tindakLanjutSections } from "../../../src/core/summaries/tindakLanjut";
import { reasonsText } from "../../../src/core/text/findings";
import { HEADERS } from "../../../src/core/text/sheets";
import { dateOf } from "../../builders/summaries";
import { registry, results, settings, statuses, T } from "../../builders/summaryWorkbook";

describe("tindakLanjutSections", () => {
  const { coops, warnings } = tindakLanjutSections(statuses, results, registry, settings, T);

  it("lists every MERAH then every KUNING cooperative, by kabupaten/kota, longest silence first", () => {
    expect(coops.headers).toEqual(HEADERS.tindakLanjut);
    expect(coops.rows).toEqual([
      ["MERAH", "K6", "KDKMP Mataram", "Kota Mataram", "P02", "Made Wirawan", 0, "Lahan bermasalah (sengketa/tidak layak)."],
      ["MERAH", "K3", "=HYPERLINK(\"x\")", "Lombok Timur", "P01", "Baiq Nurul", "", "Belum pernah ada laporan sah (Valid/Peringatan)."],
      ["MERAH", "K2", "KDKMP Sakra", "Lombok Timur", "P01", "Baiq Nurul", 9,
        "Tidak ada laporan sah selama 9 hari (batas merah 7 hari). Lahan masih dalam proses (usulan/verifikasi)."],
      ["KUNING", "K5", "KDKMP Cakranegara", "Kota Mataram", "P02", "Made Wirawan", 4,
        "Tidak ada laporan sah selama 4 hari (batas kuning 3 hari)."],
    ]);
    expect(coops.backgrounds!.map((b) => b[0])).toEqual([
      settings.colors.MERAH, settings.colors.MERAH, settings.colors.MERAH, settings.colors.KUNING,
    ]);
    expect(coops.numberFormats[2]).toBe("@");
    expect(coops.numberFormats[7]).toBe("@");
  });

  it("lists the Peringatan reports of the last 7 days, newest first, with their reasons", () => {
    expect(warnings.headers).toEqual(HEADERS.tindakLanjutWarnings);
    const k6 = results.find((r) => r.row === 7)!;
    const k1 = results.find((r) => r.row === 4)!;
    expect(warnings.rows).toEqual([
      [7, dateOf(T), "K6", "KDKMP Mataram", "Kota Mataram", "P02", reasonsText(k6.findings)],
      [4, dateOf(T - 1), "K1", "KDKMP Aikmel", "Lombok Timur", "P01", reasonsText(k1.findings)],
    ]);
    expect(String(warnings.rows[0]![6])).toContain("20%");
    expect(warnings.numberFormats[6]).toBe("@");
  });
});
