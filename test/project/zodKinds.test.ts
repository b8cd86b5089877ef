// The bundle is parsed by every Apps Script execution, and each zod schema or check kind brings its own
// class into it. The kinds src/core/zodChecks.ts replaces with refinements must not come back through a
// new `z.tuple(...)` or `z.gte(...)` somewhere in src/ (sizes: docs/performance.md, the bundle diet).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const SRC = join(__dirname, "../../src");
const REPLACED = ["int", "regex", "literal", "enum", "tuple", "nullable", "gte", "gt", "lte", "lt", "minLength", "maxLength", "length"];
const CALL = new RegExp(`\\bz\\.(${REPLACED.join("|")})\\(`, "g");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : f.endsWith(".ts") ? [p] : [];
  });
}

/** The replaced kinds called in `text`, comments left out (zodChecks.ts names them in its own). */
function offenders(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
  return [...code.matchAll(CALL)].map((m) => m[0]);
}

describe("zod kinds replaced by src/core/zodChecks.ts", () => {
  it("are not used anywhere in src/", () => {
    const found = files(SRC).flatMap((f) => offenders(readFileSync(f, "utf8")).map((o) => `${relative(SRC, f)}: ${o}`));
    expect(found).toEqual([]);
  });

  it("the check finds a replaced kind when one is written", () => {
    expect(offenders("const s = z.tuple([z.number()]); const t = z.gte(0); // z.int() is replaced")).toEqual(["z.tuple(", "z.gte("]);
  });
});
