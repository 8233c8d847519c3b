import { apiHooks, type ApiHooks } from '../api/client';
import { extendSessie, loadSessie, logout as deleteSessie } from '../api/sessie';
import type { ApiResult } from '../api/result';
import type { Medewerker, Rol, Sessie } from '../api/types';
import { allows, rolesOf, type AccessRule } from './roles';
import {
  defaultTimerOptions,
  SessionTimer,
  systemClock,
  toLocalTime,
  type Clock,
  type ExpiryPhase,
  type TimerOptions,
} from './timer';

export type SessionStatus =
  /** Not yet asked the server (GET /sessie at start-up). */
  | 'unknown'
  /** Not logged in. */
  | 'anonymous'
  /** Password accepted, a step (TOTP, enrolment, password change) is still open. */
  | 'pending'
  /** Fully logged in. */
  | 'active';

/**
 * The login session as Svelte state. The CSRF token lives only here, in memory; the session
 * cookie itself is HttpOnly and invisible to scripts. Every successful API call moves the idle
 * end, and the expiry timer drives the warning dialog (WCAG 2.2.1).
 */
export class SessionStore {
  status: SessionStatus = $state('unknown');
  sessie: Sessie | null = $state(null);
  /** Phase of the expiry timer: the dialog shows during 'warning' and 'expired'. */
  phase: ExpiryPhase = $state('inactive');
  /** Time left until the end, refreshed every second while warning. */
  remainingMs: number = $state(0);
  /** False when extending cannot help any more (the 12-hour limit is near). */
  canExtend: boolean = $state(true);
  /** Set after logging out, so the login page can confirm it; cleared when shown. */
  loggedOut: boolean = $state(false);

  readonly medewerker: Medewerker | null = $derived(this.status === 'active' ? (this.sessie?.medewerker ?? null) : null);
  readonly roles: ReadonlySet<Rol> = $derived(rolesOf(this.status === 'active' ? this.sessie?.medewerker?.rollen : []));

  #serverOffset = 0;
  readonly #idleMs: number;
  readonly #now: () => number;
  readonly #timer: SessionTimer;
  #loading: Promise<void> | null = null;

  constructor(hooks: ApiHooks = apiHooks, timerOptions: Partial<TimerOptions> = {}, clock: Clock = systemClock) {
    this.#idleMs = timerOptions.idleMs ?? defaultTimerOptions.idleMs;
    this.#now = () => clock.now();
    this.#timer = new SessionTimer(
      (phase, remaining) => {
        this.phase = phase;
        this.remainingMs = remaining;
        this.canExtend = this.#timer.canExtend();
        if (phase === 'expired') this.#forget();
      },
      timerOptions,
      clock,
    );
    hooks.csrfToken = () => this.sessie?.csrfToken ?? null;
    hooks.onSuccess = () => this.#timer.touch();
    hooks.onUnauthorized = () => this.#timer.expire();
    hooks.onServerTime = (offset) => {
      this.#serverOffset = offset;
    };
  }

  get isLoggedIn(): boolean {
    return this.status === 'active';
  }

  /** Whether the logged-in user may use a part of the app. */
  may(rule: AccessRule): boolean {
    return this.status === 'active' && allows(this.roles, rule);
  }

  /** Asks the server once which session the cookie belongs to (401: none). */
  load(): Promise<void> {
    this.#loading ??= loadSessie().then((result) => {
      if (result.ok) this.set(result.data);
      else this.#forget();
    });
    return this.#loading;
  }

  /**
   * Asks the server again (GET /sessie), e.g. after a 401 in a login step: was that a wrong
   * code, or did the server end the session? Returns whether the session still exists.
   */
  async refresh(): Promise<boolean> {
    const result = await loadSessie();
    if (result.ok) {
      this.set(result.data);
      return true;
    }
    if (result.failure.kind === 'http' && result.failure.status === 401) this.clear();
    return false;
  }

  /** Takes over a session from a login step (or any answer that carries one). */
  set(sessie: Sessie): void {
    this.sessie = sessie;
    this.loggedOut = false;
    this.status = sessie.stap === 'voltooid' ? 'active' : 'pending';
    this.#loading = Promise.resolve();
    // The server sets verlooptOp to its "now" + 30 minutes (unless capped by the absolute end),
    // which tells how far its clock is from ours more precisely than the Date header.
    const idle = Date.parse(sessie.verlooptOp);
    if (idle < Date.parse(sessie.absoluutVerlooptOp)) this.#serverOffset = idle - this.#idleMs - this.#now();
    this.#timer.start(toLocalTime(sessie.verlooptOp, this.#serverOffset), toLocalTime(sessie.absoluutVerlooptOp, this.#serverOffset));
  }

  /** "Sessie verlengen": POST /sessie/verlenging. */
  async extend(): Promise<ApiResult<Sessie>> {
    const result = await extendSessie();
    if (result.ok) this.set(result.data);
    else if (result.failure.kind === 'http' && result.failure.status === 401) this.#timer.expire();
    return result;
  }

  /** Logs out on the server (DELETE /sessie) and forgets the session here in any case. */
  async logout(): Promise<ApiResult<null>> {
    const result = this.sessie === null ? { ok: true as const, data: null } : await deleteSessie();
    this.#timer.stop();
    this.#forget();
    this.loggedOut = true;
    return result;
  }

  /** Forgets the session here only (the server already ended it, e.g. a 401 in a login step). */
  clear(): void {
    this.#timer.stop();
    this.#forget();
  }

  /** After the "session expired" message was read. */
  dismissExpired(): void {
    if (this.phase === 'expired') this.#timer.stop();
  }

  #forget(): void {
    this.sessie = null;
    this.status = 'anonymous';
    this.#loading = Promise.resolve();
  }
}

export const session = new SessionStore();
