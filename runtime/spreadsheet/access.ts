// Who may edit which cells: protections are enforced for the account the script runs as, as Google does.
// https://developers.google.com/apps-script/reference/spreadsheet/protection (canEdit, removeEditor,
// setWarningOnly, setDomainEdit); the refusal's wording is what Sheets and the Sheets API return.
import type { ProtectionFake } from "./protection";

export const PROTECTED_EDIT =
  "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";
/** Removing the group the running user edits through (Google's sample warns it throws; wording not verified). */
export const GROUP_SELF_REMOVAL =
  "You can't remove a group you edit this protected range through. Add yourself as an editor first.";

/** Consumer domains: "all users in the domain" means nothing there. */
const CONSUMER_DOMAINS = new Set(["gmail.com", "googlemail.com"]);

export interface Access {
  /** Owner of the spreadsheet: may always edit (protection#canEdit). */
  owner: string;
  /** The account the script runs as (a trigger runs as its owner). */
  user: string;
  /** Google Groups: group email -> member emails. */
  groups: ReadonlyMap<string, readonly string[]>;
}

const lower = (s: string) => s.trim().toLowerCase();
const domainOf = (email: string) => lower(email).split("@")[1] ?? "";

/** True when `user` is a listed editor or a member of a listed group. */
export function listed(editors: readonly string[], user: string, groups: Access["groups"]): boolean {
  const u = lower(user);
  return editors.some((e) => lower(e) === u || (groups.get(lower(e)) ?? []).some((m) => lower(m) === u));
}

/** Whether the running user may edit what the protection covers (warning-only protections never block). */
export function allows(p: ProtectionFake, a: Access): boolean {
  if (p.__warningOnly) return true;
  if (lower(a.user) === lower(a.owner)) return true;
  if (listed(p.__editors, a.user, a.groups)) return true;
  const domain = domainOf(a.owner);
  return p.__domainEdit && domain !== "" && !CONSUMER_DOMAINS.has(domain) && domainOf(a.user) === domain;
}

interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** The rectangle of a Range fake (its fields, read without counting a call). */
export function rectOf(range: unknown): Rect {
  const r = range as Rect;
  return { row: r.row, col: r.col, numRows: r.numRows, numCols: r.numCols };
}

const inside = (a: Rect, b: Rect) =>
  a.row >= b.row && a.col >= b.col && a.row + a.numRows <= b.row + b.numRows && a.col + a.numCols <= b.col + b.numCols;
const overlaps = (a: Rect, b: Rect) =>
  a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols;

/** Whether editing `cells` touches what the protection covers (a sheet minus its unprotected ranges, or a range). */
export function covers(p: ProtectionFake, target: unknown, cells: Rect | "structure"): boolean {
  if (p.__type === "SHEET") return cells === "structure" || !p.__unprotected.some((u) => inside(cells, rectOf(u)));
  return cells !== "structure" && overlaps(cells, rectOf(target));
}
