// Issue 12 (done means): two provinces' workbooks with the same add-on (dist-addon/Code.js) for a day:
// form submits, hourly runs, a rebuild still running in one while the other gets a report, and one
// admin removing the triggers in one workbook. Each workbook ends exactly as if it had been alone.
import type { Driver } from "../../runtime/driver";
import type { CellValue } from "../../src/core/model";
import { report, wita } from "./agency";
import { ADDON_CODE, ADMIN_NTB, ADMIN_NTT, NTB_ID, NTT_ID, alone, twoProvinces } from "./provinces";

type Wb = "ntb" | "ntt";
type Step =
  | { at: string; wb: Wb; submit: Record<string, string> }
  | { at: string; hourly: true }
  | { at: string; wb: Wb; menu: string }
  | { at: string; wb: Wb; rebuildWhile: { at: string; wb: Wb; submit: Record<string, string> } };

const DAY: Step[] = [
  { at: "2026-11-16T07:10:00", wb: "ntb", submit: report("K-01", "2026-11-16", 10) },
  { at: "2026-11-16T07:20:00", wb: "ntt", submit: report("K-04", "2026-11-16", 5, { land: "Proses (usulan/verifikasi)" }) },
  { at: "2026-11-16T08:00:00", hourly: true },
  { at: "2026-11-16T08:30:00", wb: "ntt", submit: report("K-01", "2026-11-16", 12) },
  { at: "2026-11-16T08:40:00", wb: "ntb", submit: report("K-02", "2026-11-15", 5, { stage: "Atap" }) },
  { at: "2026-11-16T09:00:00", hourly: true },
  // NTB's admin rebuilds by hand; an NTT report arrives while that rebuild still runs.
  { at: "2026-11-16T09:30:00", wb: "ntb", rebuildWhile: { at: "2026-11-16T09:31:00", wb: "ntt", submit: report("K-05", "2026-11-16", 0, { land: "Belum ada lahan" }) } },
  { at: "2026-11-16T10:00:00", hourly: true },
  // NTT's admin removes the triggers of NTT; NTB keeps working.
  { at: "2026-11-16T10:15:00", wb: "ntt", menu: "Hapus pemicu otomatis" },
  { at: "2026-11-16T10:30:00", wb: "ntt", submit: report("K-04", "2026-11-16", 45) },
  { at: "2026-11-16T10:40:00", wb: "ntb", submit: report("K-01", "2026-11-16", 15) },
  { at: "2026-11-16T11:00:00", hourly: true },
  { at: "2026-11-16T12:00:00", wb: "ntt", menu: "Validasi laporan baru" },
  { at: "2026-11-16T13:00:00", wb: "ntb", submit: report("K-04", "2026-11-16", 20) },
  { at: "2026-11-16T14:00:00", hourly: true },
  { at: "2026-11-17T06:00:00", hourly: true },
];

function play(drivers: Record<Wb, Driver>): void {
  const submit = (wb: Wb, at: string, answers: Record<string, string>) =>
    drivers[wb].newExecution().submitForm(answers, wita(at));
  for (const step of DAY) {
    if ("hourly" in step) {
      for (const wb of ["ntb", "ntt"] as const) drivers[wb].newExecution().fireTimeTriggers(wita(step.at));
    } else if ("submit" in step) {
      submit(step.wb, step.at, step.submit);
    } else if ("menu" in step) {
      drivers[step.wb].runtime.clock.set(wita(step.at).getTime());
      drivers[step.wb].newExecution().clickMenu(step.menu);
    } else {
      const d = drivers[step.wb];
      const then = step.rebuildWhile;
      d.stillRunning(
        () => {
          d.runtime.clock.set(wita(step.at).getTime());
          d.newExecution().clickMenu("Perbarui status & ringkasan");
        },
        () => submit(then.wb, then.at, then.submit),
      );
    }
  }
}

interface SheetState { values: CellValue[][]; backgrounds: string[][] }

/** Every sheet of a workbook: values and colours, as a person sees them. */
function workbook(d: Driver): Record<string, SheetState> {
  type Fake = { __name: string; __values(): CellValue[][]; __backgrounds(): string[][] };
  const sheets = (d.spreadsheet as unknown as { __sheets: Fake[] }).__sheets;
  return Object.fromEntries(sheets.map((s) => [s.__name, { values: s.__values(), backgrounds: s.__backgrounds() }]));
}

/** The workbook's own bookkeeping, without the trigger ids (the project numbers triggers across workbooks). */
function bookkeeping(d: Driver): Record<string, string> {
  const out = Object.fromEntries(d.runtime.properties.document);
  delete out["kdkmp.triggers"];
  return out;
}

const CASES: Array<[string, [string, string]]> = [
  ["each province its own admin", [ADMIN_NTB, ADMIN_NTT]],
  ["one officer administering both", [ADMIN_NTB, ADMIN_NTB]],
];

describe("two provinces, one add-on, one day", () => {
  it.each(CASES)("each workbook ends exactly as if it had been alone (%s)", (_name, admins) => {
    const opts = { codePath: ADDON_CODE, addOnTriggerLimit: true };
    const pair = twoProvinces(opts, admins);
    play({ ntb: pair.ntb, ntt: pair.ntt });
    const ntbAlone = alone(NTB_ID, admins[0], opts);
    const nttAlone = alone(NTT_ID, admins[1], opts);
    play({ ntb: ntbAlone, ntt: nttAlone });

    expect(workbook(pair.ntb)).toEqual(workbook(ntbAlone));
    expect(workbook(pair.ntt)).toEqual(workbook(nttAlone));
    expect(bookkeeping(pair.ntb)).toEqual(bookkeeping(ntbAlone));
    expect(bookkeeping(pair.ntt)).toEqual(bookkeeping(nttAlone));
    // The day really happened: NTB's triggers ran all day, NTT's were removed at 10:15.
    const left = pair.project.scripts.triggers.map((t) => `${t.user}:${t.eventType}`).sort();
    expect(left).toEqual([`${admins[0]}:CLOCK`, `${admins[0]}:ON_FORM_SUBMIT`]);
    const validasi = (d: Driver) => workbook(d)["Validasi"]!.values.slice(1).filter((r) => r[0] !== "").length;
    expect(validasi(pair.ntb)).toBe(4);
    expect(validasi(pair.ntt)).toBe(4);
  });
});
