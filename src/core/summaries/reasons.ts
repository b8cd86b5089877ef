// The `Alasan` text of a result's findings, written once per shared findings list (see validation/findingsPool.ts).
import type { Finding } from "../model";
import { reasonsText } from "../text/findings";
import { isSharedFindings } from "../validation/findingsPool";

const TEXTS = new WeakMap<readonly Finding[], string>();

/** reasonsText(findings), remembered for the lists validation shares between results. */
export function reasonsCell(findings: readonly Finding[]): string {
  if (findings.length === 0) return "";
  if (!isSharedFindings(findings)) return reasonsText(findings);
  let text = TEXTS.get(findings);
  if (text === undefined) TEXTS.set(findings, (text = reasonsText(findings)));
  return text;
}
