import { describe, expect, it } from 'vitest';
import { formatBedrag, formatEuro, maxCent, parseEuro } from '../../src/lib/euro';

const cent = (input: string, locale: 'nl' | 'en' = 'nl') => {
  const result = parseEuro(input, locale);
  return result.ok ? result.cent : result.fout;
};

describe('parseEuro (Dutch)', () => {
  it('reads amounts with a decimal comma and optional thousands dots', () => {
    expect(cent('2.500,00')).toBe(250000);
    expect(cent('2500,00')).toBe(250000);
    expect(cent('2500')).toBe(250000);
    expect(cent('2500,5')).toBe(250050);
    expect(cent('0,01')).toBe(1);
    expect(cent(',5')).toBe(50);
    expect(cent('0')).toBe(0);
    expect(cent('1.234.567,89')).toBe(123456789);
    expect(cent('007,10')).toBe(710);
  });

  it('is exact where floating point is not (0,29 × 100 = 28,999…)', () => {
    expect(cent('0,29')).toBe(29);
    expect(cent('1,15')).toBe(115);
    expect(cent('4,35')).toBe(435);
    expect(cent('1.005,57')).toBe(100557);
    expect(cent('9.007.199,99')).toBe(900719999);
  });

  it('accepts the euro sign, spaces and a lone decimal point', () => {
    expect(cent('€ 2.500,00')).toBe(250000);
    expect(cent('  €2500 ')).toBe(250000);
    expect(cent('2 500,00')).toBe(250000);
    expect(cent('2500 €')).toBe(250000);
    expect(cent('2500.00')).toBe(250000);
    expect(cent('12.5')).toBe(1250);
    // A dot followed by three digits separates thousands.
    expect(cent('2.500')).toBe(250000);
  });

  it('refuses empty, malformed, negative and too precise amounts', () => {
    expect(cent('')).toBe('empty');
    expect(cent('   ')).toBe('empty');
    expect(cent('€')).toBe('empty');
    expect(cent('abc')).toBe('invalid');
    expect(cent('12,')).toBe('invalid');
    expect(cent('1,2,3')).toBe('invalid');
    expect(cent('25.00.00')).toBe('invalid');
    expect(cent('2.50,00')).toBe('invalid');
    expect(cent('1e3')).toBe('invalid');
    expect(cent('0x10')).toBe('invalid');
    expect(cent('+5')).toBe('invalid');
    expect(cent('2500,001')).toBe('decimals');
    expect(cent('-5')).toBe('negative');
    expect(cent('-2.500,00')).toBe('negative');
    expect(cent('−1,00')).toBe('negative');
    expect(cent('-0,00')).toBe(0);
  });

  it('keeps to the API limit of 10 000 000 000 cents', () => {
    expect(cent('100.000.000,00')).toBe(maxCent);
    expect(cent('100.000.000,01')).toBe('tooLarge');
    expect(cent('999999999999999999999999')).toBe('tooLarge');
  });
});

describe('parseEuro (English)', () => {
  it('reads a decimal point and thousands commas', () => {
    expect(cent('2,500.00', 'en')).toBe(250000);
    expect(cent('2500.5', 'en')).toBe(250050);
    expect(cent('€2,500', 'en')).toBe(250000);
    expect(cent('2500,50', 'en')).toBe(250050);
    expect(cent('2,500.001', 'en')).toBe('decimals');
    expect(cent('2.500,00', 'en')).toBe('invalid');
  });
});

describe('formatEuro and formatBedrag', () => {
  it('formats cents with integer arithmetic', () => {
    expect(formatEuro(250000)).toBe('2.500,00');
    expect(formatEuro(250000, 'en')).toBe('2,500.00');
    expect(formatEuro(0)).toBe('0,00');
    expect(formatEuro(5)).toBe('0,05');
    expect(formatEuro(123456789)).toBe('1.234.567,89');
    expect(formatEuro(maxCent)).toBe('100.000.000,00');
    expect(formatEuro(-150)).toBe('-1,50');
    expect(formatEuro(Number.NaN)).toBe('');
    expect(formatEuro(1.5)).toBe('');
  });

  it('round-trips every formatted amount', () => {
    for (const c of [0, 1, 29, 99, 100, 115, 250000, 100557, 123456789, maxCent]) {
      expect(cent(formatEuro(c))).toBe(c);
      expect(cent(formatEuro(c, 'en'), 'en')).toBe(c);
      expect(cent(formatBedrag(c))).toBe(c);
    }
  });

  it('shows a price with the euro sign', () => {
    expect(formatBedrag(250000)).toBe('€ 2.500,00');
    expect(formatBedrag(250000, 'en')).toBe('€2,500.00');
  });
});
