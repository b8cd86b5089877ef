// Command-line options of `npm run demo` and their defaults.
import { join, resolve } from "node:path";
import type { ProvinceCode } from "../sample/regions";
import { DEMO_TEXT } from "./text";

export interface DemoOptions {
  province: ProvinceCode;
  seed: number;
  days: number;
  /** Last day of sample reports, yyyy-MM-dd. */
  endDay: string;
  scale: number;
  /** An exported workbook (.xlsx) to run on instead of the sample province. */
  input?: string;
  /** Clock of an --input run (default: the real current time). */
  now?: Date;
  /** Folder for the written files (default <cwd>/out). */
  outDir: string;
  /** The bundle to run (default <cwd>/dist/Code.js). */
  codePath: string;
  /** Progress and report lines; default console.log. */
  print: (line: string) => void;
  /** Progress lines (a TTY rewrites one line in place with \r); default: stdout. */
  progress: Progress;
  /** --help: print the usage and do nothing else. */
  help?: boolean;
}

export interface Progress {
  update(line: string): void;
  /** Ends the progress display (a TTY needs the newline its \r line is missing). */
  done(): void;
}

export const DEFAULTS = { province: "NTB" as ProvinceCode, seed: 1, days: 30, endDay: "2026-11-20", scale: 1 };

/**
 * Parses argv (without node and script); throws an Error with the usage line on a bad flag. Paths given
 * on the command line are relative to where `npm run` was typed (INIT_CWD), not the package root.
 */
export function parseArgs(argv: readonly string[], cwd = process.cwd(), userCwd = process.env.INIT_CWD ?? cwd): DemoOptions {
  const opts: DemoOptions = { ...DEFAULTS, outDir: join(cwd, "out"), codePath: join(cwd, "dist", "Code.js"),
    print: (l) => console.log(l), progress: ttyProgress() };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new Error(DEMO_TEXT.needsValue(flag));
      return v;
    };
    const num = (min: number): number => {
      const text = value();
      const n = Number(text);
      if (!Number.isFinite(n) || n < min) throw new Error(DEMO_TEXT.badNumber(flag, min, text));
      return n;
    };
    switch (flag) {
      case "--province": {
        const p = value().toUpperCase();
        if (p !== "NTB" && p !== "NTT") throw new Error(DEMO_TEXT.badProvince(p));
        opts.province = p;
        break;
      }
      case "--days": opts.days = Math.floor(num(1)); break;
      case "--seed": opts.seed = Math.floor(num(0)); break;
      case "--scale": opts.scale = num(0.001); break;
      case "--end": opts.endDay = value(); break;
      case "--input": opts.input = resolve(userCwd, value()); break;
      case "--out": opts.outDir = resolve(userCwd, value()); break;
      case "--code": opts.codePath = resolve(userCwd, value()); break;
      case "--now": {
        const text = value();
        const d = new Date(/[zZ]|[+-]\d\d:\d\d$/.test(text) ? text : `${text}+08:00`);
        if (Number.isNaN(d.getTime())) throw new Error(DEMO_TEXT.badNow(text));
        opts.now = d;
        break;
      }
      case "--help": case "-h": opts.help = true; break;
      default: throw new Error(DEMO_TEXT.unknownFlag(flag));
    }
  }
  return opts;
}

/** On a TTY the progress line is rewritten in place; otherwise every line is printed. */
export function ttyProgress(stream: NodeJS.WriteStream = process.stdout): Progress {
  if (!stream.isTTY) return { update: (line) => stream.write(`${line}\n`), done: () => undefined };
  let open = false;
  return {
    update: (line) => { open = true; stream.write(`\r${line}\x1b[K`); },
    done: () => { if (open) stream.write("\n"); open = false; },
  };
}

export const SILENT: Progress = { update: () => undefined, done: () => undefined };
