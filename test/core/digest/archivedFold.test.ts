// Issue 13: the archived reports join a fold's digest through an explicit step (digestFold), not a link
// hidden on the results array. A copy of the results (sorted, filtered, spread) still gives the digest of
// every report ever sent, and digesting the results alone never counts archived reports by accident.
import type { Report } from "../../../src/core/model";
import { baseFromText, baseToText, nextBase } from "../../../src/core/archive/base";
import { digestFold, digestResults } from "../../../src/core/digest";
import { validateAll } from "../../../src/core/validation/validate";
import { aKoperasi, aPendamping, aRegistry, aReport, at, d, someSettings } from "../../builders/validation";

const registry = aRegistry(["K1", "K2"].map((id) => aKoperasi({ id })), [aPendamping({ id: "P1" })]);
const settings = someSettings();
const TODAY = d("2026-09-06");

/** Six daily reports of K1 and K2; the first `n` archived, the rest still in the sheet (re-based to row 2). */
function split(n: number): { all: Report[]; left: Report[] } {
  const all = [1, 2, 3, 4, 5, 6].map((i) => aReport({
    row: i + 1, submittedAt: at(`2026-09-0${i}`, 9), visitDay: d(`2026-09-0${i}`), koperasiId: i % 2 ? "K1" : "K2", pendampingId: "P1",
  }));
  const left = all.slice(n).map((r) => ({ ...r, row: r.row - n }));
  return { all, left };
}

describe("a fold's digest with its archived reports", () => {
  const n = 4;
  const { all, left } = split(n);
  const whole = validateAll(all.map((r) => ({ ...r })), registry, settings);
  const upTo = validateAll(all.slice(0, n).map((r) => ({ ...r })), registry, settings);
  const base = baseFromText(baseToText(nextBase(null, n, upTo.states, whole.results, TODAY, settings)))!;
  const fold = validateAll(left, registry, settings, base);

  it("names the archived digest beside the results, and digestFold counts every report ever sent", () => {
    expect(fold.archived).not.toBeNull();
    expect(digestFold(fold, settings, TODAY).counts).toEqual(digestResults(whole.results, settings, TODAY).counts);
    expect(digestFold(fold, settings, TODAY).counts.Valid).toBe(6);
  });

  it("gives the same digest from a copy of the results (a WeakMap link on the array lost it)", () => {
    const copied = { results: [...fold.results].reverse().reverse(), archived: fold.archived };
    expect(copied.results).not.toBe(fold.results);
    expect(digestFold(copied, settings, TODAY)).toEqual(digestFold(fold, settings, TODAY));
  });

  it("digests the results alone as only those rows: archived reports never join unasked", () => {
    expect(digestResults(fold.results, settings, TODAY).counts.Valid).toBe(2);
    expect(digestResults(fold.results, settings, TODAY).through).toBe(3);
  });
});
