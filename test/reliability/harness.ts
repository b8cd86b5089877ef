// Plays a sample province through the real bundle (dist/Code.js) in the local runtime, with an optional
// seeded mix of faults: service errors with Google's own messages, a busy lock, submit triggers that fire
// twice or never. Shared by the reliability tests.
import { readFileSync } from "node:fs";
import * as vm from "node:vm";
import { Driver } from "../../runtime/driver";
import { seededRandom, type FaultRule } from "../../runtime/calls";
import { createSandbox } from "../../runtime/services/sandbox";
import type { CellValue } from "../../src/core/model";
import type { SampleProvince } from "../../scripts/sample";
import { sampleWorkbook as setUp } from "../../scripts/sample/workbook";
import { ADMIN, CODE } from "../e2e/agency";
import { SUBMIT_HANDLER } from "../../src/app/actions/triggers";

export const TIMEOUT = "Service Spreadsheets timed out while accessing document with id 1kQ3pZ7mXr9vB2cD4eF6gH8iJ0kL.";
export const DAILY_QUOTA = "Service invoked too many times for one day: spreadsheets.";
export const RATE_LIMIT = "Service invoked too many times in a short time: properties. Try Utilities.sleep(1000) between calls.";

type Loose = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const compiled = new Map<string, vm.Script>();

/** A fresh execution (new realm, module state dropped) without re-reading and re-compiling the bundle. */
export function fresh(driver: Driver): void {
  let script = compiled.get(driver.codePath);
  if (!script) {
    script = new vm.Script(readFileSync(driver.codePath, "utf8"), { filename: driver.codePath });
    compiled.set(driver.codePath, script);
  }
  const context = createSandbox({ ...driver.runtime.globals }, driver.runtime.clock);
  script.runInContext(context);
  driver.context = context;
}


/** Setup, registry, settings, form and triggers for a sample province, at `now`. */
export function sampleWorkbook(sample: SampleProvince, now: Date): Driver {
  return setUp(sample, { codePath: CODE, user: ADMIN, now });
}

export interface Chaos {
  seed: number;
  /** Share of submissions whose submit trigger never runs. */
  missed: number;
  /** Share of submissions whose submit trigger runs twice. */
  twice: number;
  /** Share of trigger runs (submit and hourly) that find the lock held by another execution. */
  busy: number;
  /** Share of submit runs during a daily-quota outage (most Spreadsheet calls fail). */
  outage: number;
  /** Background rate of timeouts per Spreadsheet call and of rate-limit errors per Properties call. */
  timeouts: number;
}

export interface PlayLog {
  /** Trigger runs that ended in an error (Apps Script would email the owner). */
  failures: string[];
  missed: number;
  twice: number;
  busy: number;
  outages: number;
}

/** Hourly trigger times (WITA) each day; the last one is a calm checkpoint (faults over). */
export const HOURS = ["06:05", "08:05", "11:05"] as const;
export const CHECKPOINT = "11:05";

export type Snapshot = Record<string, unknown>;

/**
 * Submits every sample report in time order and fires the hourly trigger at HOURS every day. With
 * `chaos`, faults are drawn from its seed; at each checkpoint the faults stop (the service recovered)
 * and `checkpoint` is called after the hourly run.
 */
export function play(driver: Driver, sample: SampleProvince, chaos: Chaos | null, checkpoint: (day: string) => void): PlayLog {
  const log: PlayLog = { failures: [], missed: 0, twice: 0, busy: 0, outages: 0 };
  const rnd = seededRandom(chaos?.seed ?? 1);
  const chance = (p: number) => chaos !== null && rnd() < p;
  const background: FaultRule[] = chaos
    ? [
        { match: "Range.*", rate: chaos.timeouts, message: TIMEOUT },
        { match: "Sheet.*", rate: chaos.timeouts, message: TIMEOUT },
        { match: "Spreadsheet.*", rate: chaos.timeouts, message: TIMEOUT },
        { match: "Properties.*", rate: chaos.timeouts, message: RATE_LIMIT },
      ]
    : [];
  const outage: FaultRule[] = [
    { match: "Range.*", rate: 0.25, message: DAILY_QUOTA },
    { match: "Sheet.*", rate: 0.25, message: DAILY_QUOTA },
    ...background,
  ];
  let faultSeed = chaos?.seed ?? 1;
  const faults = (rules: FaultRule[]) => driver.ledger.setFaults(rules, ++faultSeed);
  const attempt = (what: string, work: () => void) => {
    try {
      work();
    } catch (err) {
      log.failures.push(`${what}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const hourly = (at: Date, calm: boolean) => {
    fresh(driver);
    const busy = !calm && chance(chaos?.busy ?? 0);
    if (busy) log.busy++;
    driver.runtime.locks.heldByOther = busy;
    faults(calm ? [] : background);
    attempt(`hourly ${at.toISOString()}`, () => driver.fireTimeTriggers(at));
    driver.runtime.locks.heldByOther = false;
  };

  const subs = sample.submissions.map((s) => ({ s, at: new Date(s.at) }));
  const first = subs[0]!.s.at.slice(0, 10);
  const last = subs[subs.length - 1]!.s.at.slice(0, 10);
  const times: Array<{ at: Date; day: string; hm: string }> = [];
  for (let day = first; day <= addDays(last, 1); day = addDays(day, 1)) {
    for (const hm of HOURS) times.push({ at: new Date(`${day}T${hm}:00+08:00`), day, hm });
  }
  let next = 0;
  const fireUntil = (limit: number) => {
    while (next < times.length && times[next]!.at.getTime() <= limit) {
      const t = times[next++]!;
      const calm = t.hm === CHECKPOINT;
      hourly(t.at, calm);
      if (calm) checkpoint(t.day);
    }
  };

  for (const { s, at } of subs) {
    fireUntil(at.getTime());
    const down = chance(chaos?.outage ?? 0);
    if (down) log.outages++;
    faults(down ? outage : background);
    // Forms writes the row on its own (never faulted); then the submit trigger runs 0, 1 or 2 times.
    driver.runtime.clock.set(at.getTime());
    const { range, values: answered, namedValues } = (driver.linkedForm() as Loose).__submit(s.answers, at, { validate: false });
    const event = { authMode: "FULL", namedValues, range, source: driver.spreadsheet, triggerUid: "submit", values: answered };
    let runs = 1;
    if (chance(chaos?.missed ?? 0)) runs = 0;
    else if (chance(chaos?.twice ?? 0)) runs = 2;
    if (runs === 0) log.missed++;
    if (runs === 2) log.twice++;
    for (let i = 0; i < runs; i++) {
      fresh(driver);
      const busy = chance(chaos?.busy ?? 0);
      if (busy) log.busy++;
      driver.runtime.locks.heldByOther = busy;
      attempt(`submit ${s.at}`, () => driver.runAsTrigger(() => driver.call(SUBMIT_HANDLER, event)));
      driver.runtime.locks.heldByOther = false;
    }
  }
  driver.ledger.clearFaults();
  fireUntil(Number.POSITIVE_INFINITY);
  return log;
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
