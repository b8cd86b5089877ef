// The results digest: what the output sheets need from every validation result, mergeable and prunable.
export { CORRECTABLE_ROWS, digestResults, digestRows, emptyDigest, mergeDigests, pruneDigest, retractRows } from "./digest";
export type { DigestSettings } from "./digest";
export { digestFromJson, digestToJson } from "./json";
export { digestFold, fitDigest, shiftDigest } from "./archived";
export type { FoldResults } from "./archived";
export { isRecent, RECENT_DAYS } from "./recent";
export type { DigestRow, OpenRow, PendampingTally, ResultsDigest, VisitTally, WarningEntry } from "./types";
