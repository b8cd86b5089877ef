// Public entry of the ScriptApp fake.
export { createScriptApp, type ScriptAppFake, type ScriptAppOptions } from "./scriptApp";
export { AuthMode, EventType, TriggerSource, TOO_MANY_TRIGGERS, createScriptStore, type ScriptStore, type TriggerData } from "./state";
