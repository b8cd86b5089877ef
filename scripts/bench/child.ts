// One benchmark size in its own process (so peak memory is that size's): `node scripts/run-ts.mjs scripts/bench/child.ts <size>`.
import { runtimeCases } from "./runtimeCases";
import { coreCases } from "./coreCases";
import { archiveYear } from "./archiveYear";
import { firstArchive } from "./firstArchive";

const size = process.argv[2] ?? "small";
if (size === "small") runtimeCases("small (300 kop., 30 days)", { province: "NTB", koperasiCount: 300, pendampingCount: 20, days: 30, seed: 3 }, 3);
else if (size === "ntb") runtimeCases("NTB (1,166 kop., 78 pend., 365 days)", { province: "NTB", days: 365, seed: 1 }, 3);
// A daily-reporting year (every site reports every day): the sites in the portal, then every cooperative.
else if (size === "daily-454") runtimeCases("NTB daily year, 454 sites", { province: "NTB", seed: 1 }, 1, { sites: 454, days: 365, endDay: "2026-11-20" });
else if (size === "daily-1166") runtimeCases("NTB daily year, 1,166 sites", { province: "NTB", seed: 1 }, 1, { sites: 1_166, days: 365, endDay: "2026-11-20" });
// The same year with the monthly archive (ARSIP_BULANAN): the workbook's cells at their peak.
else if (size === "daily-1166-arsip") archiveYear("NTB daily year, 1,166 sites, monthly archive", 1_166, 2026);
// The first archive of a workbook that holds a whole daily year and never archived.
else if (size === "daily-1166-arsip-pertama") firstArchive("NTB daily year, 1,166 sites, first archive", 1_166, "2026-11-20");
// About the most a workbook of all 1,166 holds under Google's 10 M cells without archiving: 200 days.
else if (size === "daily-1166-arsip-pertama-200") firstArchive("NTB daily 200 days, 1,166 sites, first archive", 1_166, "2026-11-20", 200);
else if (size === "daily-454-arsip-pertama") firstArchive("NTB daily year, 454 sites, first archive", 454, "2026-11-20");
else if (size === "daily-60-arsip-pertama") firstArchive("daily year, 60 sites, first archive", 60, "2026-11-20");
else if (size === "daily-60-arsip") archiveYear("daily year, 60 sites, monthly archive", 60, 2026);
else if (size === "national-half") coreCases("national core, half", { koperasi: 40_000, pendamping: 3_000, reports: 500_000 }, 3);
// The whole registry with half the history: how the cost grows with the reports alone.
else if (size === "national-half-reports") coreCases("national core, half the reports", { koperasi: 80_000, pendamping: 6_000, reports: 500_000 }, 3);
else if (size === "national") coreCases("national core", { koperasi: 80_000, pendamping: 6_000, reports: 1_000_000 }, 3);
else throw new Error(`unknown size ${size}`);
