// The national project's daily time-driven trigger over ScriptApp.
import type { DailyTriggers } from "../../app/national/context";

export class NationalTriggers implements DailyTriggers {
  constructor(private readonly script: GoogleAppsScript.Script.ScriptApp) {}
  ids(handler: string): string[] {
    return this.script.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler).map((t) => t.getUniqueId());
  }
  installDaily(handler: string, hour: number): void {
    this.script.newTrigger(handler).timeBased().everyDays(1).atHour(hour).create();
  }
  remove(id: string): void {
    for (const t of this.script.getProjectTriggers()) if (t.getUniqueId() === id) this.script.deleteTrigger(t);
  }
}
