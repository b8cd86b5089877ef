// No module of src/ imports itself back through others (type-only imports aside): with esbuild's bundle a
// cycle decides which module's top level runs first, so a constant read at load time can be undefined in
// one entry point and not in another.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import * as ts from "typescript";

const SRC = join(__dirname, "../../src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : f.endsWith(".ts") ? [p] : [];
  });
}

/** The src files a file imports for their values (not `import type`, not `import { type X }` only). */
function valueImports(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  for (const s of sf.statements) {
    if (!(ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) || !s.moduleSpecifier || !ts.isStringLiteral(s.moduleSpecifier)) continue;
    const spec = s.moduleSpecifier.text;
    if (!spec.startsWith(".")) continue;
    if (ts.isImportDeclaration(s)) {
      const c = s.importClause;
      if (c?.isTypeOnly) continue;
      const named = c?.namedBindings && ts.isNamedImports(c.namedBindings) ? c.namedBindings.elements : null;
      if (c && !c.name && named && named.length > 0 && named.every((e) => e.isTypeOnly)) continue;
    } else if (s.isTypeOnly) continue;
    const base = join(dirname(file), spec);
    const target = [`${base}.ts`, join(base, "index.ts")].find((p) => existsSync(p));
    if (target) out.push(target);
  }
  return out;
}

function cycles(root = SRC): string[][] {
  const graph = new Map(files(root).map((f) => [f, valueImports(f)]));
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (f: string): void => {
    state.set(f, "open");
    stack.push(f);
    for (const d of graph.get(f) ?? []) {
      if (state.get(d) === "open") found.push([...stack.slice(stack.indexOf(d)), d].map((p) => relative(root, p)));
      else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(f, "done");
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f);
  return found;
}

test("src has no import cycles", () => {
  expect(cycles()).toEqual([]);
});

test("the check finds a cycle, and ignores type-only imports", () => {
  const dir = mkdtempSync(join(tmpdir(), "cycles-"));
  writeFileSync(join(dir, "a.ts"), 'import { b } from "./b";\nexport const a = () => b;\n');
  writeFileSync(join(dir, "b.ts"), 'import { a } from "./a";\nexport const b = () => a;\n');
  writeFileSync(join(dir, "c.ts"), 'import type { D } from "./d";\nexport type C = D;\n');
  writeFileSync(join(dir, "d.ts"), 'import { type C } from "./c";\nexport type D = C | 1;\n');
  expect(cycles(dir)).toEqual([["a.ts", "b.ts", "a.ts"]]);
});
