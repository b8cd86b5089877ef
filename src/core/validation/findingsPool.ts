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

/** A node of the pool's trie: one step per code, severity, param name and param value. */
interface Node {
  next: Map<unknown, Node>;
  list: Finding[] | null;
}

/** Map keys treat -0 as 0; the pool keeps them apart (the texts are the same, the values are not). */
const NEGATIVE_ZERO = {};

function child(node: Node, key: unknown, add: boolean): Node | undefined {
  let n = node.next.get(key);
  if (!n && add) node.next.set(key, (n = { next: new Map(), list: null }));
  return n;
}

/**
 * One validation run's shared lists, by content: a trie keyed by each finding's code, severity, param
 * names and values (no key text is built). Bounded: past the limit new lists are kept as they are.
 */
export class FindingsPool {
  private readonly root: Node = { next: new Map(), list: null };
  private size = 0;

  /** The shared list equal to `list` (NO_FINDINGS when empty), or `list` itself when it is not shareable. */
  share(list: Finding[]): Finding[] {
    if (list.length === 0) return NO_FINDINGS;
    for (const f of list) if (SHAREABLE[f.code] !== true) return list;
    const add = this.size < LIMIT;
    let node: Node | undefined = this.root;
    for (const f of list) {
      node = child(node, f.code, add);
      if (node) node = child(node, f.severity, add);
      for (const name in f.params) {
        if (!node) return list;
        const v = f.params[name];
        node = child(node, name, add);
        if (node) node = child(node, Object.is(v, -0) ? NEGATIVE_ZERO : v, add);
      }
      if (!node) return list;
    }
    if (!node) return list;
    if (node.list) return node.list;
    if (!add) return list;
    node.list = list;
    this.size++;
    SHARED.add(list);
    return list;
  }
}
