// The refinements that stand in for z.int, z.regex, z.literal and z.enum accept exactly what those do.
import fc from "fast-check";
import * as z from "zod/mini";
import { zInt, zMatching, zOneOf } from "../../src/core/zodChecks";

const anything = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, 1, 2, 1.5, NaN, Infinity, -Infinity, 2 ** 53, 2 ** 53 - 1, -(2 ** 53), -(2 ** 53) + 1, 1e300),
  fc.string(),
  fc.constantFrom("Valid", "Peringatan", "Ditolak", "1", "#b7e1cd", "a@b.co", null, undefined, true, [], {}),
);

const same = (a: z.ZodMiniType, b: z.ZodMiniType) =>
  fc.assert(fc.property(anything, (v) => a.safeParse(v).success === b.safeParse(v).success), { numRuns: 2000 });

describe("zod refinements in place of schema kinds", () => {
  it("zInt is z.int", () => {
    same(zInt(), z.int());
    same(zInt().check(z.gte(0), z.lte(23)), z.int().check(z.gte(0), z.lte(23)));
  });

  it("zMatching is z.regex", () => {
    for (const re of [/^#[0-9a-f]{6}$/, /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/]) {
      same(z.string().check(zMatching(re)), z.string().check(z.regex(re)));
    }
    expect(z.string().check(zMatching(/^#[0-9a-f]{6}$/)).safeParse("#b7e1cd").success).toBe(true);
  });

  it("zOneOf is z.literal and z.enum", () => {
    same(zOneOf([1]), z.literal(1));
    same(zOneOf(["Valid", "Peringatan"]), z.enum(["Valid", "Peringatan"]));
    expect(zOneOf(["Valid", "Peringatan"]).safeParse("Peringatan").success).toBe(true);
  });
});
