/** A base32 TOTP secret in groups of four for typing over: "JBSW Y3DP EHPK 3PXP". */
export function groupSecret(secret: string, size = 4): string {
  const clean = secret.replace(/[\s=]/g, '').toUpperCase();
  return clean.match(new RegExp(`.{1,${size}}`, 'g'))?.join(' ') ?? '';
}

/** What a user typed as a TOTP code, without spaces: "123 456" → "123456". */
export function normaliseCode(input: string): string {
  return input.replace(/[\s-]/g, '');
}

export function isTotpCode(code: string): boolean {
  return /^[0-9]{6}$/.test(code);
}
