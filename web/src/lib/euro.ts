import type { Locale } from './i18n/translate';

// Euro amounts as people type and read them, converted to and from whole cents with integer
// arithmetic only (never via a floating-point number of euros, so 0,10 + 0,20 stays exact).

/** The API's upper limit for an amount: 10 000 000 000 cents (€ 100 000 000,00). */
export const maxCent = 10_000_000_000;

/** The budget API's upper limit (budgets, wijzigingen, declaraties): € 1 000 000 000,00. */
export const maxBudgetCent = 100_000_000_000;

export type EuroFout = 'empty' | 'invalid' | 'decimals' | 'negative' | 'tooLarge';

export interface EuroOptions {
  /** The largest amount (in cents, also for a decrease when `signed`); default `maxCent`. */
  max?: number;
  /** Allow a sign: "-1.234,56" (a decrease) or "+1.234,56"; the result is then negative or positive. */
  signed?: boolean;
}

export type EuroParse = { ok: true; cent: number } | { ok: false; fout: EuroFout };

/** The decimal mark and the thousands separator of a UI language. */
function separators(locale: Locale): { decimal: string; group: string } {
  return locale === 'en' ? { decimal: '.', group: ',' } : { decimal: ',', group: '.' };
}

/** Whole euros written with or without thousands separators (in groups of three). */
function euroDigits(part: string, group: string): string | null {
  if (/^\d+$/.test(part)) return part;
  const groups = part.split(group);
  if (groups.length < 2) return null;
  const [first, ...rest] = groups;
  if (first === undefined || !/^\d{1,3}$/.test(first)) return null;
  if (!rest.every((g) => /^\d{3}$/.test(g))) return null;
  return groups.join('');
}

/**
 * Reads an amount in euros, such as "2.500,00", "2500,00", "2500", "€ 2.500,5" (Dutch) or
 * "2,500.00" (English), into cents. At most two decimals; no negative amounts. A lone other
 * mark followed by one or two digits ("2500.00" in Dutch) is read as the decimal mark too,
 * because a thousands separator is always followed by three digits.
 */
export function parseEuro(input: string, locale: Locale = 'nl', options: EuroOptions = {}): EuroParse {
  const max = options.max ?? maxCent;
  let text = input.replace(/[\s\u00a0\u202f]/g, '').replace(/^€/, '').replace(/€$/, '').replace(/^EUR/i, '');
  if (text === '') return { ok: false, fout: 'empty' };
  let negative = false;
  if (/^[-−]/.test(text)) {
    negative = true;
    text = text.slice(1).replace(/^€/, '');
  } else if (options.signed && text.startsWith('+')) {
    text = text.slice(1).replace(/^€/, '');
  }
  const { decimal, group } = separators(locale);
  let whole = text;
  let fraction = '';
  const at = text.lastIndexOf(decimal);
  if (at >= 0) {
    whole = text.slice(0, at);
    fraction = text.slice(at + 1);
  } else {
    const other = text.lastIndexOf(group);
    if (other >= 0 && text.indexOf(group) === other && /^\d{1,2}$/.test(text.slice(other + 1))) {
      whole = text.slice(0, other);
      fraction = text.slice(other + 1);
    }
  }
  if (whole === '' && fraction === '') return { ok: false, fout: 'invalid' };
  if (whole === '') whole = '0';
  if (at >= 0 && fraction === '') return { ok: false, fout: 'invalid' };
  if (!/^\d*$/.test(fraction)) return { ok: false, fout: 'invalid' };
  const digits = euroDigits(whole, group);
  if (digits === null) return { ok: false, fout: 'invalid' };
  if (fraction.length > 2) return { ok: false, fout: 'decimals' };
  const euros = digits.replace(/^0+(?=\d)/, '');
  const cents = (fraction + '00').slice(0, 2);
  if (negative && !options.signed && (euros !== '0' || cents !== '00')) return { ok: false, fout: 'negative' };
  // Compare as digit strings first, so a huge input never becomes an inexact number.
  if (euros.length > String(Math.floor(max / 100)).length) return { ok: false, fout: 'tooLarge' };
  const cent = Number(euros) * 100 + Number(cents);
  if (cent > max) return { ok: false, fout: 'tooLarge' };
  return { ok: true, cent: negative && cent !== 0 ? -cent : cent };
}

/** Cents as an amount without the euro sign: 250000 → "2.500,00" (nl) or "2,500.00" (en). */
export function formatEuro(cent: number, locale: Locale = 'nl'): string {
  if (!Number.isSafeInteger(cent)) return '';
  const { decimal, group } = separators(locale);
  const sign = cent < 0 ? '-' : '';
  const abs = Math.abs(cent);
  const euros = String(Math.floor(abs / 100));
  const rest = String(abs % 100).padStart(2, '0');
  const grouped = euros.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign}${grouped}${decimal}${rest}`;
}

/** Cents as a price for display: "€ 2.500,00" (nl) or "€2,500.00" (en); negative "-€ 2.500,00". */
export function formatBedrag(cent: number, locale: Locale = 'nl'): string {
  if (cent < 0) return `-${formatBedrag(-cent, locale)}`;
  return locale === 'en' ? `€${formatEuro(cent, locale)}` : `€ ${formatEuro(cent, locale)}`;
}

/** A change with its sign always shown: "+€ 1.000,00" or "-€ 250,00" (0 without sign). */
export function formatMutatie(cent: number, locale: Locale = 'nl'): string {
  return cent > 0 ? `+${formatBedrag(cent, locale)}` : formatBedrag(cent, locale);
}
