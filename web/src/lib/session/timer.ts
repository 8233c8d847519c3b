/**
 * The session's idle clock on the client (WCAG 2.2.1 Timing Adjustable). The server ends a
 * session 30 minutes after the last request and at the latest 12 hours after login; every API
 * call extends it. Two minutes before the end the user gets a warning with a way to extend.
 *
 * Pure logic with injectable time, so it can be tested with fake timers.
 */

export type ExpiryPhase =
  /** No session. */
  | 'inactive'
  /** Session running, no warning. */
  | 'active'
  /** Less than `warnMs` left: the warning dialog is open. */
  | 'warning'
  /** The session has ended. */
  | 'expired';

export interface TimerOptions {
  /** Idle time the server allows (30 minutes). */
  idleMs: number;
  /** Warn this long before the end (2 minutes). */
  warnMs: number;
  /** How often the countdown is refreshed while warning. */
  tickMs: number;
}

export const defaultTimerOptions: TimerOptions = { idleMs: 30 * 60_000, warnMs: 2 * 60_000, tickMs: 1_000 };

export interface TimerListener {
  /** Phase change or countdown tick; `remainingMs` is time left until the session ends. */
  (phase: ExpiryPhase, remainingMs: number): void;
}

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The real clock; looked up at call time so test fake timers take effect. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class SessionTimer {
  #phase: ExpiryPhase = 'inactive';
  #idleDeadline = 0;
  #absoluteDeadline = 0;
  #handle: unknown = null;
  readonly #listener: TimerListener;
  readonly #options: TimerOptions;
  readonly #clock: Clock;

  constructor(listener: TimerListener, options: Partial<TimerOptions> = {}, clock: Clock = systemClock) {
    this.#listener = listener;
    this.#options = { ...defaultTimerOptions, ...options };
    this.#clock = clock;
  }

  get phase(): ExpiryPhase {
    return this.#phase;
  }

  /** When the session ends (local clock, ms), or 0 without a session. */
  get deadline(): number {
    return this.#phase === 'inactive' ? 0 : Math.min(this.#idleDeadline, this.#absoluteDeadline);
  }

  get absoluteDeadline(): number {
    return this.#absoluteDeadline;
  }

  remainingMs(): number {
    return Math.max(0, this.deadline - this.#clock.now());
  }

  /**
   * True while extending would actually help: the idle end lies before the absolute end and
   * the absolute end is further away than the warning period.
   */
  canExtend(): boolean {
    return this.#absoluteDeadline - this.#clock.now() > this.#options.warnMs;
  }

  /** Starts (or restarts) with the session's end times, in local milliseconds. */
  start(idleDeadline: number, absoluteDeadline: number): void {
    this.#idleDeadline = idleDeadline;
    this.#absoluteDeadline = absoluteDeadline;
    this.#evaluate(true);
  }

  /** A request succeeded: the server moved the idle end to now + 30 minutes. */
  touch(): void {
    if (this.#phase === 'inactive' || this.#phase === 'expired') return;
    this.#idleDeadline = Math.min(this.#clock.now() + this.#options.idleMs, this.#absoluteDeadline);
    this.#evaluate(false);
  }

  /** Logged out or session gone: no more warnings. */
  stop(): void {
    this.#clear();
    this.#setPhase('inactive', 0, true);
  }

  /** The server said the session has ended (401): show it as expired. */
  expire(): void {
    if (this.#phase === 'inactive' || this.#phase === 'expired') return;
    this.#clear();
    this.#setPhase('expired', 0, true);
  }

  #clear(): void {
    if (this.#handle !== null) this.#clock.clearTimeout(this.#handle);
    this.#handle = null;
  }

  #setPhase(phase: ExpiryPhase, remaining: number, always: boolean): void {
    const changed = phase !== this.#phase;
    this.#phase = phase;
    if (changed || always) this.#listener(phase, remaining);
  }

  #evaluate(announce: boolean): void {
    this.#clear();
    const remaining = Math.min(this.#idleDeadline, this.#absoluteDeadline) - this.#clock.now();
    if (remaining <= 0) {
      this.#setPhase('expired', 0, announce);
      return;
    }
    if (remaining <= this.#options.warnMs) {
      // Counting down: refresh every tick, and exactly at the end.
      this.#setPhase('warning', remaining, true);
      this.#handle = this.#clock.setTimeout(() => this.#evaluate(false), Math.min(this.#options.tickMs, remaining));
      return;
    }
    this.#setPhase('active', remaining, announce);
    this.#handle = this.#clock.setTimeout(() => this.#evaluate(false), remaining - this.#options.warnMs);
  }
}

/** Whole minutes left, rounded up ("over 2 minuten" until the last second of the minute). */
export function minutesLeft(remainingMs: number): number {
  return Math.max(0, Math.ceil(remainingMs / 60_000));
}

/**
 * Converts a server timestamp to the local clock: `offsetMs` is the server's clock minus ours
 * (from the Date header), so a wrong local clock does not make the warning come too late.
 */
export function toLocalTime(iso: string, offsetMs = 0): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? Number.NaN : t - offsetMs;
}
