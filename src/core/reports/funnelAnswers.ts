// Reading the answers of SPEC section 8 (`Jenis Kendala`, `Sumber Data`, `Gerai Beroperasi`) in every shape a sheet holds them.
import type { CellValue, DataSource } from "../model";
import { parseYesNo } from "../sheets/cells";
import { matchChoice, normalizeWords } from "../sheets/choices";
import { NO_OBSTACLE, SOURCE_ALIASES, SOURCE_LABELS } from "../text/sheets";

export interface ObstacleAnswer {
  /** Categories as JENIS_KENDALA spells them (`Tidak ada` included), then unknown pieces as typed. */
  kinds: string[];
  unknown: string[];
}

const NONE: ObstacleAnswer = Object.freeze({ kinds: [], unknown: [] }) as ObstacleAnswer;
const MAX_TEXT = 2_000;

/** Categories by their normalised words, per JENIS_KENDALA list (one map per settings object). */
const CATALOGUES = new WeakMap<readonly string[], Map<string, string>>();

function catalogueOf(kinds: readonly string[]): Map<string, string> {
  let m = CATALOGUES.get(kinds);
  if (!m) {
    m = new Map([[normalizeWords(NO_OBSTACLE), NO_OBSTACLE]]);
    for (const k of kinds) m.set(normalizeWords(k), k);
    CATALOGUES.set(kinds, m);
  }
  return m;
}

/**
 * A checkbox answer: Forms writes the ticked choices joined by ", " into the sheet; people type them
 * with commas, semicolons or new lines. Consecutive pieces are joined again when together they name a
 * category (a category may itself hold a comma). Repeats are dropped; `Tidak ada` next to a real
 * obstacle is dropped (the obstacle is what matters). Pieces naming no category are kept as typed.
 */
export function readObstacles(cell: CellValue, kinds: readonly string[]): ObstacleAnswer {
  if (typeof cell === "boolean" || cell instanceof Date) return NONE;
  const text = typeof cell === "number" ? String(cell) : cell;
  if (text.trim() === "" || text.length > MAX_TEXT) return text.trim() === "" ? NONE : { kinds: [text.slice(0, 60)], unknown: [text.slice(0, 60)] };
  const catalogue = catalogueOf(kinds);
  const pieces = text.split(/[,;\n]/).map((p) => p.replace(/\s+/g, " ").trim());
  const found: string[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < pieces.length; ) {
    let taken = 0;
    for (let j = pieces.length; j > i; j--) {
      const name = catalogue.get(normalizeWords(pieces.slice(i, j).join(",")));
      if (name !== undefined) {
        if (!found.includes(name)) found.push(name);
        taken = j - i;
        break;
      }
    }
    if (taken === 0) {
      const piece = pieces[i]!;
      if (piece !== "" && !unknown.includes(piece)) unknown.push(piece);
      taken = 1;
    }
    i += taken;
  }
  const real = found.filter((k) => k !== NO_OBSTACLE);
  const named = real.length > 0 || unknown.length > 0 ? real : found;
  return { kinds: [...named, ...unknown], unknown };
}

/** True when the answer names an obstacle (anything but `Tidak ada`). */
export function namesObstacle(kinds: readonly string[] | undefined): boolean {
  return kinds !== undefined && kinds.some((k) => k !== NO_OBSTACLE);
}

/** `Sumber Data`: the source, or null (blank or not understood). */
export function readSource(cell: CellValue): DataSource | null {
  return typeof cell === "string" ? matchChoice<DataSource>(cell, SOURCE_LABELS, SOURCE_ALIASES) : null;
}

/** `Gerai Beroperasi`: Ya/Tidak in any usual spelling, or null. */
export function readOutlet(cell: CellValue): boolean | null {
  return parseYesNo(cell);
}
