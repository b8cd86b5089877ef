// The facade of adapters handed to every action: built once per execution by the entry layer.
import type { BigQueryPort, Clock, KeyValueStore, Mailer, ScriptLock, SheetProtection, Triggers, UserInterface, Workbook } from "./ports";
import type { FormsPort } from "./formsPort";
import type { NoteLogEntry } from "./pipeline/internal";

export interface Context {
  workbook: Workbook;
  props: KeyValueStore;
  lock: ScriptLock;
  clock: Clock;
  /** null when no one is looking (trigger runs). */
  ui: UserInterface | null;
  triggers: Triggers;
  forms: FormsPort;
  /** Email of the person running the action ('' when Apps Script cannot tell, e.g. triggers). */
  user: string;
  /**
   * When the execution began, before any wait for the lock: the 6-minute limit counts from here, so
   * long jobs measure their time budget from it (absent in contexts built outside an execution).
   */
  startedAt?: number;
  /** Service calls retried after a transient error in this execution (told in the `Log` row). */
  retries?: string[];
  /** `Log` lines about staff content the rewrite of an output sheet kept or moved. */
  sheetNotices?: string[];
  /**
   * `Log` lines of earlier submit-path runs found while reading the `Status Koperasi` notes: this run's
   * `Log` row is written after them. One array per execution, shared by copies of the context.
   */
  noteLog?: NoteLogEntry[];
  /** Email (absent in lean contexts that never send any). */
  mail?: Mailer;
  /** Re-applies the output sheets' protection (absent in lean contexts that never change it). */
  protection?: SheetProtection;
  /** The BigQuery advanced service; absent when the project's manifest does not enable it. */
  bigquery?: BigQueryPort;
}
