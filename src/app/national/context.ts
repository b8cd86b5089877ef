// The national roll-up's ports and the facade handed to its actions (built once per execution).
import type { CellValue } from "../../core/model";
import type { Clock, KeyValueStore, ScriptLock, UserInterface, Workbook } from "../ports";

/** One province workbook opened for reading. */
export interface ProvinceBook {
  /** Every value of the sheet's data range (header included), or null when the workbook has no such sheet. */
  read(sheet: string): CellValue[][] | null;
}

export type OpenFailure = "NOT_FOUND" | "NO_ACCESS" | "FAILED";

/** Why a province workbook could not be opened or read (the adapter classifies Google's message). */
export class ProvinceOpenError extends Error {
  constructor(readonly kind: OpenFailure, message: string) {
    super(message);
    this.name = "ProvinceOpenError";
  }
}

export interface ProvinceBooks {
  /** Opens a workbook by id; throws ProvinceOpenError. */
  open(id: string): ProvinceBook;
}

export interface DailyTriggers {
  /** The project's triggers calling `handler`. */
  ids(handler: string): string[];
  installDaily(handler: string, hour: number): void;
  remove(id: string): void;
}

export interface NationalContext {
  workbook: Workbook;
  props: KeyValueStore;
  lock: ScriptLock;
  clock: Clock;
  ui: UserInterface | null;
  triggers: DailyTriggers;
  provinces: ProvinceBooks;
  /** Email of the account running (shown when a province has not shared its workbook with it). */
  user: string;
  retries: string[];
}
