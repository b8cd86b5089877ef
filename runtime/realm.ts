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

type Snapshot = Map<string | symbol, PropertyDescriptor>;

interface InRealm {
  /** Own property descriptors of the global object. */
  globals(): Snapshot;
  /** Own property descriptors of each built-in (and of its prototype), and whether each is extensible. */
  builtins(names: readonly string[]): Snapshot[];
  restoreGlobal(key: string | symbol, d: PropertyDescriptor | undefined): boolean;
}

/** Helpers compiled inside the realm, so what they see is what the bundle sees. */
const HELPERS = `({
  globals: function () { return own(globalThis); },
  builtins: function (names) {
    var out = [];
    for (var i = 0; i < names.length; i++) {
      var b = globalThis[names[i]];
      if ((typeof b !== "object" && typeof b !== "function") || b === null || b === globalThis) continue;
      out.push(own(b));
      var p = typeof b === "function" ? Object.getOwnPropertyDescriptor(b, "prototype") : undefined;
      if (p && p.value && (typeof p.value === "object" || typeof p.value === "function")) out.push(own(p.value));
    }
    return out;
  },
  restoreGlobal: function (key, d) {
    try {
      if (d === undefined) return delete globalThis[key];
      Object.defineProperty(globalThis, key, d);
      return true;
    } catch (e) { return false; }
  }
})`;
const OWN = `function own(o) {
  var m = new Map(), keys = Reflect.ownKeys(o);
  for (var i = 0; i < keys.length; i++) m.set(keys[i], Object.getOwnPropertyDescriptor(o, keys[i]));
  m.set("[[extensible]]", { value: Object.isExtensible(o) });
  return m;
}`;

function sameDescriptor(a: PropertyDescriptor | undefined, b: PropertyDescriptor | undefined): boolean {
  if (!a || !b) return a === b;
  return Object.is(a.value, b.value) && a.get === b.get && a.set === b.set && a.writable === b.writable &&
    a.enumerable === b.enumerable && a.configurable === b.configurable;
}

function sameSnapshot(a: Snapshot, b: Snapshot): boolean {
  if (a.size !== b.size) return false;
  for (const [k, d] of a) if (!sameDescriptor(d, b.get(k))) return false;
  return true;
}

/** The realm's globals and built-ins before the bundle first ran, and the globals its script declares. */
class Baseline {
  private readonly helpers: InRealm;
  private readonly globals: Snapshot;
  private readonly builtinNames: string[];
  private readonly builtins: Snapshot[];
  /** Globals the bundle's own script defines (its `var` and `function` declarations): it sets them again. */
  private declaredKeys: Set<string | symbol> | null = null;

  constructor(context: vm.Context, hostNames: readonly string[]) {
    this.helpers = vm.runInContext(`(function () { ${OWN}; return ${HELPERS}; })()`, context) as InRealm;
    this.globals = this.helpers.globals();
    const host = new Set(hostNames);
    this.builtinNames = [...this.globals.keys()].filter((k): k is string => typeof k === "string" && !host.has(k) && k !== "Date");
    this.builtins = this.helpers.builtins(this.builtinNames);
  }

  /** Called after each run of the script: the first one tells which globals the script declares. */
  declared(): void {
    if (this.declaredKeys) return;
    this.declaredKeys = new Set([...this.helpers.globals().keys()].filter((k) => !this.globals.has(k)));
  }

  /** Puts the globals back as they were before the bundle first ran; false when the realm cannot be reused. */
  restore(): boolean {
    const now = this.helpers.globals();
    for (const [key, d] of now) {
      if (this.declaredKeys?.has(key)) continue;
      const before = this.globals.get(key);
      if (sameDescriptor(before, d)) continue;
      if (!this.helpers.restoreGlobal(key, before)) return false;
    }
    for (const [key, d] of this.globals) {
      if (!now.has(key) && !this.helpers.restoreGlobal(key, d)) return false;
    }
    if (!sameSnapshot(this.helpers.globals(), this.withDeclared(now))) return false;
    const builtins = this.helpers.builtins(this.builtinNames);
    return builtins.length === this.builtins.length && builtins.every((s, i) => sameSnapshot(s, this.builtins[i]!));
  }

  /** The baseline plus the script's declared globals as they are now (the next run sets them again). */
  private withDeclared(now: Snapshot): Snapshot {
    const out = new Map(this.globals);
    for (const k of this.declaredKeys ?? []) {
      const d = now.get(k);
      if (d) out.set(k, d);
    }
    return out;
  }
}
