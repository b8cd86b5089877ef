// Coded errors: adapters and actions throw these; the entry layer turns a code into Indonesian words
// (text/errors.ts) for the alert and the `Log` row.
import type { ErrorCode } from "../core/text/errors";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly details: string[] = [],
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = "AppError";
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
