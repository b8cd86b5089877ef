// No call spreads or applies an array of data: `Math.max(...values)`, `push(...rows)` or `fn.apply(x, rows)`
// pass one argument per element and overflow the call stack past ~120,000 (a daily-reporting year
// has 425,000 response rows). Forwarding a function's own rest parameters is the one exception.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import * as ts from "typescript";

const ROOT = join(__dirname, "../..");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|mjs)$/.test(f) ? [p] : [];
  });
}

/** `file:line: code` of every call that spreads or applies something other than a rest parameter. */
function offenders(file: string, text = readFileSync(file, "utf8")): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const rest = new Set<string>();
  const found: string[] = [];
  const collect = (n: ts.Node): void => {
    if (ts.isParameter(n) && n.dotDotDotToken && ts.isIdentifier(n.name)) rest.add(n.name.text);
    ts.forEachChild(n, collect);
  };
  collect(sf);
  const forwarded = (e: ts.Expression): boolean => {
    if (ts.isIdentifier(e)) return rest.has(e.text);
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === "map") return forwarded(e.expression.expression);
    if (ts.isAsExpression(e) || ts.isParenthesizedExpression(e)) return forwarded(e.expression);
    return false;
  };
  const where = (n: ts.Node): string =>
    `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${n.getText().slice(0, 80)}`;
  const visit = (n: ts.Node): void => {
    if (ts.isSpreadElement(n) && (ts.isCallExpression(n.parent) || ts.isNewExpression(n.parent)) && !forwarded(n.expression)) found.push(where(n.parent));
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === "apply"
      && n.arguments.length === 2 && !forwarded(n.arguments[1]!)) found.push(where(n));
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe("no call takes a data-sized array as its arguments", () => {
  it.each(["src", "runtime", "scripts"])("in %s/", (dir) => {
    const sources = files(join(ROOT, dir));
    expect(sources.length).toBeGreaterThan(3);
    expect(sources.flatMap((f) => offenders(f))).toEqual([]);
  });

  it("finds the pattern it forbids", () => {
    const probe = "const a = [1];\nMath.max(...a);\nconst b: number[] = [];\nb.push(...a);\nString.fromCharCode.apply(null, a);\n"
      + "function f(...args: number[]) { return Math.max(...args); }\n";
    expect(offenders(join(ROOT, "probe.ts"), probe)).toHaveLength(3);
  });
});
