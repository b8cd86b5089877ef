// Every execution starts from fresh globals, as in Apps Script, even though the runtime reuses a clean realm.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Driver } from "../../runtime/driver";

const SCRIPT = `
var counter = 0;
var cached = (function () { var n = 0; return { next: function () { n += 1; return n; } }; })();
function run(action) {
  counter += 1;
  var seen = {
    counter: counter, module: cached.next(), leak: typeof leaked, extra: typeof [].extra,
    random: Math.random === Math.random ? typeof Math.random() : "?", json: typeof JSON.stringify,
    sheets: typeof SpreadsheetApp,
  };
  if (action === "leak") { globalThis.leaked = 1; }
  if (action === "replace") { JSON = { stringify: 5 }; SpreadsheetApp = undefined; }
  if (action === "builtin") { Array.prototype.extra = 1; Math.random = function () { return 4; }; }
  if (action === "freeze") { Object.freeze(Object.prototype); }
  return seen;
}
`;

function driver(): Driver {
  const dir = mkdtempSync(join(tmpdir(), "realm-"));
  writeFileSync(join(dir, "Code.js"), SCRIPT);
  return new Driver({ codePath: join(dir, "Code.js"), user: "admin@dinas.go.id", now: new Date("2026-11-21T01:00:00Z") });
}

const FRESH = { counter: 1, module: 1, leak: "undefined", extra: "undefined", random: "number", json: "function", sheets: "object" };

describe("a new execution", () => {
  test("drops module state, globals the last one added and globals it replaced, in the same realm", () => {
    const d = driver();
    expect(d.call("run", "leak")).toEqual(FRESH);
    expect(d.call("run")).toMatchObject({ counter: 2, module: 2, leak: "number" });
    expect(d.newExecution().call("run", "replace")).toEqual(FRESH);
    expect(d.newExecution().call("run")).toEqual(FRESH);
    expect(d.realmsCreated).toBe(1);
  });

  test("gets a new realm when the last one changed a built-in", () => {
    const d = driver();
    d.call("run", "builtin");
    expect(d.newExecution().call("run")).toEqual(FRESH);
    expect(d.realmsCreated).toBe(2);
    d.newExecution().call("run", "freeze");
    expect(d.newExecution().call("run")).toEqual(FRESH);
    expect(d.realmsCreated).toBe(3);
  });
});
