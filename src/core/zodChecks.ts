// zod/mini refinements in place of schema kinds the boundaries' schemas used once or twice: each kind
// brings its own class into the bundle, which every execution parses. The same values pass either way.
import * as z from "zod/mini";

/** z.int(): safe integers (the integer format's class is ~1.4 KB of bundle). */
export const zInt = () => z.number().check(z.refine(Number.isSafeInteger));

/** z.regex(pattern) on a string (its check class is ~0.7 KB). */
export const zMatching = (pattern: RegExp) => z.refine<string>((s) => pattern.test(s));

/** z.maxLength(max) on a string: at most `max` UTF-16 code units, as zod counts (its check class is ~0.4 KB). */
export const zMaxLength = (max: number) => z.refine<string>((s) => s.length <= max);

/** z.literal(value) / z.enum(values): one of the given strings or numbers, with its type. */
export const zOneOf = <const T extends readonly (string | number)[]>(values: T) =>
  z.custom<T[number]>((v) => (values as readonly unknown[]).includes(v));

/** z.nullable(schema): null, or what `schema` accepts. */
export const zNullable = <T extends z.ZodMiniType>(schema: T) =>
  z.custom<z.output<T> | null>((v) => v === null || schema.safeParse(v).success);

/** z.tuple(items): an array of exactly these items, each accepted by its schema (the tuple class is ~1.9 KB). */
export const zTuple = <const T extends readonly z.ZodMiniType[]>(items: T) =>
  z.custom<{ -readonly [K in keyof T]: z.output<T[K]> }>(
    (v) => Array.isArray(v) && v.length === items.length && items.every((s, i) => s.safeParse(v[i]).success),
  );
