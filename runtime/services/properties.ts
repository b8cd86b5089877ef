// PropertiesService / Properties fakes: three string stores (document, script, user).
// Limits: https://developers.google.com/apps-script/guides/services/quotas (9 KB per value, 500 KB per store)
import { guard, type CallLedger } from "../calls";

export interface PropertyStores {
  document: Map<string, string>;
  script: Map<string, string>;
  user: Map<string, Map<string, string>>;
}

export function createPropertyStores(): PropertyStores {
  return { document: new Map(), script: new Map(), user: new Map() };
}

const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;
const bytes = (s: string) => Buffer.byteLength(s, "utf8");

export function propertiesView(ledger: CallLedger, store: Map<string, string>): object {
  const rec = (m: string) => ledger.record("Properties", m);
  let view: object = {};
  const put = (key: unknown, value: unknown) => {
    const k = String(key);
    const v = String(value);
    if (bytes(v) > VALUE_LIMIT) throw new Error("Argument too large: value");
    let total = bytes(k) + bytes(v);
    for (const [sk, sv] of store) if (sk !== k) total += bytes(sk) + bytes(sv);
    if (total > STORE_LIMIT) throw new Error("You have exceeded the property storage quota. Please remove some properties and try again.");
    store.set(k, v);
  };
  view = guard(
    {
      getProperty: (key: string) => (rec("getProperty"), store.get(String(key)) ?? null),
      setProperty: (key: string, value: unknown) => (rec("setProperty"), put(key, value), view),
      setProperties: (props: Record<string, unknown>, deleteAllOthers?: boolean) => {
        rec("setProperties");
        if (deleteAllOthers) store.clear();
        for (const [k, v] of Object.entries(props)) put(k, v);
        return view;
      },
      getProperties: () => (rec("getProperties"), Object.fromEntries(store)),
      getKeys: () => (rec("getKeys"), [...store.keys()]),
      deleteProperty: (key: string) => (rec("deleteProperty"), store.delete(String(key)), view),
      deleteAllProperties: () => (rec("deleteAllProperties"), store.clear(), view),
    },
    "Properties",
  );
  return view;
}

export function createPropertiesService(
  ledger: CallLedger, stores: PropertyStores, user: () => string, documentAvailable: () => boolean = () => true,
): object {
  const rec = (m: string) => ledger.record("PropertiesService", m);
  return guard(
    {
      // Null outside a containing document (as getDocumentLock() is):
      // https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()
      getDocumentProperties: () => (rec("getDocumentProperties"), documentAvailable() ? propertiesView(ledger, stores.document) : null),
      getScriptProperties: () => (rec("getScriptProperties"), propertiesView(ledger, stores.script)),
      getUserProperties: () => {
        rec("getUserProperties");
        const u = user();
        if (!stores.user.has(u)) stores.user.set(u, new Map());
        return propertiesView(ledger, stores.user.get(u)!);
      },
    },
    "PropertiesService",
  );
}
