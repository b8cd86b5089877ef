// The BigQuery advanced service behind BigQueryPort (enabled in the manifest as `BigQuery`, REST v2).
// https://developers.google.com/apps-script/advanced/bigquery (its sample: poll jobComplete, then follow pageToken)
import type { BigQueryPort, InsertError } from "../app/ports";

interface QueryPage {
  jobComplete?: boolean;
  jobReference?: { jobId?: string; location?: string };
  rows?: { f?: { v?: unknown }[] }[];
  pageToken?: string;
}

interface BigQueryService {
  Tables: { get(p: string, d: string, t: string): unknown; insert(resource: object, p: string, d: string): unknown };
  Tabledata: { insertAll(request: object, p: string, d: string, t: string): { insertErrors?: { index?: number; errors?: { reason?: string; message?: string }[] }[] } };
  Jobs: {
    query(request: object, p: string): QueryPage;
    getQueryResults(p: string, jobId: string, optional: { pageToken?: string; location?: string }): QueryPage;
  };
}

declare const BigQuery: BigQueryService | undefined;

/** The port, or undefined when the manifest does not enable the service (no `BigQuery` global then). */
export function bigQueryPort(): BigQueryPort | undefined {
  if (typeof BigQuery === "undefined") return undefined;
  const bq = BigQuery;
  const cells = (page: QueryPage) => (page.rows ?? []).map((r) => (r.f ?? []).map((c) => (c.v === null || c.v === undefined ? null : String(c.v))));
  return {
    ensureTable(p, d, t, resource) {
      try {
        bq.Tables.get(p, d, t);
        return false;
      } catch (err) {
        if (!/Not found: Table/.test(String(err))) throw err;
      }
      bq.Tables.insert(resource, p, d);
      return true;
    },
    insertAll(p, d, t, request): InsertError[] {
      const res = bq.Tabledata.insertAll(request, p, d, t);
      return (res.insertErrors ?? []).map((e) => ({
        index: e.index ?? -1,
        message: (e.errors ?? []).map((x) => x.message || x.reason || "").filter((m) => m !== "").join("; "),
      }));
    },
    query(p, request) {
      let page = bq.Jobs.query(request, p);
      const jobId = page.jobReference?.jobId ?? "";
      const loc = page.jobReference?.location;
      const at = loc ? { location: loc } : {};
      // jobs.query answers after its timeout with jobComplete false and no rows: wait, as Google's sample does.
      for (let wait = 500; page.jobComplete === false; wait = Math.min(wait * 2, 8_000)) {
        Utilities.sleep(wait);
        page = bq.Jobs.getQueryResults(p, jobId, at);
      }
      const rows = cells(page);
      while (page.pageToken) {
        page = bq.Jobs.getQueryResults(p, jobId, { pageToken: page.pageToken, ...at });
        for (const r of cells(page)) rows.push(r);
      }
      return rows;
    },
  };
}
