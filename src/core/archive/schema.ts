// The BigQuery table archived reports go to (one row per response row with its `Validasi` row).
// Documented for analysts in docs/bigquery.md; docs/national.sql queries it.
export interface ArchiveField {
  name: string;
  type: "STRING" | "INTEGER" | "FLOAT" | "TIMESTAMP" | "DATE";
  mode: "REQUIRED" | "NULLABLE";
  description: string;
}

export const f = (name: string, type: ArchiveField["type"], description: string, mode: ArchiveField["mode"] = "NULLABLE"): ArchiveField =>
  ({ name, type, mode, description });

export const ARCHIVE_SCHEMA: readonly ArchiveField[] = [
  f("report_key", "STRING", "Stable key of the report: the workbook id and a fingerprint of the response row; also the insertId", "REQUIRED"),
  f("province", "STRING", "NAMA_PROVINSI of the workbook", "REQUIRED"),
  f("spreadsheet_id", "STRING", "The province workbook's id", "REQUIRED"),
  f("time_zone", "STRING", "ZONA_WAKTU of the workbook (days are counted in it)", "REQUIRED"),
  f("submitted_at", "TIMESTAMP", "Column 1 of the response sheet: the submission time"),
  f("pendamping_id", "STRING", "ID Pendamping as validated (Validasi)"),
  f("koperasi_id", "STRING", "ID Koperasi as validated (Validasi)"),
  f("regency", "STRING", "Kabupaten/Kota answered"),
  f("visit_date", "DATE", "Tanggal Kunjungan as validated (Validasi)"),
  f("land_status", "STRING", "Status Lahan answered"),
  f("progress", "FLOAT", "Progres Fisik (%) answered, when a number"),
  f("stage", "STRING", "Tahap Pembangunan answered"),
  f("answers_json", "STRING", "Every response column as {header: text}, including questions added later", "REQUIRED"),
  f("status", "STRING", "Validasi Status: Valid, Peringatan, Ditolak, Duplikat or Dikoreksi", "REQUIRED"),
  f("reasons", "STRING", "Validasi Alasan: every rule that fired"),
  f("processed_at", "TIMESTAMP", "Validasi Diproses: when the add-on validated the row"),
  f("archived_at", "TIMESTAMP", "When the row was moved out of the workbook", "REQUIRED"),
];

/** The table resource for BigQuery.Tables.insert. */
export function archiveTableResource(projectId: string, datasetId: string, tableId: string, fields = ARCHIVE_SCHEMA, what = "laporan harian pendamping"): object {
  return {
    tableReference: { projectId, datasetId, tableId },
    description: `Pantau KDKMP: ${what} yang diarsipkan dari lembar kerja provinsi`,
    schema: { fields: fields.map(({ name, type, mode, description }) => ({ name, type, mode, description })) },
  };
}
