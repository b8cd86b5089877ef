// BigQuery state of the local runtime: datasets, tables (schema and rows), streaming insert ids and
// finished query results kept for paging. Shared by the BigQuery advanced-service fake and the tests.
// https://cloud.google.com/bigquery/docs/reference/rest/v2/tables#Table
export type BqValue = string | number | boolean | null;

export interface BqField {
  name: string;
  type: string;
  mode?: "NULLABLE" | "REQUIRED" | "REPEATED";
}

export interface BqTable {
  projectId: string;
  datasetId: string;
  tableId: string;
  schema: BqField[];
  rows: Record<string, BqValue>[];
  /** insertId → insertion time (ms): insertAll drops a repeat of a recent id (best effort in BigQuery). */
  insertIds: Map<string, number>;
  creationTime: number;
}

export interface BqQueryResult {
  jobId: string;
  projectId: string;
  fields: BqField[];
  rows: BqValue[][];
}

export interface BigQueryStore {
  datasets: Set<string>;
  tables: Map<string, BqTable>;
  jobs: Map<string, BqQueryResult>;
  seq: number;
}

export function createBigQueryStore(): BigQueryStore {
  return { datasets: new Set(), tables: new Map(), jobs: new Map(), seq: 0 };
}

export const datasetKey = (projectId: string, datasetId: string) => `${projectId}:${datasetId}`;
export const tableKey = (projectId: string, datasetId: string, tableId: string) => `${projectId}:${datasetId}.${tableId}`;
