// The --out folder made one level at a time with Indonesian errors. (Node's mkdirSync({recursive: true})
// never returns on a path whose parent refuses the mkdir with ENOENT, e.g. /proc/x: it takes the ENOENT
// for a missing parent, "makes" the parent, which exists, and tries the child again, forever.)
import { accessSync, constants, mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { DEMO_TEXT } from "./text";

function codeOf(err: unknown): string | undefined {
  return err && typeof err === "object" && "code" in err ? String((err as { code: unknown }).code) : undefined;
}

/** Makes `dir` (and its missing parents) or throws a message saying what is wrong with it. */
export function ensureOutDir(dir: string): void {
  const target = resolve(dir);
  const missing: string[] = [];
  let p = target;
  for (;;) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch (err) {
      const code = codeOf(err);
      if (code !== "ENOENT" && code !== "ENOTDIR") throw new Error(DEMO_TEXT.outCannotCreate(dir, code));
      missing.push(p);
      const up = dirname(p);
      if (up === p) break;
      p = up;
      continue;
    }
    if (!isDir) throw new Error(p === target ? DEMO_TEXT.outIsFile(dir) : DEMO_TEXT.outParentIsFile(dir, p));
    break;
  }
  for (const m of missing.reverse()) {
    try {
      mkdirSync(m);
    } catch (err) {
      if (codeOf(err) === "EEXIST" && statSync(m).isDirectory()) continue;
      throw new Error(codeOf(err) === "EEXIST" ? DEMO_TEXT.outIsFile(dir) : DEMO_TEXT.outCannotCreate(dir, codeOf(err)));
    }
  }
  try {
    accessSync(target, constants.W_OK);
  } catch {
    throw new Error(DEMO_TEXT.outNotWritable(dir));
  }
}

/** Runs a write; an error becomes the Indonesian message naming the file. */
export async function writing<T>(path: string, work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw new Error(DEMO_TEXT.cannotWrite(path, codeOf(err)));
  }
}
