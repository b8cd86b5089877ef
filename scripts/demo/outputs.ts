// Reads the finished workbook back and writes the two outputs: the .xlsx (every sheet as the add-on left
// it) and ringkasan.html.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "../../runtime/driver";
import { saveWorkbookXlsx } from "../../runtime/xlsx";
import type { Zone } from "../../src/core/model";
import { ensureOutDir, writing } from "./files";
import { ringkasanHtml } from "./html";
import {
  readRingkasan, settingText, sheetNames, statusCounts, tindakLanjutCounts, zoneColours,
  type RingkasanRead, type SheetNames, type TindakLanjutCounts,
} from "./sheets";

export interface Readback {
  names: SheetNames;
  province: string;
  ringkasan: RingkasanRead | null;
  validasi: Record<string, number>;
  colours: Record<Zone, string>;
  tindakLanjut: TindakLanjutCounts | null;
}

export function readBack(driver: Driver): Readback {
  const ss = driver.spreadsheet;
  const names = sheetNames(ss);
  return {
    names,
    province: settingText(ss, "NAMA_PROVINSI"),
    ringkasan: readRingkasan(ss, names.ringkasan),
    validasi: ss.__sheet(names.validasi) ? statusCounts(ss, names.validasi) : {},
    colours: zoneColours(ss, names),
    tindakLanjut: tindakLanjutCounts(ss, names.tindakLanjut),
  };
}

export interface Written { xlsxPath: string; htmlPath: string }

export async function writeOutputs(
  driver: Driver, outDir: string, xlsxName: string, rb: Readback, subtitle: string, notes: string[],
): Promise<Written> {
  ensureOutDir(outDir);
  const xlsxPath = join(outDir, xlsxName);
  const htmlPath = join(outDir, "ringkasan.html");
  await writing(xlsxPath, () => saveWorkbookXlsx(driver.spreadsheet, xlsxPath));
  const title = `Ringkasan Pantau KDKMP${rb.province ? ` — ${rb.province}` : ""}`;
  await writing(htmlPath, () => writeFileSync(htmlPath, ringkasanHtml({
    title, subtitle, notes, ringkasan: rb.ringkasan, colours: rb.colours, tindakLanjut: rb.tindakLanjut, validasi: rb.validasi,
  })));
  return { xlsxPath, htmlPath };
}
