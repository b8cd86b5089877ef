// Equal warning lists shared between validation results. A national history has a million results and
// most carry no warning or one of a few hundred possible ones (the same stage mismatch at the same
// progress); sharing them keeps one copy instead of a million and lets the `Alasan` text of a shared
// list be written once (summaries/validasi.ts). Findings are never changed after validation.
import type { Finding, FindingCode } from "../model";

/** The findings of every result without any: shared, so frozen. */
export const NO_FINDINGS = Object.freeze([]) as readonly Finding[] as Finding[];

/** Codes whose params take few values (enum codes, whole numbers from settings and reports) and no row. */
const SHAREABLE: Partial<Record<FindingCode, true>> = {
  STAGE_MISMATCH: true,
  PROGRESS_WITHOUT_LAND: true,
  LAND_TOO_SMALL: true,
};

const LIMIT = 20_000;

/** Lists handed out by any pool (so a reader can tell a shared list and cache what it derives from it). */
const SHARED = new WeakSet<readonly Finding[]>();

/** True for NO_FINDINGS and the lists a FindingsPool shares (the same list object for equal findings). */
export function isSharedFindings(list: readonly Finding[]): boolean {
  return list === NO_FINDINGS || SHARED.has(list);
}

/** One validation run's shared lists, by content (bounded: past the limit lists are kept as they are). */
export class FindingsPool {
  private readonly lists = new Map<string, Finding[]>();

  /** The shared list equal to `list` (NO_FINDINGS when empty), or `list` itself when it is not shareable. */
  share(list: Finding[]): Finding[] {
    if (list.length === 0) return NO_FINDINGS;
    let key = "";
    for (const f of list) {
      if (SHAREABLE[f.code] !== true) return list;
      key += `${f.code}:${f.severity}`;
      for (const name in f.params) {
        const v = f.params[name];
        // Numbers apart from strings, -0 apart from 0; names and string values are codes (no ";", "=" or "|").
        key += typeof v === "number" ? (Object.is(v, -0) ? `;${name}=n-0` : `;${name}=n${v}`) : `;${name}=s${v}`;
      }
      key += "|";
    }
    const known = this.lists.get(key);
    if (known) return known;
    if (this.lists.size >= LIMIT) return list;
    this.lists.set(key, list);
    SHARED.add(list);
    return list;
  }
}
