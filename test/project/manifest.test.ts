// The manifest keeps V8, the agency's time zone and a minimal, explicit list of OAuth scopes.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const manifest = JSON.parse(readFileSync(join(__dirname, "../../appsscript.json"), "utf8")) as {
  runtimeVersion: string; timeZone: string; exceptionLogging: string; oauthScopes: string[];
};

const ALLOWED = new Set([
  "https://www.googleapis.com/auth/spreadsheets.currentonly",
  "https://www.googleapis.com/auth/forms",
  "https://www.googleapis.com/auth/script.scriptapp",
  "https://www.googleapis.com/auth/script.container.ui",
  "https://www.googleapis.com/auth/userinfo.email",
  // MailApp's own scope for the feedback emails (KIRIM_UMPAN_BALIK): send only, no access to the mailbox.
  "https://www.googleapis.com/auth/script.send_mail",
  // The BigQuery advanced service of `Arsipkan laporan lama` (issue 17): the scope Google lists for it.
  "https://www.googleapis.com/auth/bigquery",
]);

describe("appsscript.json", () => {
  it("runs on V8 in Asia/Makassar with exception logging", () => {
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.timeZone).toBe("Asia/Makassar");
    expect(manifest.exceptionLogging).toBe("STACKDRIVER");
  });

  it("asks only for the scopes it needs: no Drive-wide or all-spreadsheets scope", () => {
    for (const scope of manifest.oauthScopes) expect(ALLOWED.has(scope)).toBe(true);
    expect(manifest.oauthScopes).not.toContain("https://www.googleapis.com/auth/drive");
    expect(manifest.oauthScopes).not.toContain("https://www.googleapis.com/auth/spreadsheets");
  });

  it("enables the BigQuery advanced service (v2) for the archive, with its scope", () => {
    // https://developers.google.com/apps-script/manifest/dependencies: EnabledAdvancedService {serviceId, userSymbol, version}.
    const deps = (manifest as unknown as { dependencies: { enabledAdvancedServices: unknown[] } }).dependencies;
    expect(deps.enabledAdvancedServices).toEqual([{ userSymbol: "BigQuery", serviceId: "bigquery", version: "v2" }]);
    expect(manifest.oauthScopes).toContain("https://www.googleapis.com/auth/bigquery");
  });

  it("may send email (MailApp) but never read the mailbox", () => {
    expect(manifest.oauthScopes).toContain("https://www.googleapis.com/auth/script.send_mail");
    expect(manifest.oauthScopes.filter((s) => /gmail|mail\.google/.test(s))).toEqual([]);
  });
});

describe(".clasp.json", () => {
  it("pushes dist/ and holds only a placeholder script id in the repository", () => {
    const clasp = JSON.parse(readFileSync(join(__dirname, "../../.clasp.json"), "utf8")) as { rootDir: string; scriptId: string };
    expect(clasp.rootDir).toBe("dist");
    expect(clasp.scriptId).toBe("GANTI_DENGAN_SCRIPT_ID");
  });
});

describe("appsscript.national.json (the national roll-up, dist-national/)", () => {
  const national = JSON.parse(readFileSync(join(__dirname, "../../appsscript.national.json"), "utf8")) as typeof manifest;

  it("asks for the spreadsheets scope (it opens each province's workbook by id) instead of currentonly", () => {
    expect(national.runtimeVersion).toBe("V8");
    expect(national.oauthScopes).toContain("https://www.googleapis.com/auth/spreadsheets");
    expect(national.oauthScopes).not.toContain("https://www.googleapis.com/auth/spreadsheets.currentonly");
    expect(national.oauthScopes).not.toContain("https://www.googleapis.com/auth/drive");
    expect(national.oauthScopes).not.toContain("https://www.googleapis.com/auth/forms");
  });

  it("is the manifest the build copies next to dist-national/Code.js", () => {
    const built = JSON.parse(readFileSync(join(__dirname, "../../dist-national/appsscript.json"), "utf8")) as typeof manifest;
    expect(built).toEqual(national);
  });
});

describe("appsscript.addon.json (the Editor add-on, dist-addon/)", () => {
  const addon = JSON.parse(readFileSync(join(__dirname, "../../appsscript.addon.json"), "utf8")) as typeof manifest & Record<string, unknown>;

  it("asks for exactly the bound script's scopes: the current spreadsheet only, never all spreadsheets or Drive", () => {
    expect(addon.runtimeVersion).toBe("V8");
    expect([...addon.oauthScopes].sort()).toEqual([...manifest.oauthScopes].sort());
    for (const scope of addon.oauthScopes) expect(ALLOWED.has(scope)).toBe(true);
  });

  it("has no addOns section: that section configures Google Workspace add-ons, not Editor add-ons", () => {
    // https://developers.google.com/workspace/add-ons/concepts/editor-manifests: "The Google Apps Script
    // manifest structure doesn't include any properties that are specific to Editor add-ons."
    expect(addon.addOns).toBeUndefined();
  });

  it("is the manifest the build copies next to dist-addon/Code.js, beside the HTML it shows", () => {
    const built = JSON.parse(readFileSync(join(__dirname, "../../dist-addon/appsscript.json"), "utf8")) as typeof manifest;
    expect(built).toEqual(addon);
    expect(readFileSync(join(__dirname, "../../dist-addon/Sidebar.html"), "utf8").length).toBeGreaterThan(0);
  });
});
