// The SQL the local BigQuery fake evaluates: GoogleSQL `SELECT cols | COUNT(*) FROM \`p.d.t\`
// [WHERE col IN UNNEST(@param) | WHERE col = @param] [ORDER BY col]`, named parameters only. That is
// what the add-on sends; any other statement throws, so a new query cannot pass untested.
// https://cloud.google.com/bigquery/docs/reference/rest/v2/jobs/query
import type { BigQueryStore, BqField, BqValue } from "./store";
import { tableKey } from "./store";

export interface QueryParameter {
  name: string;
  parameterType: { type: string; arrayType?: { type: string } };
  parameterValue: { value?: string; arrayValues?: { value: string }[] };
}

const SHAPE =
  /^\s*SELECT\s+(COUNT\(\*\)|[A-Za-z_][\w]*(?:\s*,\s*[A-Za-z_][\w]*)*)\s+FROM\s+`([\w-]+)\.(\w+)\.(\w+)`(?:\s+WHERE\s+(\w+)\s+(IN\s+UNNEST\(@(\w+)\)|=\s*@(\w+)))?(?:\s+ORDER\s+BY\s+(\w+))?\s*;?\s*$/i;

export class QueryError extends Error {}

function paramValues(params: readonly QueryParameter[], name: string, array: boolean): string[] {
  const p = params.find((x) => x.name === name);
  if (!p) throw new QueryError(`Query parameter '${name}' not found at [1:1]`);
  if (array) return (p.parameterValue.arrayValues ?? []).map((v) => v.value);
  return [p.parameterValue.value ?? ""];
}

export function runQuery(store: BigQueryStore, sql: string, params: readonly QueryParameter[]): { fields: BqField[]; rows: BqValue[][] } {
  const m = SHAPE.exec(sql);
  if (!m) throw new QueryError("This query is not supported by the local BigQuery runtime (see runtime/NOTES-bigquery.md).");
  const [, select, project, dataset, tableId, whereCol, , inParam, eqParam, orderCol] = m;
  const table = store.tables.get(tableKey(project!, dataset!, tableId!));
  if (!table) throw new QueryError(`Not found: Table ${project}:${dataset}.${tableId} was not found in location US`);
  const known = new Set(table.schema.map((f) => f.name));
  const check = (col: string) => {
    if (!known.has(col)) throw new QueryError(`Unrecognized name: ${col} at [1:1]`);
  };
  let rows = table.rows;
  if (whereCol) {
    check(whereCol);
    const wanted = new Set(paramValues(params, (inParam ?? eqParam)!, inParam !== undefined));
    rows = rows.filter((r) => wanted.has(String(r[whereCol])));
  }
  if (orderCol) {
    check(orderCol);
    rows = [...rows].sort((a, b) => (String(a[orderCol]) < String(b[orderCol]) ? -1 : String(a[orderCol]) > String(b[orderCol]) ? 1 : 0));
  }
  if (/^COUNT\(\*\)$/i.test(select!)) return { fields: [{ name: "f0_", type: "INTEGER" }], rows: [[rows.length]] };
  const cols = select!.split(",").map((c) => c.trim());
  cols.forEach(check);
  const fields = cols.map((c) => table.schema.find((f) => f.name === c)!);
  return { fields, rows: rows.map((r) => cols.map((c) => r[c] ?? null)) };
}
