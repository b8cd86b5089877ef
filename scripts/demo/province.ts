// Which sample province a workbook's cooperatives are in, from the kabupaten/kota of its `Koperasi`
// sheet: the title of an --input run names the province played when NAMA_PROVINSI was never typed.
import type { SpreadsheetFake } from "../../runtime/spreadsheet";
import { PROVINCES, type ProvinceDef } from "../sample/regions";
import { sheetNames, sheetValues } from "./sheets";

const REGENCY_HEADERS = ["kabupaten/kota", "kab/kota", "kabupaten", "nama kabupaten", "kota/kabupaten"];

function bare(name: unknown): string {
  return String(name ?? "").trim().toLowerCase().replace(/\s*\/\s*/g, "/").replace(/^(kabupaten|kab\.?)\s+/, "");
}

/** The province most of the cooperatives' kabupaten/kota belong to, or null when none is known. */
export function guessProvince(ss: SpreadsheetFake): ProvinceDef | null {
  const rows = sheetValues(ss, sheetNames(ss).koperasi) ?? [];
  const col = (rows[0] ?? []).findIndex((h) => REGENCY_HEADERS.includes(bare(h)));
  if (col < 0) return null;
  let best: ProvinceDef | null = null;
  let bestCount = 0;
  for (const def of Object.values(PROVINCES)) {
    const known = new Set(def.regencies.map((r) => bare(r.name)));
    const count = rows.slice(1).filter((r) => known.has(bare(r[col]))).length;
    if (count > bestCount) [best, bestCount] = [def, count];
  }
  return best;
}
