// A cooperative's follow-up entry from `Tindak Lanjut`, as the `Bantuan` sidebar shows it.
import type { LocalDay } from "../model";
import { cellText } from "../sheets/cells";
import { entryFacts, type FollowUpEntry } from "../followUp/entries";
import type { FollowUpView } from "./types";

export function followUpView(entries: readonly FollowUpEntry[], id: string, today: LocalDay, timeZone: string): FollowUpView | null {
  const e = entries.find((x) => x.id === id);
  if (!e) return null;
  const facts = entryFacts(e, today, timeZone);
  const [owner, plan, deadline, status, notes] = e.cells.map((c) => cellText(c, timeZone));
  return {
    owner: owner ?? "", plan: plan ?? "", deadline: deadline ?? "", status: status ?? "", notes: notes ?? "",
    overdue: facts.overdue, problems: facts.problems.map((p) => p.message),
  };
}
