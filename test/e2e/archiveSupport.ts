// A province with archiving to BigQuery switched on and three months of reports (one every third day,
// the hourly run every ninth), its clock on 3 December: shared by the archive tests.
import type { Driver } from "../../runtime/driver";
import { agencyWorkbook, report, setSetting, wita } from "./agency";

const DAY_MS = 86_400_000;
const COOPS = ["K-01", "K-02", "K-03", "K-04", "K-05"];
export const AT = wita("2026-12-03T10:00:00");

export function archiveProvince(): Driver {
  const d = agencyWorkbook({ now: wita("2026-09-01T07:00:00") });
  d.runtime.bigquery.datasets.add("kdkmp-ntb:kdkmp");
  setSetting(d, "ARSIP_BIGQUERY", "Ya");
  setSetting(d, "ARSIP_PROYEK", "kdkmp-ntb");
  setSetting(d, "ARSIP_DATASET", "kdkmp");
  const start = wita("2026-09-01T00:00:00").getTime();
  for (let day = 0, i = 0; day < 91; day += 3, i++) {
    const visit = new Date(start + day * DAY_MS + 8 * 3_600_000).toISOString().slice(0, 10);
    d.submitForm(report(COOPS[i % COOPS.length]!, visit, Math.min(100, 5 + i)), new Date(start + day * DAY_MS + 9 * 3_600_000));
    if (day % 9 === 0) d.fireTimeTriggers(new Date(start + day * DAY_MS + 14 * 3_600_000));
  }
  d.runtime.clock.set(AT.getTime());
  return d;
}
