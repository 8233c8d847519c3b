import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { minutesLeft, SessionTimer, toLocalTime, type ExpiryPhase } from '../../src/lib/session/timer';

const minute = 60_000;

function recorder() {
  const events: { phase: ExpiryPhase; remaining: number }[] = [];
  const listener = (phase: ExpiryPhase, remaining: number) => events.push({ phase, remaining });
  return { events, listener, phases: () => events.map((e) => e.phase) };
}

describe('SessionTimer (WCAG 2.2.1 warning before the session ends)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-27T09:00:00Z'));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('is active after start, warns two minutes before the end and expires at the end', () => {
    const { listener, phases } = recorder();
    const timer = new SessionTimer(listener);
    const now = Date.now();
    timer.start(now + 30 * minute, now + 12 * 60 * minute);
    expect(timer.phase).toBe('active');
    expect(timer.remainingMs()).toBe(30 * minute);

    vi.advanceTimersByTime(28 * minute - 1);
    expect(timer.phase).toBe('active');
    vi.advanceTimersByTime(1);
    expect(timer.phase).toBe('warning');
    expect(minutesLeft(timer.remainingMs())).toBe(2);

    vi.advanceTimersByTime(61_000);
    expect(timer.phase).toBe('warning');
    expect(minutesLeft(timer.remainingMs())).toBe(1);

    vi.advanceTimersByTime(59_000);
    expect(timer.phase).toBe('expired');
    expect(phases()[0]).toBe('active');
    expect(phases().at(-1)).toBe('expired');
  });

  it('ticks every second while warning, so the countdown stays current', () => {
    const { events, listener } = recorder();
    const timer = new SessionTimer(listener);
    timer.start(Date.now() + 3 * minute, Date.now() + 60 * minute);
    vi.advanceTimersByTime(minute);
    const before = events.length;
    vi.advanceTimersByTime(5_000);
    expect(events.length - before).toBe(5);
    expect(events.at(-1)).toEqual({ phase: 'warning', remaining: 2 * minute - 5_000 });
  });

  it('a successful request (touch) resets the idle time to 30 minutes and closes the warning', () => {
    const { listener } = recorder();
    const timer = new SessionTimer(listener);
    timer.start(Date.now() + 30 * minute, Date.now() + 12 * 60 * minute);
    vi.advanceTimersByTime(29 * minute);
    expect(timer.phase).toBe('warning');
    timer.touch();
    expect(timer.phase).toBe('active');
    expect(timer.remainingMs()).toBe(30 * minute);
    vi.advanceTimersByTime(27 * minute);
    expect(timer.phase).toBe('active');
  });

  it('never extends past the absolute end (12 hours after login)', () => {
    const { listener } = recorder();
    const timer = new SessionTimer(listener);
    const absolute = Date.now() + 10 * minute;
    timer.start(Date.now() + 10 * minute, absolute);
    vi.advanceTimersByTime(5 * minute);
    timer.touch();
    expect(timer.deadline).toBe(absolute);
    expect(timer.canExtend()).toBe(true);
    vi.advanceTimersByTime(3 * minute);
    expect(timer.phase).toBe('warning');
    expect(timer.canExtend()).toBe(false);
    vi.advanceTimersByTime(2 * minute);
    expect(timer.phase).toBe('expired');
  });

  it('expires at once when started with an end in the past', () => {
    const { listener } = recorder();
    const timer = new SessionTimer(listener);
    timer.start(Date.now() - 1, Date.now() + minute);
    expect(timer.phase).toBe('expired');
  });

  it('stop() cancels everything; expire() ends an active session; touch does not revive', () => {
    const { listener, phases } = recorder();
    const timer = new SessionTimer(listener);
    timer.start(Date.now() + 30 * minute, Date.now() + 60 * minute);
    timer.stop();
    expect(timer.phase).toBe('inactive');
    vi.advanceTimersByTime(40 * minute);
    expect(phases()).toEqual(['active', 'inactive']);

    timer.start(Date.now() + 30 * minute, Date.now() + 60 * minute);
    timer.expire();
    expect(timer.phase).toBe('expired');
    timer.touch();
    expect(timer.phase).toBe('expired');
    // Without a session a touch (e.g. a public page's request) does nothing.
    timer.stop();
    timer.touch();
    expect(timer.phase).toBe('inactive');
  });

  it('honours other durations (options)', () => {
    const { listener } = recorder();
    const timer = new SessionTimer(listener, { idleMs: 5 * minute, warnMs: minute });
    timer.start(Date.now() + 5 * minute, Date.now() + 60 * minute);
    vi.advanceTimersByTime(4 * minute);
    expect(timer.phase).toBe('warning');
    timer.touch();
    expect(timer.remainingMs()).toBe(5 * minute);
  });
});

describe('time helpers', () => {
  it('rounds the minutes left up', () => {
    expect(minutesLeft(120_000)).toBe(2);
    expect(minutesLeft(119_000)).toBe(2);
    expect(minutesLeft(60_000)).toBe(1);
    expect(minutesLeft(1)).toBe(1);
    expect(minutesLeft(0)).toBe(0);
    expect(minutesLeft(-5)).toBe(0);
  });

  it('converts server time to the local clock with the measured offset', () => {
    expect(toLocalTime('2026-11-27T09:30:00Z')).toBe(Date.parse('2026-11-27T09:30:00Z'));
    // Server clock 10 s ahead of ours: its 09:30:00 is our 09:29:50.
    expect(toLocalTime('2026-11-27T09:30:00Z', 10_000)).toBe(Date.parse('2026-11-27T09:29:50Z'));
    expect(toLocalTime('not a date')).toBeNaN();
  });
});
