// Numbers written as Indonesian text: `.` groups thousands, `,` marks decimals (1.166; 12,5).
// Called for every row of the big sheets, so written without regular expressions.

function groupThousands(whole: string): string {
  if (whole.length <= 3) return whole;
  let out = "";
  const head = whole.length % 3;
  if (head > 0) out = whole.slice(0, head);
  for (let i = head; i < whole.length; i += 3) out += (out === "" ? "" : ".") + whole.slice(i, i + 3);
  return out;
}

/** Fixed number of decimals: formatNumberId(1166, 0) = "1.166", formatNumberId(12.5, 1) = "12,5". */
export function formatNumberId(n: number, decimals: number): string {
  if (!Number.isFinite(n)) return "-";
  const fixed = Math.abs(n).toFixed(Math.max(0, Math.floor(decimals)));
  const dot = fixed.indexOf(".");
  const whole = dot < 0 ? fixed : fixed.slice(0, dot);
  const text = groupThousands(whole) + (dot < 0 ? "" : `,${fixed.slice(dot + 1)}`);
  const isZero = Number(fixed) === 0;
  return n < 0 && !isZero ? `-${text}` : text;
}

/** Up to `maxDecimals` decimals, trailing zeros dropped: 50 -> "50", 12.5 -> "12,5", 12.25 -> "12,3". */
export function formatCompactId(n: number, maxDecimals = 1): string {
  const text = formatNumberId(n, maxDecimals);
  if (text.indexOf(",") < 0) return text;
  let end = text.length;
  while (text.charCodeAt(end - 1) === 48 /* 0 */) end--;
  if (text.charCodeAt(end - 1) === 44 /* , */) end--;
  return text.slice(0, end);
}

/** A share as a percentage with one decimal: formatPercentId(1, 8) = "12,5%"; "0%" of nothing. */
export function formatPercentId(part: number, whole: number): string {
  if (whole <= 0) return "0%";
  return `${formatNumberId((part / whole) * 100, 1)}%`;
}
