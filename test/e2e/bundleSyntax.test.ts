// The bundles contain no syntax newer than the build's target (scripts/build.mjs), the newest Apps Script's
// V8 is known to parse (runtime/NOTES.md). The local runtime runs them in Node's V8, which parses far
// more, so without this check a newer construct (a class field, `??=`) would pass every other test and
// fail in Apps Script on every execution. esbuild lowers what the target lacks: if asking it for the
// target changes nothing, nothing newer is there.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";

const ROOT = join(__dirname, "../..");
const TARGET = /export const BUNDLE_TARGET = "(es\d{4})"/.exec(readFileSync(join(ROOT, "scripts/build.mjs"), "utf8"))?.[1];

/** What esbuild prints for `code` when it may keep only what `target` has. */
function printedFor(code: string, target: string): string {
  return transformSync(code, { target, logLevel: "silent" }).code;
}

describe("bundle syntax", () => {
  it("has a target no newer than ES2020", () => {
    expect(TARGET).toMatch(/^es20(1\d|20)$/);
  });

  it.each(["dist", "dist-addon", "dist-national"])("%s/Code.js uses nothing newer than the target", (dir) => {
    const code = readFileSync(join(ROOT, dir, "Code.js"), "utf8");
    expect(printedFor(code, TARGET ?? "es5")).toBe(printedFor(code, "esnext"));
  });

  it("notices a construct newer than the target (a class field, a logical assignment)", () => {
    for (const code of ["var A = class { x = 1; };\n", "var o = {};\no.a ??= 1;\n"]) {
      expect(printedFor(code, TARGET ?? "es5")).not.toBe(printedFor(code, "esnext"));
    }
  });
});
