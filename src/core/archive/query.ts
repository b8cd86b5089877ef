// The query an archive run sends per table: which of these keys BigQuery already holds (a run cut off
// between its inserts and its delete sent them; they are not sent again).
export function archivedKeysRequest(projectId: string, datasetId: string, tableId: string, keys: readonly string[], column = "report_key"): object {
  return {
    query: `SELECT ${column} FROM \`${projectId}.${datasetId}.${tableId}\` WHERE ${column} IN UNNEST(@keys)`,
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
