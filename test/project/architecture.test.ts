// The core stays pure: no Apps Script service and no Node API may appear in src/core (it is bundled
// for Apps Script and tested as plain data in, data out).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const CORE = join(__dirname, "../../src/core");
const FORBIDDEN = [
  "SpreadsheetApp", "FormApp", "ScriptApp", "PropertiesService", "LockService", "CacheService", "Session",
  "Utilities", "Logger", "HtmlService", "MailApp", "Charts", "DriveApp", "UrlFetchApp",
  "require(", "process.", "Buffer", "setTimeout", "new URL(", "__dirname",
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

function code(text: string): string {
  // Comments and string contents may name services (e.g. "Sheet.getFormUrl"); only code counts.
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "").replace(/(["'`])(?:\\.|(?!\1)[^\\])*\1/g, '""');
}

describe("the pure core", () => {
  const sources = files(CORE);

  it("has source files to check", () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it.each(FORBIDDEN)("never uses %s", (name) => {
    const offenders = sources.filter((f) => new RegExp(`(^|[^\\w.])${name.replace(/[.(]/g, "\\$&")}`).test(code(readFileSync(f, "utf8"))));
    expect(offenders).toEqual([]);
  });

  it("imports zod only as a namespace (keeps the bundle small)", () => {
    const offenders = sources.filter((f) => /import\s*\{[^}]*\bz\b[^}]*\}\s*from\s*["']zod["']/.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});
