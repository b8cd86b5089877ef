// Runs a TypeScript script: bundles it with esbuild into .cache/run-ts/ and imports it with the remaining argv.
// Usage: node scripts/run-ts.mjs scripts/sample/cli.ts --province NTB
import * as esbuild from "esbuild";
import { mkdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [entryArg, ...rest] = process.argv.slice(2);
if (!entryArg) {
  console.error("usage: node scripts/run-ts.mjs <file.ts> [args...]");
  process.exit(2);
}
const entry = resolve(entryArg);
const outDir = join(root, ".cache", "run-ts");
const outfile = join(outDir, `${relative(root, entry).replace(/[\\/]/g, "__").replace(/\.[cm]?tsx?$/, "")}.mjs`);
mkdirSync(outDir, { recursive: true });
await esbuild.build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: "inline",
  logLevel: "warning",
});
process.setSourceMapsEnabled?.(true);
process.argv = [process.argv[0] ?? "node", entry, ...rest];
await import(pathToFileURL(outfile).href);
