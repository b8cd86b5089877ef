// The feedback emails the add-on would have sent (KIRIM_UMPAN_BALIK), one text file each in
// out/umpan-balik/, so a person can read exactly what a pendamping would receive.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "../../runtime/driver";

export function writeMails(driver: Driver, outDir: string): { dir: string; count: number } {
  const dir = join(outDir, "umpan-balik");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const outbox = driver.runtime.mail.outbox;
  outbox.forEach((m, i) => {
    const name = `${String(i + 1).padStart(4, "0")}-${m.to.split(",")[0]!.replace(/[^\w.@-]/g, "_")}.txt`;
    const text = [`Kepada: ${m.to}`, `Dari: ${m.name ?? ""}`, `Subjek: ${m.subject}`, "", m.body, ""].join("\n");
    writeFileSync(join(dir, name), text);
  });
  return { dir, count: outbox.length };
}
