// Public face of the validation engine (SPEC section 3).
export { validateReport, validateAll, validateRange } from "./validate";
export type { ValidationContext, ValidationStep, CorrectedRow, ValidateAllOutcome, RangeOutcome } from "./validate";
export { latestReportOf, STATE_VERSION } from "./state";
export type { CoopValidationState, CountedEntry } from "./state";
export { encodeState, decodeState, stateFromJson } from "./stateJson";
export { parseCoordinates, haversineKm, insideBox } from "./coordinates";
export type { LatLon } from "./coordinates";
