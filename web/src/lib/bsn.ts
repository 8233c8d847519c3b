/**
 * The BSN elfproef: 9 digits d1…d9 with 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11), not all
 * zeros. Eight digits get a leading zero. Spaces and dots as people type them are ignored.
 */
export function normaliseBsn(input: string): string {
  const digits = input.replace(/[\s.]/g, '');
  return /^\d{8}$/.test(digits) ? `0${digits}` : digits;
}

export function isValidBsn(input: string): boolean {
  const bsn = normaliseBsn(input);
  if (!/^\d{9}$/.test(bsn) || /^0+$/.test(bsn)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += (9 - i) * Number(bsn[i]);
  sum -= Number(bsn[8]);
  return sum % 11 === 0;
}
