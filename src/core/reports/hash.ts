// FNV-1a 64-bit over UTF-8, in plain JS (16-bit limbs, no BigInt): a stable fingerprint as 16 hex digits.

/**
 * Incremental FNV-1a 64: feeding "ab" then "c" gives the hash of "abc" (the UTF-8 of a concatenation is
 * the concatenation of the UTF-8s, lone surrogates included), so a fingerprint of parts joined by a
 * separator needs no joined string.
 */
export class Fnv1a64 {
  // Offset basis 0xcbf29ce484222325 as little-endian 16-bit limbs.
  private h0 = 0x2325;
  private h1 = 0x8422;
  private h2 = 0x9ce4;
  private h3 = 0xcbf2;

  /** Back to the hash of nothing (so one instance can fingerprint many texts). */
  reset(): void {
    this.h0 = 0x2325;
    this.h1 = 0x8422;
    this.h2 = 0x9ce4;
    this.h3 = 0xcbf2;
  }

  /** One byte; prime 0x100000001b3 = 2^40 + 435. */
  byte(byte: number): void {
    const h0 = this.h0 ^ byte;
    const t0 = h0 * 435;
    let t1 = this.h1 * 435;
    let t2 = this.h2 * 435 + (h0 << 8);
    let t3 = this.h3 * 435 + (this.h1 << 8);
    t1 += t0 >>> 16;
    t2 += t1 >>> 16;
    t3 += t2 >>> 16;
    this.h0 = t0 & 0xffff;
    this.h1 = t1 & 0xffff;
    this.h2 = t2 & 0xffff;
    this.h3 = t3 & 0xffff;
  }

  /**
   * The UTF-8 bytes of the text. ASCII (nearly all of a sheet) is hashed with the state in locals; a
   * longer code point goes through `byte` and the loop goes on in locals after it.
   */
  text(text: string): void {
    let h0 = this.h0, h1 = this.h1, h2 = this.h2, h3 = this.h3;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) {
        this.h0 = h0;
        this.h1 = h1;
        this.h2 = h2;
        this.h3 = h3;
        i = this.codePoint(text, i, c);
        h0 = this.h0;
        h1 = this.h1;
        h2 = this.h2;
        h3 = this.h3;
        continue;
      }
      h0 ^= c;
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
    }
    this.h0 = h0;
    this.h1 = h1;
    this.h2 = h2;
    this.h3 = h3;
  }

  /** The UTF-8 bytes of the non-ASCII code unit c at text[i] (with its low surrogate); returns the last index used. */
  private codePoint(text: string, i: number, c: number): number {
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
      }
    }
    if (c < 0x800) { this.byte(0xc0 | (c >> 6)); this.byte(0x80 | (c & 63)); }
    else if (c < 0x10000) { this.byte(0xe0 | (c >> 12)); this.byte(0x80 | ((c >> 6) & 63)); this.byte(0x80 | (c & 63)); }
    else {
      this.byte(0xf0 | (c >> 18)); this.byte(0x80 | ((c >> 12) & 63)); this.byte(0x80 | ((c >> 6) & 63));
      this.byte(0x80 | (c & 63));
    }
    return i;
  }

  /** 16 lower-case hex digits, as one flat string. */
  hex(): string {
    const { h0, h1, h2, h3 } = this;
    return String.fromCharCode(
      HEX[h3 >>> 12]!, HEX[(h3 >>> 8) & 15]!, HEX[(h3 >>> 4) & 15]!, HEX[h3 & 15]!,
      HEX[h2 >>> 12]!, HEX[(h2 >>> 8) & 15]!, HEX[(h2 >>> 4) & 15]!, HEX[h2 & 15]!,
      HEX[h1 >>> 12]!, HEX[(h1 >>> 8) & 15]!, HEX[(h1 >>> 4) & 15]!, HEX[h1 & 15]!,
      HEX[h0 >>> 12]!, HEX[(h0 >>> 8) & 15]!, HEX[(h0 >>> 4) & 15]!, HEX[h0 & 15]!,
    );
  }
}

/** Char codes of "0123456789abcdef". */
const HEX: readonly number[] = Array.from("0123456789abcdef", (c) => c.charCodeAt(0));

/** FNV-1a 64: fnv1a64("") = "cbf29ce484222325", fnv1a64("a") = "af63dc4c8601ec8c". */
export function fnv1a64(text: string): string {
  const h = new Fnv1a64();
  h.text(text);
  return h.hex();
}
