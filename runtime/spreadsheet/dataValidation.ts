// Data validation: SpreadsheetApp.newDataValidation() builder and the DataValidation rule it builds.
import { CallLedger, guard } from "../calls";
import type { CellValue } from "./grid";

export const DataValidationCriteria = {
  CHECKBOX: "CHECKBOX", CUSTOM_FORMULA: "CUSTOM_FORMULA", DATE_AFTER: "DATE_AFTER", DATE_BEFORE: "DATE_BEFORE",
  DATE_BETWEEN: "DATE_BETWEEN", DATE_EQUAL_TO: "DATE_EQUAL_TO", DATE_IS_VALID_DATE: "DATE_IS_VALID_DATE",
  DATE_NOT_BETWEEN: "DATE_NOT_BETWEEN", DATE_ON_OR_AFTER: "DATE_ON_OR_AFTER", DATE_ON_OR_BEFORE: "DATE_ON_OR_BEFORE",
  NUMBER_BETWEEN: "NUMBER_BETWEEN", NUMBER_EQUAL_TO: "NUMBER_EQUAL_TO", NUMBER_GREATER_THAN: "NUMBER_GREATER_THAN",
  NUMBER_GREATER_THAN_OR_EQUAL_TO: "NUMBER_GREATER_THAN_OR_EQUAL_TO", NUMBER_LESS_THAN: "NUMBER_LESS_THAN",
  NUMBER_LESS_THAN_OR_EQUAL_TO: "NUMBER_LESS_THAN_OR_EQUAL_TO", NUMBER_NOT_BETWEEN: "NUMBER_NOT_BETWEEN",
  NUMBER_NOT_EQUAL_TO: "NUMBER_NOT_EQUAL_TO", TEXT_CONTAINS: "TEXT_CONTAINS", TEXT_DOES_NOT_CONTAIN: "TEXT_DOES_NOT_CONTAIN",
  TEXT_EQUAL_TO: "TEXT_EQUAL_TO", TEXT_IS_VALID_EMAIL: "TEXT_IS_VALID_EMAIL", TEXT_IS_VALID_URL: "TEXT_IS_VALID_URL",
  VALUE_IN_LIST: "VALUE_IN_LIST", VALUE_IN_RANGE: "VALUE_IN_RANGE",
} as const;
export type CriteriaType = (typeof DataValidationCriteria)[keyof typeof DataValidationCriteria];

interface Rule {
  type: CriteriaType | null;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export class DataValidationFake {
  constructor(
    private readonly ledger: CallLedger,
    readonly __rule: Rule,
  ) {}

  getCriteriaType(): CriteriaType | null {
    this.ledger.record("DataValidation", "getCriteriaType");
    return this.__rule.type;
  }

  getCriteriaValues(): unknown[] {
    this.ledger.record("DataValidation", "getCriteriaValues");
    return [...this.__rule.values];
  }

  getAllowInvalid(): boolean {
    this.ledger.record("DataValidation", "getAllowInvalid");
    return this.__rule.allowInvalid;
  }

  getHelpText(): string | null {
    this.ledger.record("DataValidation", "getHelpText");
    return this.__rule.helpText;
  }

  copy(): DataValidationBuilderFake {
    this.ledger.record("DataValidation", "copy");
    return newDataValidationBuilder(this.ledger, { ...this.__rule, values: [...this.__rule.values] });
  }

  /** Whether a value written by a script passes the rule (blank always passes). Uncounted. */
  __accepts(v: CellValue): boolean {
    if (v === "") return true;
    const [a, b] = this.__rule.values;
    const n = typeof v === "number" ? v : v instanceof Date ? v.getTime() : NaN;
    const lo = a instanceof Date ? a.getTime() : Number(a);
    const hi = b instanceof Date ? b.getTime() : Number(b);
    switch (this.__rule.type) {
      case "VALUE_IN_LIST": return (this.__rule.values[0] as unknown[]).map(String).includes(String(v));
      case "NUMBER_BETWEEN": return typeof v === "number" && n >= lo && n <= hi;
      case "NUMBER_NOT_BETWEEN": return typeof v === "number" && (n < lo || n > hi);
      case "NUMBER_GREATER_THAN": return typeof v === "number" && n > lo;
      case "NUMBER_GREATER_THAN_OR_EQUAL_TO": return typeof v === "number" && n >= lo;
      case "NUMBER_LESS_THAN": return typeof v === "number" && n < lo;
      case "NUMBER_LESS_THAN_OR_EQUAL_TO": return typeof v === "number" && n <= lo;
      case "NUMBER_EQUAL_TO": return typeof v === "number" && n === lo;
      case "DATE_IS_VALID_DATE": return v instanceof Date;
      case "DATE_AFTER": return v instanceof Date && n > lo;
      case "DATE_BEFORE": return v instanceof Date && n < lo;
      case "DATE_ON_OR_AFTER": return v instanceof Date && n >= lo;
      case "DATE_ON_OR_BEFORE": return v instanceof Date && n <= lo;
      case "CHECKBOX": return typeof v === "boolean";
      case "TEXT_IS_VALID_EMAIL": return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(v));
      default: return true;
    }
  }
}

export function newDataValidationBuilder(ledger: CallLedger, start?: Rule) {
  const rule: Rule = start ?? { type: null, values: [], allowInvalid: true, helpText: null };
  const rec = (m: string): void => ledger.record("DataValidationBuilder", m);
  const set = (m: string, type: CriteriaType, values: unknown[]) => {
    rec(m);
    rule.type = type;
    rule.values = values;
    return builder;
  };
  const builder = guard(
    {
      requireValueInList: (values: string[], showDropdown = true) =>
        set("requireValueInList", "VALUE_IN_LIST", [[...values], showDropdown]),
      requireValueInRange: (range: unknown, showDropdown = true) =>
        set("requireValueInRange", "VALUE_IN_RANGE", [range, showDropdown]),
      requireNumberBetween: (start: number, end: number) => set("requireNumberBetween", "NUMBER_BETWEEN", [start, end]),
      requireNumberNotBetween: (start: number, end: number) =>
        set("requireNumberNotBetween", "NUMBER_NOT_BETWEEN", [start, end]),
      requireNumberGreaterThan: (n: number) => set("requireNumberGreaterThan", "NUMBER_GREATER_THAN", [n]),
      requireNumberGreaterThanOrEqualTo: (n: number) =>
        set("requireNumberGreaterThanOrEqualTo", "NUMBER_GREATER_THAN_OR_EQUAL_TO", [n]),
      requireNumberLessThan: (n: number) => set("requireNumberLessThan", "NUMBER_LESS_THAN", [n]),
      requireNumberLessThanOrEqualTo: (n: number) =>
        set("requireNumberLessThanOrEqualTo", "NUMBER_LESS_THAN_OR_EQUAL_TO", [n]),
      requireNumberEqualTo: (n: number) => set("requireNumberEqualTo", "NUMBER_EQUAL_TO", [n]),
      requireDate: () => set("requireDate", "DATE_IS_VALID_DATE", []),
      requireDateAfter: (d: Date) => set("requireDateAfter", "DATE_AFTER", [d]),
      requireDateBefore: (d: Date) => set("requireDateBefore", "DATE_BEFORE", [d]),
      requireDateOnOrAfter: (d: Date) => set("requireDateOnOrAfter", "DATE_ON_OR_AFTER", [d]),
      requireDateOnOrBefore: (d: Date) => set("requireDateOnOrBefore", "DATE_ON_OR_BEFORE", [d]),
      requireCheckbox: () => set("requireCheckbox", "CHECKBOX", []),
      requireTextIsEmail: () => set("requireTextIsEmail", "TEXT_IS_VALID_EMAIL", []),
      requireTextIsUrl: () => set("requireTextIsUrl", "TEXT_IS_VALID_URL", []),
      requireFormulaSatisfied: (formula: string) => set("requireFormulaSatisfied", "CUSTOM_FORMULA", [formula]),
      setAllowInvalid(allow: boolean) {
        rec("setAllowInvalid");
        rule.allowInvalid = allow;
        return builder;
      },
      setHelpText(text: string) {
        rec("setHelpText");
        rule.helpText = text;
        return builder;
      },
      getCriteriaType() {
        rec("getCriteriaType");
        return rule.type;
      },
      getCriteriaValues() {
        rec("getCriteriaValues");
        return [...rule.values];
      },
      build(): DataValidationFake {
        rec("build");
        // developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#build: needs a criterion.
        if (rule.type === null) throw new Error("You must specify a data validation criteria before building.");
        return guard(new DataValidationFake(ledger, { ...rule, values: [...rule.values] }), "DataValidation");
      },
    },
    "DataValidationBuilder",
  );
  return builder;
}

export type DataValidationBuilderFake = ReturnType<typeof newDataValidationBuilder>;
