// The BigQuery advanced service of the local runtime: present only when enabled, tables.insert,
// tabledata.insertAll (insertId, invalid rows, limits), jobs.query and getQueryResults paging, errors
// as Apps Script words them, and failures on demand through the fault plan.
import { runtime, type Loose } from "./helpers";

const P = "kdkmp-nasional";
const SCHEMA = { fields: [{ name: "report_key", type: "STRING", mode: "REQUIRED" }, { name: "progress", type: "FLOAT" }, { name: "submitted_at", type: "TIMESTAMP" }] };

function bq() {
  const { rt, g } = runtime({ advancedServices: ["BigQuery"] });
  rt.bigquery.datasets.add(`${P}:kdkmp`);
  const BigQuery: Loose = g.BigQuery;
  BigQuery.Tables.insert({ tableReference: { projectId: P, datasetId: "kdkmp", tableId: "laporan" }, schema: SCHEMA }, P, "kdkmp");
  return { rt, BigQuery };
}
const row = (key: string, progress: unknown = 10) => ({ insertId: key, json: { report_key: key, progress, submitted_at: "2026-11-16T09:00:00Z" } });

describe("BigQuery advanced service", () => {
  test("is a global only when the manifest enables it", () => {
    expect("BigQuery" in runtime().rt.globals).toBe(false);
    expect("BigQuery" in runtime({ advancedServices: ["BigQuery"] }).rt.globals).toBe(true);
  });

  test("tables.insert refuses a missing dataset and an existing table, in Google's words", () => {
    const { BigQuery } = bq();
    const table = { tableReference: { projectId: P, datasetId: "kdkmp", tableId: "laporan" }, schema: SCHEMA };
    expect(() => BigQuery.Tables.insert(table, P, "kdkmp")).toThrow(`API call to bigquery.tables.insert failed with error: Already Exists: Table ${P}:kdkmp.laporan`);
    expect(() => BigQuery.Tables.insert(table, P, "lain")).toThrow(`Not found: Dataset ${P}:lain`);
    expect(BigQuery.Tables.get(P, "kdkmp", "laporan").numRows).toBe("0");
  });

  test("insertAll stores valid rows, drops a repeated insertId, and rejects a request with an invalid row", () => {
    const { rt, BigQuery } = bq();
    expect(BigQuery.Tabledata.insertAll({ rows: [row("a"), row("b")] }, P, "kdkmp", "laporan").insertErrors).toBeUndefined();
    BigQuery.Tabledata.insertAll({ rows: [row("b"), row("c")] }, P, "kdkmp", "laporan");
    const bad = BigQuery.Tabledata.insertAll({ rows: [row("d"), row("e", "sepuluh")] }, P, "kdkmp", "laporan");
    expect(bad.insertErrors).toEqual([
      { index: 0, errors: [{ reason: "stopped", message: "" }] },
      { index: 1, errors: [{ reason: "invalid", message: "Cannot convert value to float: sepuluh" }] },
    ]);
    expect(rt.bigquery.tables.get(`${P}:kdkmp.laporan`)!.rows.map((r) => r.report_key)).toEqual(["a", "b", "c"]);
    const many = Array.from({ length: 50_001 }, (_, i) => row(`k${i}`));
    expect(() => BigQuery.Tabledata.insertAll({ rows: many }, P, "kdkmp", "laporan")).toThrow("too many rows present in the request, limit: 50000 row count: 50001.");
  });

  test("jobs.query answers in pages that getQueryResults continues, values as strings", () => {
    const { BigQuery } = bq();
    BigQuery.Tabledata.insertAll({ rows: ["c", "a", "b", "d", "e"].map((k) => row(k)) }, P, "kdkmp", "laporan");
    const sql = `SELECT report_key FROM \`${P}.kdkmp.laporan\` WHERE report_key IN UNNEST(@keys) ORDER BY report_key`;
    const params = [{ name: "keys", parameterType: { type: "ARRAY", arrayType: { type: "STRING" } }, parameterValue: { arrayValues: ["a", "b", "e", "z"].map((value) => ({ value })) } }];
    const first = BigQuery.Jobs.query({ query: sql, useLegacySql: false, maxResults: 2, queryParameters: params, parameterMode: "NAMED" }, P);
    expect(first.jobComplete).toBe(true);
    expect(first.totalRows).toBe("3");
    expect(first.rows).toEqual([{ f: [{ v: "a" }] }, { f: [{ v: "b" }] }]);
    const next = BigQuery.Jobs.getQueryResults(P, first.jobReference.jobId, { pageToken: first.pageToken, maxResults: 2 });
    expect(next.rows).toEqual([{ f: [{ v: "e" }] }]);
    expect(next.pageToken).toBeUndefined();
    const count = BigQuery.Jobs.query({ query: `SELECT COUNT(*) FROM \`${P}.kdkmp.laporan\``, useLegacySql: false }, P);
    expect(count.rows[0].f[0].v).toBe("5");
  });

  test("legacy SQL by default, unknown columns and unsupported statements fail as errors", () => {
    const { BigQuery } = bq();
    expect(() => BigQuery.Jobs.query({ query: `SELECT report_key FROM \`${P}.kdkmp.laporan\`` }, P)).toThrow("Try using standard SQL");
    expect(() => BigQuery.Jobs.query({ query: `SELECT nope FROM \`${P}.kdkmp.laporan\``, useLegacySql: false }, P)).toThrow("Unrecognized name: nope");
    expect(() => BigQuery.Jobs.query({ query: "DELETE FROM x WHERE true", useLegacySql: false }, P)).toThrow("not supported by the local BigQuery runtime");
  });

  test("fails on demand through the fault plan", () => {
    const { rt, BigQuery } = bq();
    rt.ledger.setFaults([{ match: "BigQuery.Tabledata.insertAll", rate: 1, message: "API call to bigquery.tabledata.insertAll failed with error: Backend Error" }]);
    expect(() => BigQuery.Tabledata.insertAll({ rows: [row("a")] }, P, "kdkmp", "laporan")).toThrow("Backend Error");
    expect(rt.bigquery.tables.get(`${P}:kdkmp.laporan`)!.rows).toHaveLength(0);
    expect(rt.ledger.count("BigQuery.Tabledata.insertAll")).toBe(1);
  });
});
