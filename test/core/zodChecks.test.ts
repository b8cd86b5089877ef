// The refinements that stand in for z.int, z.gte, z.gt, z.lte, z.minLength, z.maxLength, z.regex, z.literal,
// z.enum, z.nullable and z.tuple accept exactly what those do.
import fc from "fast-check";
import * as z from "zod/mini";
import { zAboveUpTo, zAtLeast, zBetween, zInt, zMatching, zMaxLength, zMinLength, zNullable, zOneOf, zTuple } from "../../src/core/zodChecks";

const anything = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, 1, 2, 1.5, NaN, Infinity, -Infinity, 2 ** 53, 2 ** 53 - 1, -(2 ** 53), -(2 ** 53) + 1, 1e300),
  fc.string(),
  fc.constantFrom("Valid", "Peringatan", "Ditolak", "1", "#b7e1cd", "a@b.co", null, undefined, true, [], {}),
  fc.integer({ min: -200, max: 400 }),
  fc.constantFrom(-90, 90, -90.5, 90.5, -180, 180, 23, 24, 365, 366, 1e6, 1e6 + 1, -1, 0.5),
  fc.array(fc.double(), { maxLength: 2 }),
);

const same = (a: z.ZodMiniType, b: z.ZodMiniType) =>
  fc.assert(fc.property(anything, (v) => a.safeParse(v).success === b.safeParse(v).success), { numRuns: 2000 });

describe("zod refinements in place of schema kinds", () => {
  it("zInt is z.int", () => {
    same(zInt(), z.int());
    same(zInt().check(z.gte(0), z.lte(23)), z.int().check(z.gte(0), z.lte(23)));
  });

  it("zBetween, zAtLeast and zAboveUpTo are z.gte, z.gt and z.lte", () => {
    for (const [min, max] of [[0, 23], [-90, 90], [1, 365], [0, 1e6]] as const) {
      same(z.number().check(zBetween(min, max)), z.number().check(z.gte(min), z.lte(max)));
      same(zInt().check(zBetween(min, max)), z.int().check(z.gte(min), z.lte(max)));
      same(z.number().check(zAboveUpTo(min, max)), z.number().check(z.gt(min), z.lte(max)));
    }
    same(zInt().check(zAtLeast(0)), z.int().check(z.gte(0)));
  });

  it("zMinLength is z.minLength", () => {
    same(z.string().check(zMinLength(1)), z.string().check(z.minLength(1)));
    same(z.array(z.number()).check(zMinLength(1)), z.array(z.number()).check(z.minLength(1)));
  });

  it("zMatching is z.regex", () => {
    for (const re of [/^#[0-9a-f]{6}$/, /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/]) {
      same(z.string().check(zMatching(re)), z.string().check(z.regex(re)));
    }
    expect(z.string().check(zMatching(/^#[0-9a-f]{6}$/)).safeParse("#b7e1cd").success).toBe(true);
  });

  it("zMaxLength is z.maxLength", () => {
    same(z.string().check(z.minLength(1), zMaxLength(5)), z.string().check(z.minLength(1), z.maxLength(5)));
    expect(z.string().check(zMaxLength(2)).safeParse("\u{1F7E2}").success).toBe(true); // 2 code units
  });

  it("zOneOf is z.literal and z.enum", () => {
    same(zOneOf([1]), z.literal(1));
    same(zOneOf(["Valid", "Peringatan"]), z.enum(["Valid", "Peringatan"]));
    expect(zOneOf(["Valid", "Peringatan"]).safeParse("Peringatan").success).toBe(true);
  });

  it("zNullable is z.nullable", () => {
    same(zNullable(z.number()), z.nullable(z.number()));
    same(zNullable(zInt()), z.nullable(z.int()));
  });

  it("zTuple is z.tuple", () => {
    const item = fc.oneof(anything, fc.string(), fc.integer(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 }));
    const tuples = fc.oneof(fc.array(item, { maxLength: 6 }), fc.tuple(item, item), fc.tuple(item, item, item));
    const cases: [z.ZodMiniType, z.ZodMiniType][] = [
      [zTuple([z.string(), zInt(), zNullable(z.number())]), z.tuple([z.string(), z.int(), z.nullable(z.number())])],
      [zTuple([zInt(), zInt()]), z.tuple([z.int(), z.int()])],
      [zTuple([z.number(), z.number(), z.number(), z.number(), z.number()]), z.tuple([z.number(), z.number(), z.number(), z.number(), z.number()])],
      [z.array(zTuple([z.string(), z.array(zInt())])), z.array(z.tuple([z.string(), z.array(z.int())]))],
    ];
    for (const [a, b] of cases) {
      fc.assert(fc.property(fc.oneof(anything, tuples, fc.array(tuples, { maxLength: 3 })), (v) => a.safeParse(v).success === b.safeParse(v).success), { numRuns: 3000 });
    }
    expect(zTuple([z.string(), zInt()]).safeParse(["K-01", 3]).success).toBe(true);
    expect(zTuple([z.string(), zInt()]).safeParse(["K-01", 3, 4]).success).toBe(false);
  });
});
