// Percent formats: which patterns show a value times 100, and which numbers may need their format read.
import { isPercentFormat, mayBePercent, percentShown } from "../../../src/core/reports/percent";

describe("percent cells", () => {
  it("recognises percent patterns, not a quoted or escaped %", () => {
    expect(["0%", "0.0%", "#,##0.00%"].map(isPercentFormat)).toEqual([true, true, true]);
    expect(['0"%"', "0\\%", "0.###############", "@", "dd/MM/yyyy"].map(isPercentFormat)).toEqual([false, false, false, false, false]);
  });

  it("reads 0.45 as 45 without binary noise, and asks for formats only for numbers that could be typed percentages", () => {
    expect(percentShown(0.45)).toBe(45);
    expect(percentShown(0.125)).toBe(12.5);
    expect([0.45, 1, 1.5, 12.5, 0, 20, 100, "45%"].map(mayBePercent)).toEqual([true, true, true, true, false, false, false, false]);
  });
});
