// FNV-1a 64-bit over UTF-8, in plain JS (16-bit limbs, no BigInt): a stable fingerprint as 16 hex digits.

function utf8Bytes(text: string, sink: (byte: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) sink(c);
    else if (c < 0x800) { sink(0xc0 | (c >> 6)); sink(0x80 | (c & 63)); }
    else if (c < 0x10000) { sink(0xe0 | (c >> 12)); sink(0x80 | ((c >> 6) & 63)); sink(0x80 | (c & 63)); }
    else {
      sink(0xf0 | (c >> 18)); sink(0x80 | ((c >> 12) & 63)); sink(0x80 | ((c >> 6) & 63)); sink(0x80 | (c & 63));
    }
  }
}

/** FNV-1a 64: fnv1a64("") = "cbf29ce484222325", fnv1a64("a") = "af63dc4c8601ec8c". */
export function fnv1a64(text: string): string {
  // Offset basis 0xcbf29ce484222325 as little-endian 16-bit limbs; prime 0x100000001b3 = 2^40 + 435.
  let h0 = 0x2325, h1 = 0x8422, h2 = 0x9ce4, h3 = 0xcbf2;
  utf8Bytes(text, (byte) => {
    h0 ^= byte;
    const t0 = h0 * 435;
    let t1 = h1 * 435;
    let t2 = h2 * 435 + (h0 << 8);
    let t3 = h3 * 435 + (h1 << 8);
    t1 += t0 >>> 16;
    t2 += t1 >>> 16;
    t3 += t2 >>> 16;
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  });
  const hex = (n: number) => n.toString(16).padStart(4, "0");
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}
