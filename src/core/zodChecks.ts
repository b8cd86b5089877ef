// zod/mini refinements in place of zod's own schema and check kinds: each kind brings its own class into
// the bundle, which every execution parses. The schemas at the boundaries stay zod schemas (z.object,
// z.array, z.string, z.number, z.custom) and the same values pass (test/core/zodChecks.test.ts). Use these,
// not the kinds they replace: test/project/zodKinds.test.ts keeps those out of src/.
import * as z from "zod/mini";

/** z.int(): safe integers. */
export const zInt = () => z.number().check(z.refine(Number.isSafeInteger));

/** z.regex(pattern) on a string. */
export const zMatching = (pattern: RegExp) => z.refine<string>((s) => pattern.test(s));

/** z.maxLength(max) on a string: at most `max` UTF-16 code units, as zod counts. */
export const zMaxLength = (max: number) => z.refine<string>((s) => s.length <= max);

/** z.literal(value) / z.enum(values): one of the given strings or numbers, with its type. */
export const zOneOf = <const T extends readonly (string | number)[]>(values: T) =>
  z.custom<T[number]>((v) => (values as readonly unknown[]).includes(v));

/** z.nullable(schema): null, or what `schema` accepts. */
export const zNullable = <T extends z.ZodMiniType>(schema: T) =>
  z.custom<z.output<T> | null>((v) => v === null || schema.safeParse(v).success);

/** z.tuple(items): an array of exactly these items, each accepted by its schema. */
export const zTuple = <const T extends readonly z.ZodMiniType[]>(items: T) =>
  z.custom<{ -readonly [K in keyof T]: z.output<T[K]> }>(
    (v) => Array.isArray(v) && v.length === items.length && items.every((s, i) => s.safeParse(v[i]).success),
  );

/** z.gte(min) and z.lte(max) together: min ≤ value ≤ max. */
export const zBetween = (min: number, max: number) => z.refine<number>((v) => v >= min && v <= max);

/** z.gte(min) alone. */
export const zAtLeast = (min: number) => z.refine<number>((v) => v >= min);

/** z.gt(min) and z.lte(max) together: min < value ≤ max. */
export const zAboveUpTo = (min: number, max: number) => z.refine<number>((v) => v > min && v <= max);

/** z.minLength(min) on a string or an array. */
export const zMinLength = (min: number) => z.refine<{ length: number }>((v) => v.length >= min);
