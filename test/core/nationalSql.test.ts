// docs/national.sql runs on the archive table: every column it names is in the documented schema, every
// answer it reads from answers_json is a form question, and the table it reads is the archive's table.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ARCHIVE_SCHEMA } from "../../src/core/archive/schema";
import { QUESTIONS } from "../../src/core/text/form";
import { ARCHIVE_TABLE } from "../../src/core/text/archive";

const sql = readFileSync(join(__dirname, "../../docs/national.sql"), "utf8").replace(/--.*$/gm, "");
const columns = new Set(ARCHIVE_SCHEMA.map((f) => f.name));

describe("docs/national.sql", () => {
  it("names only columns of the archive table (r.<column>)", () => {
    const named = [...new Set([...sql.matchAll(/\br\.(\w+)/g)].map((m) => m[1]!))];
    expect(named.length).toBeGreaterThan(8);
    expect(named.filter((c) => !columns.has(c))).toEqual([]);
  });

  it("groups and orders by the archive's columns or its own named results", () => {
    const own = new Set([...sql.matchAll(/\bAS (\w+)/g)].map((m) => m[1]!));
    for (const m of sql.matchAll(/\b(?:GROUP|ORDER) BY ([\w., ]+)/g)) {
      for (const part of m[1]!.split(",")) {
        const name = part.trim().replace(/^r\./, "").split(/\s/)[0]!;
        expect([name, columns.has(name) || own.has(name)]).toEqual([name, true]);
      }
    }
  });

  it("reads answers the form asks, from the archive's table", () => {
    const keys = [...sql.matchAll(/JSON_VALUE\(r\.answers_json, '\$\."([^"]+)"'\)/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) expect(Object.values(QUESTIONS)).toContain(k);
    for (const m of sql.matchAll(/`[\w-]+\.[\w]+\.(\w+)`/g)) expect(m[1]).toBe(ARCHIVE_TABLE);
  });
});
