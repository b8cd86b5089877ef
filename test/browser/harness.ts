// Headless Chromium (Debian's /usr/bin/chromium via playwright-core) showing an Apps Script HTML page,
// with a google.script.run shim that calls the real bundle running in the local runtime (runtime/driver.ts).
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import type { Driver } from "../../runtime/driver";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

/** The page is served from this made-up origin by request interception: nothing leaves the machine. */
export const PAGE_URL = "http://sidebar.pantau.invalid/Sidebar.html";

const ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
];

/**
 * google.script.run as the page sees it: each with*Handler returns a new runner; calling a script
 * function returns at once and a handler runs later with the result. Arguments and results cross as
 * JSON, as they do in Apps Script.
 */
const SHIM = `(() => {
  function runner(ok, fail, user) {
    const own = {
      withSuccessHandler: (f) => runner(f, fail, user),
      withFailureHandler: (f) => runner(ok, f, user),
      withUserObject: (u) => runner(ok, fail, u),
    };
    return new Proxy(own, {
      get(target, name) {
        if (typeof name !== "string") return undefined;
        if (name in target) return target[name];
        return (...args) => {
          window.__scriptRun(name, JSON.stringify(args)).then((text) => {
            const res = JSON.parse(text);
            if (res.ok) { if (ok) ok(res.value, user); }
            else if (fail) fail(new Error(res.message), user);
          });
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null, undefined), host: { close() {}, setHeight() {}, setWidth() {} } } };
})();`;

/** Throws unless `value` is plain JSON (google.script.run silently drops Dates and other objects). */
export function assertPlainJson(value: unknown, path = "result"): void {
  if (value === null || typeof value === "string" || typeof value === "boolean") return;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}, not a JSON number`);
    return;
  }
  if (Array.isArray(value)) return value.forEach((v, i) => assertPlainJson(v, `${path}[${i}]`));
  if (typeof value === "object" && Object.prototype.toString.call(value) === "[object Object]") {
    for (const [k, v] of Object.entries(value as object)) assertPlainJson(v, `${path}.${k}`);
    return;
  }
  throw new Error(`${path} is not plain JSON (${Object.prototype.toString.call(value)})`);
}

export interface ScriptCall {
  name: string;
  args: unknown[];
}

export class SidebarBrowser {
  private context: BrowserContext | null = null;
  private profile = "";
  /** The workbook the shim calls into (tests may swap it). */
  driver: Driver | null = null;
  /** The HTML served at PAGE_URL. */
  html = "";
  readonly calls: ScriptCall[] = [];
  /** Requests for anything but the page (there must be none: the page is self-contained). */
  readonly strayRequests: string[] = [];
  readonly dialogs: string[] = [];
  readonly pageErrors: string[] = [];

  async start(): Promise<void> {
    this.profile = mkdtempSync(join(tmpdir(), "pantau-chromium-"));
    this.context = await chromium.launchPersistentContext(this.profile, {
      executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 300, height: 800 },
      deviceScaleFactor: 1, locale: "id-ID", timezoneId: "Asia/Makassar",
    });
    await this.context.route("**/*", (route) => {
      const url = route.request().url();
      if (url === PAGE_URL) return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: this.html });
      this.strayRequests.push(url);
      return route.abort();
    });
    await this.context.exposeFunction("__scriptRun", (name: string, argsJson: string) => this.run(name, argsJson));
    await this.context.addInitScript({ content: SHIM });
  }

  /** One google.script.run call: a fresh execution of the bundle, as Apps Script does per call. */
  private run(name: string, argsJson: string): string {
    const args = JSON.parse(argsJson) as unknown[];
    this.calls.push({ name, args });
    try {
      if (!this.driver) throw new Error("no workbook");
      const value = this.driver.newExecution().call(name, ...args);
      assertPlainJson(value);
      return JSON.stringify({ ok: true, value: value === undefined ? null : value });
    } catch (err) {
      return JSON.stringify({ ok: false, message: err instanceof Error ? err.message : String(err) });
    }
  }

  async open(html: string): Promise<Page> {
    if (!this.context) throw new Error("start() first");
    this.html = html;
    const page = await this.context.newPage();
    page.on("dialog", (d) => {
      this.dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    page.on("pageerror", (e) => this.pageErrors.push(e.message));
    await page.goto(PAGE_URL);
    return page;
  }

  async stop(): Promise<void> {
    await this.context?.close();
    this.context = null;
    if (this.profile) rmSync(this.profile, { recursive: true, force: true });
  }
}
