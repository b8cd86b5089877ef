// CacheService / Cache fakes with expiry on the virtual clock.
// https://developers.google.com/apps-script/reference/cache/cache (default 600 s, max 21600 s, 100 KB values)
import { guard, type CallLedger } from "../calls";
import type { ClockLike } from "./ports";

type Entry = { value: string; expires: number };
export interface CacheStores {
  script: Map<string, Entry>;
  document: Map<string, Entry>;
  user: Map<string, Entry>;
}

export function createCacheStores(): CacheStores {
  return { script: new Map(), document: new Map(), user: new Map() };
}

function cacheView(ledger: CallLedger, clock: ClockLike, store: Map<string, Entry>): object {
  const rec = (m: string) => ledger.record("Cache", m);
  const get = (key: string): string | null => {
    const e = store.get(String(key));
    if (!e) return null;
    if (e.expires <= clock.now()) {
      store.delete(String(key));
      return null;
    }
    return e.value;
  };
  const put = (key: unknown, value: unknown, seconds?: number) => {
    const k = String(key);
    const v = String(value);
    if (k.length > 250) throw new Error("Argument too large: key");
    if (Buffer.byteLength(v, "utf8") > 100 * 1024) throw new Error("Argument too large: value");
    const s = Math.min(Math.max(seconds ?? 600, 1), 21600);
    store.set(k, { value: v, expires: clock.now() + s * 1000 });
  };
  return guard(
    {
      get: (key: string) => (rec("get"), get(key)),
      getAll: (keys: string[]) => {
        rec("getAll");
        const out: Record<string, string> = {};
        for (const k of keys) {
          const v = get(k);
          if (v !== null) out[k] = v;
        }
        return out;
      },
      put: (key: string, value: unknown, seconds?: number) => (rec("put"), put(key, value, seconds)),
      putAll: (values: Record<string, unknown>, seconds?: number) => {
        rec("putAll");
        for (const [k, v] of Object.entries(values)) put(k, v, seconds);
      },
      remove: (key: string) => (rec("remove"), void store.delete(String(key))),
      removeAll: (keys: string[]) => (rec("removeAll"), keys.forEach((k) => store.delete(String(k)))),
    },
    "Cache",
  );
}

export function createCacheService(ledger: CallLedger, clock: ClockLike, stores = createCacheStores()): object {
  const rec = (m: string) => ledger.record("CacheService", m);
  return guard(
    {
      getScriptCache: () => (rec("getScriptCache"), cacheView(ledger, clock, stores.script)),
      getDocumentCache: () => (rec("getDocumentCache"), cacheView(ledger, clock, stores.document)),
      getUserCache: () => (rec("getUserCache"), cacheView(ledger, clock, stores.user)),
    },
    "CacheService",
  );
}
