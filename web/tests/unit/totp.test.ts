import { describe, expect, it } from 'vitest';
import { base32Decode, hotp, totp, TotpCodes, timeStep } from '../e2e/totp';
import { groupSecret, isTotpCode, normaliseCode } from '../../src/lib/forms/secret';

// RFC 6238 appendix B: the SHA-1 seed "12345678901234567890" (ASCII), 8 digits.
const rfcSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('TOTP helper of the e2e tests (RFC 6238)', () => {
  it('decodes base32 (RFC 4648)', () => {
    expect(base32Decode(rfcSecret).toString('ascii')).toBe('12345678901234567890');
    expect(base32Decode('MZXW6YTBOI======').toString('ascii')).toBe('foobar');
    expect(base32Decode('mzxw 6ytb oi').toString('ascii')).toBe('foobar');
    expect(() => base32Decode('1')).toThrow();
  });

  it('matches the RFC 6238 test vectors', () => {
    const vectors: [number, string][] = [
      [59, '94287082'],
      [1111111109, '07081804'],
      [1111111111, '14050471'],
      [1234567890, '89005924'],
      [2000000000, '69279037'],
      [20000000000, '65353130'],
    ];
    for (const [seconds, code] of vectors) expect(totp(rfcSecret, seconds * 1000, 0, 8)).toBe(code);
  });

  it('gives six digits by default and follows RFC 4226 HOTP', () => {
    // RFC 4226 appendix D, counter 0 and 1.
    const key = Buffer.from('12345678901234567890', 'ascii');
    expect(hotp(key, 0)).toBe('755224');
    expect(hotp(key, 1)).toBe('287082');
    expect(totp(rfcSecret, 59_000)).toBe('287082');
  });

  it('uses 30-second steps and can give the next step’s code', () => {
    expect(timeStep(29_999)).toBe(0);
    expect(timeStep(30_000)).toBe(1);
    expect(totp(rfcSecret, 0, 1)).toBe(totp(rfcSecret, 30_000));
  });

  it('never hands out the same step twice for one user', async () => {
    const codes = new TotpCodes();
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    const first = await codes.next('a', secret);
    const second = await codes.next('a', secret);
    expect(second).not.toBe(first);
    // Another user has their own counter.
    expect(await codes.next('b', secret)).toBe(first);
  });
});

describe('secret and code input helpers', () => {
  it('groups a base32 secret by four for typing over', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    expect(groupSecret('jbswy3dpeh==')).toBe('JBSW Y3DP EH');
    expect(groupSecret('')).toBe('');
  });

  it('accepts codes typed with spaces', () => {
    expect(normaliseCode(' 123 456 ')).toBe('123456');
    expect(normaliseCode('123-456')).toBe('123456');
    expect(isTotpCode('123456')).toBe(true);
    expect(isTotpCode('12345')).toBe(false);
    expect(isTotpCode('12345a')).toBe(false);
  });
});
