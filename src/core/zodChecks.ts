// zod/mini refinements in place of schema kinds the boundaries' schemas used once or twice: each kind
// brings its own class into the bundle, which every execution parses. The same values pass either way.
import * as z from "zod/mini";

/** z.int(): safe integers (the integer format's class is ~1.4 KB of bundle). */
export const zInt = () => z.number().check(z.refine(Number.isSafeInteger));

/** z.regex(pattern) on a string (its check class is ~0.7 KB). */
export const zMatching = (pattern: RegExp) => z.refine<string>((s) => pattern.test(s));

/** z.literal(value) / z.enum(values): one of the given strings or numbers, with its type. */
export const zOneOf = <const T extends readonly (string | number)[]>(values: T) =>
  z.custom<T[number]>((v) => (values as readonly unknown[]).includes(v));
