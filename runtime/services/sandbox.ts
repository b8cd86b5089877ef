// The vm realm the bundle runs in: only Apps Script globals plus JS builtins, a Date on the virtual
// clock, and instanceof checks that accept values made by the host-side fakes (other realm).
import * as vm from "node:vm";
import type { ClockLike } from "./ports";

/** A Date constructor whose `new Date()` / `Date.now()` read the virtual clock; instances are host Dates. */
export function virtualDate(clock: ClockLike): DateConstructor {
  const HostDate = Date;
  function VDate(this: unknown, ...args: unknown[]): unknown {
    if (!new.target) return new HostDate(clock.now()).toString();
    if (args.length === 0) return new HostDate(clock.now());
    return new (HostDate as unknown as new (...a: unknown[]) => Date)(...args);
  }
  VDate.prototype = HostDate.prototype;
  VDate.now = () => clock.now();
  VDate.UTC = HostDate.UTC;
  VDate.parse = HostDate.parse;
  return VDate as unknown as DateConstructor;
}

// Arrays, errors and plain objects created by the host fakes come from another realm; make the
// bundle's `x instanceof Array/Error/Object` still answer as it would in Apps Script.
const PRELUDE = `(function () {
  var ordinary = Function.prototype[Symbol.hasInstance];
  function patch(C, extra) {
    Object.defineProperty(C, Symbol.hasInstance, { configurable: true, value: function (x) {
      return ordinary.call(this, x) || (this === C && extra(x));
    } });
  }
  patch(Array, function (x) { return Array.isArray(x); });
  patch(Error, function (x) { return Object.prototype.toString.call(x) === "[object Error]"; });
  patch(Object, function (x) { return (typeof x === "object" && x !== null) || typeof x === "function"; });
})();`;

export function createSandbox(globals: Record<string, unknown>, clock: ClockLike): vm.Context {
  const sandbox: Record<string, unknown> = { ...globals, Date: virtualDate(clock) };
  const context = vm.createContext(sandbox, { name: "Apps Script (local runtime)" });
  vm.runInContext(PRELUDE, context);
  return context;
}
