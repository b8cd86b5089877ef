// The archive's documents match its code: docs/bigquery.md lists every column of both tables, and the
// national SQL uses only columns the archived table has.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LOG_SCHEMA } from "../../src/core/archive/log";
import { ARCHIVE_SCHEMA } from "../../src/core/archive/schema";

const doc = readFileSync(join(__dirname, "../../docs/bigquery.md"), "utf8");
const sql = readFileSync(join(__dirname, "../../docs/national.sql"), "utf8");
const names = new Set(ARCHIVE_SCHEMA.map((f) => f.name));

describe("the archive's documents", () => {
  it("docs/bigquery.md lists each column with its type and mode", () => {
    for (const f of [...ARCHIVE_SCHEMA, ...LOG_SCHEMA]) expect(doc).toContain(`| \`${f.name}\` | ${f.type} | ${f.mode} |`);
  });

  it("docs/national.sql reads only columns of the archived table", () => {
    const used = [...sql.matchAll(/\br\.(\w+)/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((c) => !names.has(c))).toEqual([]);
  });
});
