// TextValidationBuilder / TextValidation fakes, and the check a submitted answer must pass.
// https://developers.google.com/apps-script/reference/forms/text-validation-builder
import { guard } from "../calls";
import type { FormsContext, ValidationData, ValidationKind } from "./state";

export function createTextValidationBuilder(ctx: FormsContext): object {
  const rec = (m: string) => ctx.ledger.record("TextValidationBuilder", m);
  const data: ValidationData = { kind: "number", helpText: "" };
  const set = (m: string, kind: ValidationKind, extra: Partial<ValidationData> = {}) => {
    rec(m);
    Object.assign(data, { kind, a: undefined, b: undefined, pattern: undefined }, extra);
    return view;
  };
  const view: object = guard(
    {
      requireNumber: () => set("requireNumber", "number"),
      requireWholeNumber: () => set("requireWholeNumber", "wholeNumber"),
      requireNumberBetween: (a: number, b: number) => set("requireNumberBetween", "between", { a, b }),
      requireNumberNotBetween: (a: number, b: number) => set("requireNumberNotBetween", "notBetween", { a, b }),
      requireNumberGreaterThan: (a: number) => set("requireNumberGreaterThan", "gt", { a }),
      requireNumberGreaterThanOrEqualTo: (a: number) => set("requireNumberGreaterThanOrEqualTo", "gte", { a }),
      requireNumberLessThan: (a: number) => set("requireNumberLessThan", "lt", { a }),
      requireNumberLessThanOrEqualTo: (a: number) => set("requireNumberLessThanOrEqualTo", "lte", { a }),
      requireNumberEqualTo: (a: number) => set("requireNumberEqualTo", "eq", { a }),
      requireNumberNotEqualTo: (a: number) => set("requireNumberNotEqualTo", "neq", { a }),
      requireTextMatchesPattern: (p: string) => set("requireTextMatchesPattern", "matches", { pattern: String(p) }),
      requireTextDoesNotMatchPattern: (p: string) =>
        set("requireTextDoesNotMatchPattern", "notMatches", { pattern: String(p) }),
      requireTextContainsPattern: (p: string) => set("requireTextContainsPattern", "contains", { pattern: String(p) }),
      requireTextDoesNotContainPattern: (p: string) =>
        set("requireTextDoesNotContainPattern", "notContains", { pattern: String(p) }),
      requireTextIsEmail: () => set("requireTextIsEmail", "email"),
      requireTextIsUrl: () => set("requireTextIsUrl", "url"),
      requireTextLengthLessThanOrEqualTo: (n: number) =>
        set("requireTextLengthLessThanOrEqualTo", "maxLength", { a: n }),
      requireTextLengthGreaterThanOrEqualTo: (n: number) =>
        set("requireTextLengthGreaterThanOrEqualTo", "minLength", { a: n }),
      setHelpText: (t: string) => {
        rec("setHelpText");
        data.helpText = String(t);
        return view;
      },
      build: () => {
        rec("build");
        const built = guard({ __data: { ...data } }, "TextValidation");
        ctx.validationOf.set(built, { ...data });
        return built;
      },
    },
    "TextValidationBuilder",
  );
  return view;
}

const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

/** True when `text` passes the validation (as Google Forms checks it in the browser). */
export function passes(v: ValidationData, text: string): boolean {
  const isNum = NUMBER.test(text);
  const n = Number(text);
  const a = v.a ?? 0;
  const b = v.b ?? 0;
  switch (v.kind) {
    case "number": return isNum;
    case "wholeNumber": return isNum && Number.isInteger(n);
    case "between": return isNum && n >= Math.min(a, b) && n <= Math.max(a, b);
    case "notBetween": return isNum && (n < Math.min(a, b) || n > Math.max(a, b));
    case "gt": return isNum && n > a;
    case "gte": return isNum && n >= a;
    case "lt": return isNum && n < a;
    case "lte": return isNum && n <= a;
    case "eq": return isNum && n === a;
    case "neq": return isNum && n !== a;
    // Forms "Matches" must match the whole answer; "Contains" anywhere (modelled as RE2-like JS RegExp).
    case "matches": return new RegExp(`^(?:${v.pattern ?? ""})$`).test(text);
    case "notMatches": return !new RegExp(`^(?:${v.pattern ?? ""})$`).test(text);
    case "contains": return new RegExp(v.pattern ?? "").test(text);
    case "notContains": return !new RegExp(v.pattern ?? "").test(text);
    case "email": return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
    case "url": return /^https?:\/\/\S+$/.test(text);
    case "maxLength": return text.length <= a;
    case "minLength": return text.length >= a;
  }
}
