// HtmlService / HtmlOutput / HtmlTemplate fakes. Files come from the built dist/ folder; templates
// support <?= ?> (escaped), <?!= ?> (raw) and <? ?> (code) scriptlets.
// https://developers.google.com/apps-script/guides/html/templates
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { guard, type CallLedger } from "../calls";

export const SandboxMode = { EMULATED: "EMULATED", IFRAME: "IFRAME", NATIVE: "NATIVE" } as const;
export const XFrameOptionsMode = { ALLOWALL: "ALLOWALL", DEFAULT: "DEFAULT" } as const;

/** Turns template source into a function; the driver swaps in one that compiles inside the vm. */
export type TemplateCompiler = (source: string) => (vars: object, esc: (v: unknown) => string) => string;

export interface HtmlOptions {
  ledger: CallLedger;
  /** Folder holding the built HTML files (dist/). */
  dir: () => string;
  compiler?: TemplateCompiler;
}

const escapeHtml = (v: unknown) =>
  String(v).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** JS source of a template function `(vars, esc) => html`. */
export function templateSource(text: string): string {
  const parts: string[] = [];
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) parts.push(`__out.push(${JSON.stringify(text.slice(last, m.index))});`);
    const code = m[2]!.trim();
    if (m[1] === "=") parts.push(`__out.push(__esc(${code}));`);
    else if (m[1] === "!=") parts.push(`__out.push(String(${code}));`);
    else parts.push(code.endsWith(";") || code.endsWith("{") || code.endsWith("}") ? code : `${code};`);
    last = re.lastIndex;
  }
  if (last < text.length) parts.push(`__out.push(${JSON.stringify(text.slice(last))});`);
  return `(function (__vars, __esc) { var __out = []; with (__vars) {\n${parts.join("\n")}\n} return __out.join(""); })`;
}

// eslint-disable-next-line @typescript-eslint/no-implied-eval
const defaultCompiler: TemplateCompiler = (src) => new Function(`return ${src};`)() as ReturnType<TemplateCompiler>;

export function createHtmlService(opts: HtmlOptions): { service: object; setCompiler(c: TemplateCompiler): void } {
  const { ledger } = opts;
  let compiler = opts.compiler ?? defaultCompiler;
  const readFile = (name: string): string => {
    const file = join(opts.dir(), name.endsWith(".html") ? name : `${name}.html`);
    if (!existsSync(file)) throw new Error(`No HTML file named ${name} was found.`);
    return readFileSync(file, "utf8");
  };
  const output = (initial: string): object => {
    const rec = (m: string) => ledger.record("HtmlOutput", m);
    const s = { content: initial, title: "", width: 600, height: 400 };
    let view: object = {};
    const chain = (m: string, f: () => void) => (rec(m), f(), view);
    view = guard(
      {
        getContent: () => (rec("getContent"), s.content),
        setContent: (c: string) => chain("setContent", () => void (s.content = String(c))),
        append: (c: string) => chain("append", () => void (s.content += String(c))),
        appendUntrusted: (c: string) => chain("appendUntrusted", () => void (s.content += escapeHtml(c))),
        clear: () => chain("clear", () => void (s.content = "")),
        getTitle: () => (rec("getTitle"), s.title),
        setTitle: (t: string) => chain("setTitle", () => void (s.title = String(t))),
        getWidth: () => (rec("getWidth"), s.width),
        setWidth: (w: number) => chain("setWidth", () => void (s.width = w)),
        getHeight: () => (rec("getHeight"), s.height),
        setHeight: (h: number) => chain("setHeight", () => void (s.height = h)),
        setSandboxMode: (_m: string) => chain("setSandboxMode", () => undefined),
        setXFrameOptionsMode: (_m: string) => chain("setXFrameOptionsMode", () => undefined),
        addMetaTag: (_n: string, _c: string) => chain("addMetaTag", () => undefined),
        setFaviconUrl: (_u: string) => chain("setFaviconUrl", () => undefined),
        __state: () => ({ ...s }),
      },
      "HtmlOutput",
    );
    return view;
  };
  const METHODS = new Set(["evaluate", "getCode", "getCodeWithComments", "getRawContent"]);
  const template = (text: string): object => {
    const rec = (m: string) => ledger.record("HtmlTemplate", m);
    const target: Record<string, unknown> = {};
    const view = guard(target, "HtmlTemplate");
    Object.assign(target, {
      evaluate: () => {
        rec("evaluate");
        const vars = Object.fromEntries(Object.entries(target).filter(([k]) => !METHODS.has(k)));
        return output(compiler(templateSource(text))(vars, escapeHtml));
      },
      getCode: () => (rec("getCode"), templateSource(text)),
      getCodeWithComments: () => (rec("getCodeWithComments"), templateSource(text)),
      getRawContent: () => (rec("getRawContent"), text),
    });
    return view;
  };
  const rec = (m: string) => ledger.record("HtmlService", m);
  const service = guard(
    {
      SandboxMode, XFrameOptionsMode,
      createHtmlOutput: (html?: string) => (rec("createHtmlOutput"), output(html === undefined ? "" : String(html))),
      createHtmlOutputFromFile: (name: string) => (rec("createHtmlOutputFromFile"), output(readFile(String(name)))),
      createTemplate: (html: string) => (rec("createTemplate"), template(String(html))),
      createTemplateFromFile: (name: string) => (rec("createTemplateFromFile"), template(readFile(String(name)))),
    },
    "HtmlService",
  );
  return { service, setCompiler: (c) => void (compiler = c) };
}
