// Session / User fakes. getActiveUser().getEmail() is '' when the user is unknown (consumer accounts,
// triggers run by another user): https://developers.google.com/apps-script/reference/base/session
import { guard, type CallLedger } from "../calls";

export interface SessionState {
  /** Email of the person at the keyboard ('' when Apps Script would not reveal it). */
  activeUser: string;
  /** Email of the account the script runs as (owner of installable triggers). */
  effectiveUser: string;
  scriptTimeZone: string;
  locale: string;
}

function userView(ledger: CallLedger, email: () => string): object {
  return guard(
    {
      getEmail: () => (ledger.record("User", "getEmail"), email()),
      toString: () => email(),
    },
    "User",
  );
}

export function createSession(ledger: CallLedger, state: SessionState): object {
  const rec = (m: string) => ledger.record("Session", m);
  return guard(
    {
      getActiveUser: () => (rec("getActiveUser"), userView(ledger, () => state.activeUser)),
      getEffectiveUser: () => (rec("getEffectiveUser"), userView(ledger, () => state.effectiveUser)),
      getScriptTimeZone: () => (rec("getScriptTimeZone"), state.scriptTimeZone),
      getActiveUserLocale: () => (rec("getActiveUserLocale"), state.locale),
      getTemporaryActiveUserKey: () => (rec("getTemporaryActiveUserKey"), `tmp-${state.activeUser || "anonymous"}`),
    },
    "Session",
  );
}
