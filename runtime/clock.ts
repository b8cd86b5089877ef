// Virtual clock shared by the local Apps Script runtime: time only moves when told (sleep, tests).

export interface Clock {
  now(): number;
  advance(ms: number): void;
}

export class VirtualClock implements Clock {
  private current: number;

  constructor(start: Date | number = Date.UTC(2026, 10, 21, 0, 0, 0)) {
    this.current = typeof start === "number" ? start : start.getTime();
  }

  now(): number {
    return this.current;
  }

  /** A new Date for the current virtual instant. */
  date(): Date {
    return new Date(this.current);
  }

  set(time: Date | number): void {
    this.current = typeof time === "number" ? time : time.getTime();
  }

  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`VirtualClock.advance: bad duration ${ms}`);
    this.current += ms;
  }
}
