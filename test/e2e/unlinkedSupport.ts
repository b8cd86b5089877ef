// A workbook whose reports are typed into a response sheet no form is linked to ("Form Responses 1"),
// shared by the tests of the unlinked sheet (unlinkedCatchUp, unlinkedKnownSheet, unlinkedStatePath).
import type { CellValue } from "../../src/core/model";
import { Driver } from "../../runtime/driver";
import { ADMIN, CODE, koperasiRows, paste, PENDAMPING, report, wita } from "./agency";

export const SHEET = "Form Responses 1";
export const HEADER = [
  "Timestamp", "ID Pendamping", "Kabupaten/Kota", "Koperasi (Lombok Barat)", "Koperasi (Lombok Tengah)", "Tanggal Kunjungan",
  "Status Lahan", "Luas Lahan (m²)", "Progres Fisik (%)", "Tahap Pembangunan", "Kendala", "Tautan Foto", "Koordinat",
];
export const COOPS = ["K-01", "K-02", "K-03", "K-04", "K-05"];

/** One report as a person types it into SHEET (dates and the progress as values, not text). */
export function typed(k: string, visit: string, progress: number, at: Date): CellValue[] {
  const a = report(k, visit, progress);
  return HEADER.map((h, i): CellValue => (i === 0 ? at : h === "Tanggal Kunjungan" ? wita(`${visit}T00:00:00`) : h === "Progres Fisik (%)" ? progress : a[h] ?? ""));
}

/** Each cooperative once a day for `days` days up to 16 November, but where `skip(id, daysBeforeEnd)`. */
export function history(days: number, skip: (id: string, daysBeforeEnd: number) => boolean = () => false): CellValue[][] {
  const out: CellValue[][] = [];
  const end = wita("2026-11-16T00:00:00").getTime();
  for (let d = days - 1; d >= 0; d--) {
    const day = new Date(end - d * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
    COOPS.forEach((k, i) => {
      if (!skip(k, d)) out.push(typed(k, day, Math.min(100, days - d + i), wita(`${day}T${String(9 + i).padStart(2, "0")}:00:00`)));
    });
  }
  return out;
}

/** Set up, no form, with these rows typed into SHEET below its header (nothing validated yet). */
export function unlinkedWorkbook(rows: CellValue[][]): Driver {
  const d = new Driver({ codePath: CODE, user: ADMIN, now: wita("2026-09-01T08:00:00") });
  d.open();
  d.clickMenu("Siapkan lembar kerja");
  paste(d, "Koperasi", koperasiRows());
  paste(d, "Pendamping", PENDAMPING);
  d.spreadsheet.insertSheet(SHEET);
  paste(d, SHEET, [HEADER, ...rows]);
  return d;
}
