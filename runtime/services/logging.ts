// Logger and console fakes: lines are collected (and printed only when verbose).
import { guard, type CallLedger } from "../calls";

export interface LogLine {
  level: "log" | "info" | "warn" | "error" | "logger";
  text: string;
}

export interface LogSink {
  lines: LogLine[];
  verbose: boolean;
}

/** Apps Script style formatting: %s %d %i %f %o %O placeholders, then the remaining args. */
export function formatLog(args: unknown[]): string {
  if (args.length === 0) return "";
  const [first, ...rest] = args;
  let text = typeof first === "string" ? first : show(first);
  if (typeof first === "string") {
    text = text.replace(/%[sdifoO%]/g, (m) => {
      if (m === "%%") return "%";
      if (rest.length === 0) return m;
      const v = rest.shift();
      return m === "%d" || m === "%i" ? String(Math.trunc(Number(v))) : m === "%f" ? String(Number(v)) : show(v);
    });
  }
  return [text, ...rest.map(show)].join(" ");
}

function show(v: unknown): string {
  if (typeof v === "string") return v;
  if (v instanceof Error) return v.stack ?? v.message;
  if (typeof v === "object" && v !== null && !(v instanceof Date)) {
    try {
      return JSON.stringify(v);
    } catch {
      return String(v);
    }
  }
  return String(v);
}

function emit(sink: LogSink, level: LogLine["level"], text: string): void {
  sink.lines.push({ level, text });
  if (sink.verbose) process.stderr.write(`[${level}] ${text}\n`);
}

export function createLogger(ledger: CallLedger, sink: LogSink): object {
  let view: object = {};
  view = guard(
    {
      log: (...args: unknown[]) => (ledger.record("Logger", "log"), emit(sink, "logger", formatLog(args)), view),
      getLog: () => (ledger.record("Logger", "getLog"), sink.lines.filter((l) => l.level === "logger").map((l) => l.text).join("\n")),
      clear: () => (ledger.record("Logger", "clear"), (sink.lines = sink.lines.filter((l) => l.level !== "logger")), undefined),
    },
    "Logger",
  );
  return view;
}

export function createConsole(ledger: CallLedger, sink: LogSink): object {
  const timers = new Map<string, number>();
  const at = (level: LogLine["level"]) => (...args: unknown[]) => {
    ledger.record("console", level);
    emit(sink, level, formatLog(args));
  };
  return guard(
    {
      log: at("log"), info: at("info"), warn: at("warn"), error: at("error"),
      time: (label = "default") => (ledger.record("console", "time"), void timers.set(label, Date.now())),
      timeEnd: (label = "default") => {
        ledger.record("console", "timeEnd");
        emit(sink, "info", `${label}: ${Date.now() - (timers.get(label) ?? Date.now())}ms`);
      },
    },
    "console",
  );
}
