// A full validation in row ranges leaves a `Validasi` row shown as `Dikoreksi` as it is until the report
// correcting it is folded; rows whose correction never comes (the correcting report edited by hand) are
// written at the job's end in one write however many they are.
import type { Driver } from "../../runtime/driver";
import { agencyWorkbook, records, report, responseSheetName, sheetFake, values, wita } from "./agency";

/** `n` cooperatives each report on the 16th and then correct it; the corrections are then typed over to another visit day. */
function uncorrected(n: number): Driver {
  const d = agencyWorkbook();
  const ids = ["K-01", "K-02", "K-04", "K-05"].slice(0, n);
  ids.forEach((id, i) => d.submitForm(report(id, "2026-11-16", 10), wita(`2026-11-16T0${i + 1}:00:00`)));
  ids.forEach((id, i) => d.submitForm(report(id, "2026-11-16", 12), wita(`2026-11-16T1${i + 1}:00:00`)));
  expect(records(d, "Validasi").filter((r) => r.Status === "Dikoreksi")).toHaveLength(n);
  const name = responseSheetName(d);
  const visit = values(d, name)[0]!.indexOf("Tanggal Kunjungan") + 1;
  const sheet = sheetFake(d, name) as unknown as { __write(r: number, c: number, v: unknown[][]): void };
  for (let i = 0; i < n; i++) sheet.__write(2 + n + i, visit, [[wita("2026-11-15T00:00:00")]]);
  d.runtime.clock.set(wita("2026-11-17T08:00:00").getTime());
  d.newExecution();
  d.ledger.reset();
  d.clickMenu("Validasi laporan baru");
  expect(records(d, "Validasi").filter((r) => r.Status === "Dikoreksi")).toHaveLength(0);
  return d;
}

describe("rows shown as Dikoreksi whose correction is gone", () => {
  it("are written at the job's end with the same number of calls for one row as for four", () => {
    const one = uncorrected(1);
    const four = uncorrected(4);
    expect(four.ledger.count("Range.setValues")).toBe(one.ledger.count("Range.setValues"));
    expect(four.ledger.total()).toBe(one.ledger.total());
  });
});
