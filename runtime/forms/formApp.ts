// FormApp fake: create/open forms, enums, validation builders, over one FormStore.
import { guard, type CallLedger } from "../calls";
import type { SpreadsheetPort } from "../services/ports";
import { DestinationType, ItemType, PageNavigationType } from "./enums";
import { formView } from "./form";
import { createFormStore, NOT_FOUND, type FormData, type FormStore, type FormsContext, type FormUrlShape } from "./state";
import { createTextValidationBuilder } from "./validation";

export interface FormAppOptions {
  ledger: CallLedger;
  store?: FormStore;
  /** Account language: "en" → "Form Responses 1"/"Timestamp", "id" → "Respons Formulir 1"/"Stempel waktu". */
  language?: "en" | "id";
  /** Which id Sheet.getFormUrl() carries (default "id"). */
  formUrlShape?: FormUrlShape;
  /** Resolves a spreadsheet id (for setDestination); return null when unknown. */
  spreadsheetById: (id: string) => SpreadsheetPort | null;
}

export interface FormAppFake {
  app: object;
  store: FormStore;
  ctx: FormsContext;
  /** Uncounted: the Form view of a form by id (for drivers and tests). */
  formById(id: string): object | null;
}

const ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

/** Deterministic 44-character Drive-like id. */
function fakeId(prefix: string, seq: number): string {
  let s = `${prefix}${seq}x`;
  let k = seq * 2654435761;
  while (s.length < 44) {
    k = (k * 1103515245 + 12345) >>> 0;
    s += ID_CHARS[k % ID_CHARS.length];
  }
  return s;
}

export function createFormApp(opts: FormAppOptions): FormAppFake {
  const store = opts.store ?? createFormStore();
  const ctx: FormsContext = {
    ledger: opts.ledger,
    store,
    language: opts.language ?? "en",
    formUrlShape: opts.formUrlShape ?? "id",
    openSpreadsheet: (id) => {
      const ss = opts.spreadsheetById(id);
      if (!ss) throw new Error(NOT_FOUND);
      return ss;
    },
    itemOf: new WeakMap(),
    choiceOf: new WeakMap(),
    validationOf: new WeakMap(),
  };
  const rec = (m: string) => opts.ledger.record("FormApp", m);
  const open = (id: string): object => {
    const form = store.forms.get(id);
    if (!form) throw new Error(NOT_FOUND);
    return formView(ctx, form);
  };
  const app = guard(
    {
      ItemType, DestinationType, PageNavigationType,
      create: (title: string) => {
        rec("create");
        store.seq += 1;
        const form: FormData = {
          id: fakeId("1Form", store.seq), publishedId: fakeId("1FAIpQL", store.seq), title: String(title),
          description: "", items: [], destination: null, collectEmail: false, confirmationMessage: "",
          allowResponseEdits: false, limitOneResponsePerUser: false, progressBar: false,
          acceptingResponses: true, responses: [],
        };
        store.forms.set(form.id, form);
        return formView(ctx, form);
      },
      openById: (id: string) => (rec("openById"), open(String(id))),
      openByUrl: (url: string) => {
        rec("openByUrl");
        // Accepts the edit and /viewform addresses by form id; the /d/e/ published address is not an id.
        const m = /\/forms\/d\/(?!e\/)([A-Za-z0-9_-]+)/.exec(String(url));
        if (!m) throw new Error(NOT_FOUND);
        return open(m[1]!);
      },
      getActiveForm: () => (rec("getActiveForm"), null),
      createTextValidation: () => (rec("createTextValidation"), createTextValidationBuilder(ctx)),
    },
    "FormApp",
  );
  return {
    app, store, ctx,
    formById: (id) => (store.forms.has(id) ? formView(ctx, store.forms.get(id)!) : null),
  };
}
