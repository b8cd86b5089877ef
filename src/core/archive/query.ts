// The one query an archive run sends: which of these report keys BigQuery already holds (a run cut off
// between its inserts and its delete sent them; they are not sent again).
export function archivedKeysRequest(projectId: string, datasetId: string, tableId: string, keys: readonly string[]): object {
  return {
    query: `SELECT report_key FROM \`${projectId}.${datasetId}.${tableId}\` WHERE report_key IN UNNEST(@keys)`,
    useLegacySql: false,
    parameterMode: "NAMED",
    maxResults: 10_000,
    queryParameters: [{
      name: "keys",
      parameterType: { type: "ARRAY", arrayType: { type: "STRING" } },
      parameterValue: { arrayValues: keys.map((value) => ({ value })) },
    }],
  };
}
