// Indonesian number text: dots group thousands, commas mark decimals.
import { formatCompactId, formatNumberId, formatPercentId } from "../../../src/core/text/numbers";

describe("formatNumberId", () => {
  it("groups thousands with dots and uses a decimal comma", () => {
    expect(formatNumberId(1166, 0)).toBe("1.166");
    expect(formatNumberId(12.5, 1)).toBe("12,5");
    expect(formatNumberId(1234567.891, 2)).toBe("1.234.567,89");
    expect(formatNumberId(0, 1)).toBe("0,0");
    expect(formatNumberId(-1500, 0)).toBe("-1.500");
    expect(formatNumberId(-0.01, 1)).toBe("0,0");
    expect(formatNumberId(999, 0)).toBe("999");
  });
  it("compact and percent forms", () => {
    expect(formatCompactId(50)).toBe("50");
    expect(formatCompactId(50.04)).toBe("50");
    expect(formatCompactId(12.5)).toBe("12,5");
    expect(formatCompactId(1000)).toBe("1.000");
    expect(formatPercentId(1, 8)).toBe("12,5%");
    expect(formatPercentId(0, 0)).toBe("0%");
  });
});

describe("formatNumberId grouping", () => {
  it("groups every length correctly", () => {
    expect([1, 12, 123, 1234, 12345, 123456, 1234567, 12345678].map((n) => formatNumberId(n, 0))).toEqual([
      "1", "12", "123", "1.234", "12.345", "123.456", "1.234.567", "12.345.678",
    ]);
    expect(formatCompactId(-1234.5)).toBe("-1.234,5");
    expect(formatCompactId(0.04)).toBe("0");
    expect(formatCompactId(100, 2)).toBe("100");
  });
});
