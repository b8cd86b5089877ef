// The BigQuery advanced service of the local runtime (`BigQuery.Tables`, `.Tabledata`, `.Jobs`), following
// the REST reference for the calls the add-on makes; errors worded as Apps Script reports them
// ("API call to bigquery.<resource>.<method> failed with error: <BigQuery's message>").
// https://cloud.google.com/bigquery/docs/reference/rest/v2/tables/insert
// https://cloud.google.com/bigquery/docs/reference/rest/v2/tabledata/insertAll
// https://cloud.google.com/bigquery/docs/reference/rest/v2/jobs/query
// https://cloud.google.com/bigquery/docs/reference/rest/v2/jobs/getQueryResults
import { guard, type CallLedger } from "../calls";
import { QueryError, runQuery, type QueryParameter } from "./query";
import { datasetKey, tableKey, type BigQueryStore, type BqField, type BqValue } from "./store";

const TYPES = new Set(["STRING", "INTEGER", "INT64", "FLOAT", "FLOAT64", "NUMERIC", "BOOLEAN", "BOOL", "TIMESTAMP", "DATE", "DATETIME"]);
export const INSERT_ALL_MAX_ROWS = 50_000;
export const REQUEST_MAX_BYTES = 10 * 1024 * 1024;
/** How long insertAll remembers an insertId (BigQuery: "at least one minute", best effort). */
export const INSERT_ID_WINDOW_MS = 10 * 60_000;
const DEFAULT_PAGE_ROWS = 10_000;

function fail(call: string, message: string): never {
  throw new Error(`API call to bigquery.${call} failed with error: ${message}`);
}

interface InsertAllRequest {
  rows?: { insertId?: string; json?: Record<string, unknown> }[];
  skipInvalidRows?: boolean;
  ignoreUnknownValues?: boolean;
}

interface QueryRequest {
  query?: string;
  useLegacySql?: boolean;
  maxResults?: number;
  queryParameters?: QueryParameter[];
}

function rowError(json: Record<string, unknown>, schema: BqField[], ignoreUnknown: boolean): string | null {
  for (const key of Object.keys(json)) {
    if (!ignoreUnknown && !schema.some((f) => f.name === key)) return `no such field: ${key}.`;
  }
  for (const f of schema) {
    const v = json[f.name];
    if (v === undefined || v === null) {
      if (f.mode === "REQUIRED") return `Missing required field: ${f.name}.`;
      continue;
    }
    const t = f.type.toUpperCase();
    const numeric = ["INTEGER", "INT64", "FLOAT", "FLOAT64", "NUMERIC"].includes(t);
    if (numeric && !(typeof v === "number" || (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))))) {
      return `Cannot convert value to ${t.toLowerCase()}: ${String(v)}`;
    }
    if ((t === "INTEGER" || t === "INT64") && !Number.isInteger(Number(v))) return `Cannot convert value to integer (bad value): ${String(v)}`;
    if ((t === "TIMESTAMP" || t === "DATE" || t === "DATETIME") && (typeof v !== "string" || Number.isNaN(Date.parse(v)))) {
      return `Could not parse '${String(v)}' as a ${t.toLowerCase()}.`;
    }
  }
  return null;
}

function cell(v: BqValue): { v: string | null } {
  return { v: v === null ? null : String(v) };
}

export function createBigQuery(ledger: CallLedger, store: BigQueryStore, now: () => number): object {
  const rec = (resource: string, method: string) => ledger.record(`BigQuery.${resource}`, method);
  const page = (jobId: string, start: number, maxResults: number | undefined) => {
    const job = store.jobs.get(jobId)!;
    const size = Math.max(1, maxResults ?? DEFAULT_PAGE_ROWS);
    const rows = job.rows.slice(start, start + size);
    const next = start + size < job.rows.length ? { pageToken: `${jobId}:${start + size}` } : {};
    return {
      kind: "bigquery#getQueryResultsResponse", jobReference: { projectId: job.projectId, jobId, location: "US" }, jobComplete: true,
      schema: { fields: job.fields }, totalRows: String(job.rows.length), rows: rows.map((r) => ({ f: r.map(cell) })), ...next,
    };
  };
  const Tables = guard({
    insert(resource: { tableReference?: { tableId?: string }; schema?: { fields?: BqField[] } }, projectId: string, datasetId: string) {
      rec("Tables", "insert");
      const tableId = resource?.tableReference?.tableId ?? "";
      if (!store.datasets.has(datasetKey(projectId, datasetId))) fail("tables.insert", `Not found: Dataset ${projectId}:${datasetId}`);
      if (!/^[\w]{1,1024}$/.test(tableId)) fail("tables.insert", `Invalid table ID "${tableId}".`);
      const key = tableKey(projectId, datasetId, tableId);
      if (store.tables.has(key)) fail("tables.insert", `Already Exists: Table ${key}`);
      const fields = resource.schema?.fields ?? [];
      for (const f of fields) if (!TYPES.has(String(f.type).toUpperCase())) fail("tables.insert", `Invalid value for type: ${f.type} is not a valid value`);
      const t = { projectId, datasetId, tableId, schema: fields.map((f) => ({ ...f })), rows: [], insertIds: new Map<string, number>(), creationTime: now() };
      store.tables.set(key, t);
      return { kind: "bigquery#table", id: key, tableReference: { projectId, datasetId, tableId }, schema: { fields }, numRows: "0", creationTime: String(t.creationTime) };
    },
    get(projectId: string, datasetId: string, tableId: string) {
      rec("Tables", "get");
      const t = store.tables.get(tableKey(projectId, datasetId, tableId));
      if (!t) fail("tables.get", `Not found: Table ${tableKey(projectId, datasetId, tableId)}`);
      return { kind: "bigquery#table", id: tableKey(projectId, datasetId, tableId), tableReference: { projectId, datasetId, tableId }, schema: { fields: t.schema }, numRows: String(t.rows.length) };
    },
  }, "BigQuery.Tables");
  const Tabledata = guard({
    insertAll(request: InsertAllRequest, projectId: string, datasetId: string, tableId: string) {
      rec("Tabledata", "insertAll");
      const t = store.tables.get(tableKey(projectId, datasetId, tableId));
      if (!t) fail("tabledata.insertAll", `Not found: Table ${tableKey(projectId, datasetId, tableId)}`);
      const rows = request?.rows ?? [];
      if (rows.length === 0) fail("tabledata.insertAll", "No rows present in the request.");
      if (rows.length > INSERT_ALL_MAX_ROWS) fail("tabledata.insertAll", `too many rows present in the request, limit: ${INSERT_ALL_MAX_ROWS} row count: ${rows.length}.`);
      const bytes = Buffer.byteLength(JSON.stringify(request));
      if (bytes > REQUEST_MAX_BYTES) fail("tabledata.insertAll", `Request payload size exceeds the limit: ${REQUEST_MAX_BYTES} bytes.`);
      const errors = rows.map((r, index) => ({ index, message: rowError(r.json ?? {}, t.schema, !!request.ignoreUnknownValues) }));
      const invalid = errors.filter((e) => e.message !== null);
      if (invalid.length > 0 && !request.skipInvalidRows) {
        return {
          kind: "bigquery#tableDataInsertAllResponse",
          insertErrors: errors.map((e) => ({ index: e.index, errors: [e.message ? { reason: "invalid", message: e.message } : { reason: "stopped", message: "" }] })),
        };
      }
      const at = now();
      rows.forEach((r, i) => {
        if (errors[i]!.message !== null) return;
        const seen = r.insertId ? t.insertIds.get(r.insertId) : undefined;
        if (seen !== undefined && at - seen < INSERT_ID_WINDOW_MS) return;
        if (r.insertId) t.insertIds.set(r.insertId, at);
        const json = r.json ?? {};
        t.rows.push(Object.fromEntries(t.schema.map((f) => [f.name, (json[f.name] ?? null) as BqValue])));
      });
      const response: Record<string, unknown> = { kind: "bigquery#tableDataInsertAllResponse" };
      if (invalid.length > 0) response.insertErrors = invalid.map((e) => ({ index: e.index, errors: [{ reason: "invalid", message: e.message }] }));
      return response;
    },
  }, "BigQuery.Tabledata");
  const Jobs = guard({
    query(request: QueryRequest, projectId: string) {
      rec("Jobs", "query");
      const sql = request?.query ?? "";
      if (request?.useLegacySql !== false && sql.includes("`")) {
        fail("jobs.query", "Invalid table name: `" + (/`([^`]*)`/.exec(sql)?.[1] ?? "") + "` [Try using standard SQL (https://cloud.google.com/bigquery/docs/reference/standard-sql/enabling-standard-sql)].");
      }
      let result;
      try {
        result = runQuery(store, sql, request.queryParameters ?? []);
      } catch (err) {
        if (err instanceof QueryError) fail("jobs.query", err.message);
        throw err;
      }
      const jobId = `job_local_${++store.seq}`;
      store.jobs.set(jobId, { jobId, projectId, ...result });
      return { ...page(jobId, 0, request.maxResults), kind: "bigquery#queryResponse" };
    },
    getQueryResults(projectId: string, jobId: string, optional?: { pageToken?: string; maxResults?: number; startIndex?: string }) {
      rec("Jobs", "getQueryResults");
      const job = store.jobs.get(jobId);
      if (!job || job.projectId !== projectId) fail("jobs.getQueryResults", `Not found: Job ${projectId}:US.${jobId}`);
      let start = Number(optional?.startIndex ?? 0);
      if (optional?.pageToken) {
        const m = /^(.+):(\d+)$/.exec(optional.pageToken);
        if (!m || m[1] !== jobId) fail("jobs.getQueryResults", "Invalid page token.");
        start = Number(m[2]);
      }
      return page(jobId, start, optional?.maxResults);
    },
  }, "BigQuery.Jobs");
  return guard({ Tables, Tabledata, Jobs }, "BigQuery");
}
