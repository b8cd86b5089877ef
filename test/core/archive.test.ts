// The archive core: which rows may go, the BigQuery rows (keys stable, answers kept), and requests
// within limits; then, against the runtime's BigQuery service, a run cut off between two requests
// and run again neither loses nor duplicates a report.
import { archiveRow, reportKey, type ArchiveSource } from "../../src/core/archive/rows";
import { archivablePrefix, insertRequests, notYetArchived, ROWS_PER_REQUEST } from "../../src/core/archive/plan";
import { archiveTableResource, ARCHIVE_SCHEMA } from "../../src/core/archive/schema";
import { archivedKeysRequest } from "../../src/core/archive/query";
import { dayFromYmd } from "../../src/core/time/localDay";
import type { CellValue } from "../../src/core/model";
import { runtime, type Loose } from "../runtime/helpers";

const TZ = "Asia/Makassar";
const HEADER = ["Timestamp", "ID Pendamping", "Kabupaten/Kota", "Koperasi (Bima)", "Tanggal Kunjungan", "Status Lahan", "Progres Fisik (%)", "Tahap Pembangunan", "Jenis Kendala"];
const wita = (y: number, m: number, d: number, h = 9) => new Date(Date.UTC(y, m - 1, d, h - 8));

function report(i: number, at: Date): { response: CellValue[]; validasi: CellValue[] } {
  const visit = new Date(at.getTime() - 3_600_000);
  return {
    response: [at, "P-01 — Ani", "Bima", `K-0${i % 9} — KMP (Desa)`, visit, "Siap bangun (clear & clean)", 10 + i, "Pondasi", "Material"],
    validasi: [i + 2, at, `K-0${i % 9}`, "P-01", visit, i % 5 === 0 ? "Peringatan" : "Valid", i % 5 === 0 ? "Progres turun." : "", at],
  };
}
const SRC: ArchiveSource = { province: "Nusa Tenggara Barat", spreadsheetId: "1NTB", timeZone: TZ, header: HEADER, archivedAt: new Date("2026-12-01T00:00:00Z") };

describe("archive rows", () => {
  it("carry the validated ids, the answers by header (later questions too) and a stable key", () => {
    const { response, validasi } = report(5, wita(2026, 9, 14));
    const row = archiveRow(SRC, response, validasi);
    expect(row).toMatchObject({
      province: "Nusa Tenggara Barat", koperasi_id: "K-05", pendamping_id: "P-01", regency: "Bima", visit_date: "2026-09-14",
      progress: 15, stage: "Pondasi", status: "Peringatan", reasons: "Progres turun.", submitted_at: "2026-09-14T01:00:00.000Z",
    });
    expect(JSON.parse(String(row.answers_json))["Jenis Kendala"]).toBe("Material");
    expect(row.report_key).toBe(reportKey("1NTB", response, TZ));
    expect(Object.keys(row).sort()).toEqual(ARCHIVE_SCHEMA.map((f) => f.name).sort());
  });

  it("go as the oldest prefix only: submitted more than the setting's days ago, visit month closed, Validasi row present", () => {
    const rows = [wita(2026, 9, 30), wita(2026, 10, 2), wita(2026, 11, 20), wita(2026, 9, 1)].map((d, i) => report(i, d));
    const today = dayFromYmd(2026, 11, 25);
    const prefix = (age: number, v = rows.map((r) => r.validasi)) => archivablePrefix(rows.map((r) => r.response), v, today, age, TZ);
    expect(prefix(30)).toBe(2); // the 20/11 report stops it; the old 01/09 one after it waits
    expect(prefix(55)).toBe(1); // 02/10 is only 54 days old
    expect(prefix(30, [rows[0]!.validasi])).toBe(1);
  });

  it("are sent in requests of at most 500 rows, each row's insertId its key", () => {
    const rows = Array.from({ length: 1_203 }, (_, i) => archiveRow(SRC, report(i, wita(2026, 9, 1 + (i % 28), 8 + (i % 9))).response, report(i, wita(2026, 9, 1)).validasi));
    const requests = insertRequests(rows);
    expect(requests.map((r) => r.rows.length)).toEqual([ROWS_PER_REQUEST, ROWS_PER_REQUEST, 203]);
    expect(requests[0]!.rows[0]!.insertId).toBe(rows[0]!.report_key);
  });
});

describe("archive rows in the runtime's BigQuery", () => {
  it("fit the table's schema; a run cut off after its first request, run again, stores each report once", () => {
    const { rt, g } = runtime({ advancedServices: ["BigQuery"] });
    rt.bigquery.datasets.add("kdkmp-ntb:kdkmp");
    const BigQuery: Loose = g.BigQuery;
    BigQuery.Tables.insert(archiveTableResource("kdkmp-ntb", "kdkmp", "laporan"), "kdkmp-ntb", "kdkmp");
    const rows = Array.from({ length: 1_100 }, (_, i) => {
      const r = report(i, new Date(wita(2026, 9, 1).getTime() + i * 60_000));
      return archiveRow(SRC, r.response, r.validasi);
    });
    const send = () => {
      const keys = rows.map((r) => String(r.report_key));
      const answer = BigQuery.Jobs.query(archivedKeysRequest("kdkmp-ntb", "kdkmp", "laporan", keys), "kdkmp-ntb");
      const have = new Set<string>((answer.rows ?? []).map((r: Loose) => r.f[0].v));
      for (let token = answer.pageToken; token; ) {
        const next = BigQuery.Jobs.getQueryResults("kdkmp-ntb", answer.jobReference.jobId, { pageToken: token });
        for (const r of next.rows ?? []) have.add(r.f[0].v);
        token = next.pageToken;
      }
      for (const body of insertRequests(notYetArchived(rows, have))) {
        expect(BigQuery.Tabledata.insertAll(body, "kdkmp-ntb", "kdkmp", "laporan").insertErrors).toBeUndefined();
      }
    };
    let calls = 0;
    const record = rt.ledger.record.bind(rt.ledger);
    rt.ledger.record = (service: string, method: string) => {
      if (service === "BigQuery.Tabledata" && ++calls === 2) throw new Error("API call to bigquery.tabledata.insertAll failed with error: Backend Error");
      record(service, method);
    };
    expect(send).toThrow("Backend Error");
    rt.ledger.record = record;
    rt.clock.set(rt.clock.now() + 3_600_000); // an hour later: insertId no longer protects
    send();
    const stored = rt.bigquery.tables.get("kdkmp-ntb:kdkmp.laporan")!.rows.map((r) => r.report_key);
    expect(stored).toHaveLength(1_100);
    expect(new Set(stored).size).toBe(1_100);
  });
});
