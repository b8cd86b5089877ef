// Values of the archive keys (ARSIP_PROYEK, ARSIP_DATASET): Google Cloud's own naming rules.
import type { CellValue } from "../model";
import { cellText } from "../sheets/cells";

/** A Cloud project id: 6-30 lower-case letters, digits or hyphens, starting with a letter, not ending in a hyphen. */
export function parseProjectId(cell: CellValue): string | undefined {
  const t = cellText(cell, "UTC").trim();
  return /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(t) ? t : undefined;
}

/** A BigQuery dataset id: letters, digits and underscores, at most 1,024 characters. */
export function parseDatasetId(cell: CellValue): string | undefined {
  const t = cellText(cell, "UTC").trim();
  return /^\w{1,1024}$/.test(t) ? t : undefined;
}
