// Trigger fake (read-only view of an installed trigger).
import { guard } from "../calls";
import type { ScriptContext, TriggerData } from "./state";

export function triggerView(ctx: ScriptContext, t: TriggerData): object {
  const rec = (m: string) => ctx.ledger.record("Trigger", m);
  return guard(
    {
      getUniqueId: () => (rec("getUniqueId"), t.uid),
      getHandlerFunction: () => (rec("getHandlerFunction"), t.handler),
      getEventType: () => (rec("getEventType"), t.eventType),
      getTriggerSource: () => (rec("getTriggerSource"), t.source),
      getTriggerSourceId: () => (rec("getTriggerSourceId"), t.sourceId),
      __data: () => t,
    },
    "Trigger",
  );
}
