// fitCellText / fitCells: text past 50,000 characters is cut to exactly the limit and ends with `…`.
import { MAX_CELL_CHARS, fitCellText, fitCells } from "../../../src/core/sheets/cellLimit";

describe("fitting text into one cell", () => {
  it("keeps text that fits, cuts longer text to the limit with …", () => {
    expect(fitCellText("pendek")).toBe("pendek");
    const exact = "a".repeat(MAX_CELL_CHARS);
    expect(fitCellText(exact)).toBe(exact);
    const cut = fitCellText("b".repeat(MAX_CELL_CHARS + 2));
    expect(cut).toHaveLength(MAX_CELL_CHARS);
    expect(cut.endsWith("b…")).toBe(true);
  });

  it("never leaves half of an emoji before the …", () => {
    const text = `${"c".repeat(MAX_CELL_CHARS - 2)}😀😀`;
    const cut = fitCellText(text);
    expect(cut.endsWith("c…")).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
  });

  it("returns the same rows when nothing is too long, a copy with the long cell cut otherwise", () => {
    const rows = [["a", 1, true], ["b", new Date(0), ""]];
    expect(fitCells(rows)).toBe(rows);
    const long = [["x", "y".repeat(MAX_CELL_CHARS + 1)]];
    const fitted = fitCells(long);
    expect(fitted).not.toBe(long);
    expect(String(fitted[0]![1])).toHaveLength(MAX_CELL_CHARS);
    expect(long[0]![1]).toHaveLength(MAX_CELL_CHARS + 1);
  });
});
