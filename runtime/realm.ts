// The realm each execution runs the bundle in: compiled once, and a global that starts every execution
// exactly as a new realm would (the realm itself is reused only while nothing observable is left over).
import * as vm from "node:vm";
import type { ClockLike } from "./services/ports";
import { createSandbox } from "./services/sandbox";

/**
 * Why reuse: V8 slows down as native contexts pile up (a new `vm` context per execution left
 * thousands of dead ones between major collections, and array-heavy code in every live one slowed
 * with their number), and creating one costs more than most trigger runs. A realm is reused only when
 * it is indistinguishable from a new one: every global the previous execution added is deleted, every
 * global it replaced is put back, and the built-in objects (their own properties and their
 * prototypes') are exactly as they were before the bundle first ran; otherwise a new realm is made.
 * Module-level state lives in the bundle's closure and is dropped by running the script again.
 */
export class Realm {
  private readonly script: vm.Script;
  private context: vm.Context | null = null;
  private baseline: Baseline | null = null;
  /** Realms created so far (a test shows reuse happens and that a dirty realm is replaced). */
  created = 0;

  constructor(source: string, private readonly filename: string, private readonly globals: () => Record<string, unknown>,
    private readonly clock: ClockLike) {
    this.script = new vm.Script(source, { filename });
  }

  /** A realm with fresh globals in which the bundle has just run (its top-level code included). */
  fresh(): vm.Context {
    const reused = this.context !== null && this.baseline !== null && this.baseline.restore();
    if (!reused) {
      const globals = this.globals();
      this.context = createSandbox(globals, this.clock);
      this.baseline = new Baseline(this.context, Object.keys(globals));
      this.created++;
    }
    this.script.runInContext(this.context!, { filename: this.filename });
    this.baseline!.declared();
    return this.context!;
  }
}

interface InRealm {
  /** Takes the baseline: the globals now (before the bundle ran) and every built-in's own properties. */
  init(hostNames: readonly string[]): void;
  /** After the script's first run: the globals it added are its declarations (it sets them again each run). */
  declared(): void;
  /** Puts the globals back as they were; false when that failed or a built-in changed. */
  clean(): boolean;
}

/**
 * Compiled inside the realm (what it sees is what the bundle sees; it stays compiled while the realm is
 * reused). Built-ins are the globals that are not Apps Script services: each one and its prototype.
 */
const BASELINE = `(function () {
  var gOPD = Object.getOwnPropertyDescriptor, ownKeys = Reflect.ownKeys, isExt = Object.isExtensible;
  var defineProperty = Object.defineProperty;
  var baseKeys = null, baseDescs = {}, declared = null, objs = [], objKeys = [], objDescs = [], objExt = [];
  function same(a, b) {
    if (a === undefined || b === undefined) return a === b;
    return (a.value === b.value || (a.value !== a.value && b.value !== b.value)) && a.get === b.get &&
      a.set === b.set && a.writable === b.writable && a.enumerable === b.enumerable && a.configurable === b.configurable;
  }
  function remember(o) {
    var keys = ownKeys(o), descs = [];
    for (var i = 0; i < keys.length; i++) descs.push(gOPD(o, keys[i]));
    objs.push(o); objKeys.push(keys); objDescs.push(descs); objExt.push(isExt(o));
  }
  function unchanged(i) {
    var o = objs[i], keys = ownKeys(o), base = objKeys[i], descs = objDescs[i];
    if (isExt(o) !== objExt[i] || keys.length !== base.length) return false;
    for (var j = 0; j < keys.length; j++) {
      if (keys[j] !== base[j] || !same(gOPD(o, keys[j]), descs[j])) return false;
    }
    return true;
  }
  return {
    init: function (hostNames) {
      var host = new Set(hostNames), keys = ownKeys(globalThis);
      baseKeys = new Set(keys);
      for (var i = 0; i < keys.length; i++) {
        var k = keys[i], d = gOPD(globalThis, k);
        baseDescs[k] = d;
        if (typeof k !== "string" || host.has(k) || k === "Date" || !d || !("value" in d)) continue;
        var b = d.value;
        if ((typeof b !== "object" && typeof b !== "function") || b === null || b === globalThis) continue;
        remember(b);
        var p = typeof b === "function" ? gOPD(b, "prototype") : undefined;
        if (p && p.value && (typeof p.value === "object" || typeof p.value === "function")) remember(p.value);
      }
    },
    declared: function () {
      if (declared !== null) return;
      declared = new Set();
      var keys = ownKeys(globalThis);
      for (var i = 0; i < keys.length; i++) if (!baseKeys.has(keys[i])) declared.add(keys[i]);
    },
    clean: function () {
      var keys = ownKeys(globalThis), present = 0;
      for (var i = 0; i < keys.length; i++) {
        var k = keys[i];
        if (declared.has(k)) continue;
        if (!baseKeys.has(k)) {
          if (!delete globalThis[k]) return false;
          continue;
        }
        present++;
        if (same(gOPD(globalThis, k), baseDescs[k])) continue;
        try { defineProperty(globalThis, k, baseDescs[k]); } catch (e) { return false; }
        if (!same(gOPD(globalThis, k), baseDescs[k])) return false;
      }
      if (present < baseKeys.size) {
        var ok = true;
        baseKeys.forEach(function (k) {
          if (!ok || gOPD(globalThis, k) !== undefined) return;
          try { defineProperty(globalThis, k, baseDescs[k]); } catch (e) { ok = false; }
          ok = ok && same(gOPD(globalThis, k), baseDescs[k]);
        });
        if (!ok) return false;
      }
      for (var j = 0; j < objs.length; j++) if (!unchanged(j)) return false;
      return true;
    }
  };
})()`;

/** The realm's globals and built-ins before the bundle first ran, and the globals its script declares. */
class Baseline {
  private readonly helpers: InRealm;

  constructor(context: vm.Context, hostNames: readonly string[]) {
    this.helpers = vm.runInContext(BASELINE, context) as InRealm;
    this.helpers.init(hostNames);
  }

  /** Called after each run of the script: the first one tells which globals the script declares. */
  declared(): void {
    this.helpers.declared();
  }

  /** Puts the globals back as they were before the bundle first ran; false when the realm cannot be reused. */
  restore(): boolean {
    return this.helpers.clean();
  }
}
