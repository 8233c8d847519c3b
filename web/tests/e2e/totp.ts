import { createHmac } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * RFC 6238 TOTP (HMAC-SHA1, 30-second steps, 6 digits) and RFC 4648 base32, with node:crypto
 * only: the test logs in like an authenticator app would.
 */

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Decode(input: string): Buffer {
  const clean = input.replace(/[\s=-]/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = alphabet.indexOf(char);
    if (index < 0) throw new Error(`not base32: ${char}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** RFC 4226 HOTP for one counter value. */
export function hotp(key: Buffer, counter: number, digits = 6): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const hmac = createHmac('sha1', key).update(message).digest();
  const offset = (hmac[hmac.length - 1] as number) & 0x0f;
  const binary = hmac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

export const stepSeconds = 30;

/** The time step of a moment (ms since the epoch). */
export function timeStep(nowMs: number = Date.now()): number {
  return Math.floor(nowMs / 1000 / stepSeconds);
}

/** The code for a base32 secret at a moment; `stepOffset` +1 gives the next step's code. */
export function totp(secretBase32: string, nowMs: number = Date.now(), stepOffset = 0, digits = 6): string {
  return hotp(base32Decode(secretBase32), timeStep(nowMs) + stepOffset, digits);
}

/**
 * Hands out codes so that no code is used twice for one user: the server accepts the
 * previous, current and next step, and each step's code only once per user. The next unused
 * step within that window is taken; when all three are used, it waits for a new step.
 * With `file`, the used steps are kept there too, so a worker that Playwright starts anew after
 * a failed test does not reuse a code (which failed every login after it within the minute).
 */
export class TotpCodes {
  readonly #file: string | undefined;
  #used: Record<string, number[]> = {};

  constructor(file?: string) {
    this.#file = file;
  }

  async next(user: string, secret: string): Promise<string> {
    for (;;) {
      const now = timeStep();
      if (this.#file && existsSync(this.#file)) this.#used = JSON.parse(readFileSync(this.#file, 'utf8')) as Record<string, number[]>;
      const used = (this.#used[user] ??= []);
      // Prefer the current step; the next one is accepted too (the server allows ±1 step).
      for (const step of [now, now + 1]) {
        if (!used.includes(step)) {
          used.push(step);
          if (this.#file) {
            mkdirSync(dirname(this.#file), { recursive: true });
            writeFileSync(this.#file, JSON.stringify(this.#used));
          }
          return hotp(base32Decode(secret), step);
        }
      }
      const msToNextStep = (now + 1) * stepSeconds * 1000 - Date.now() + 50;
      await new Promise((resolve) => setTimeout(resolve, Math.max(50, msToNextStep)));
    }
  }
}
