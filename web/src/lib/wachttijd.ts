import type { Translator } from './api/problem';

/** A waiting time in the largest sensible unit, rounded down: 3 days, 5 hours, 12 minutes. */
export interface Wachttijd {
  eenheid: 'minuut' | 'uur' | 'dag';
  aantal: number;
}

export function wachttijd(minuten: number): Wachttijd {
  const m = Number.isFinite(minuten) ? Math.max(0, Math.floor(minuten)) : 0;
  if (m < 60) return { eenheid: 'minuut', aantal: m };
  if (m < 24 * 60) return { eenheid: 'uur', aantal: Math.floor(m / 60) };
  return { eenheid: 'dag', aantal: Math.floor(m / (24 * 60)) };
}

/** "3 dagen", "1 dag", "5 uur", "12 minuten" (or in English). */
export function formatWachttijd(minuten: number, t: Translator): string {
  const { eenheid, aantal } = wachttijd(minuten);
  const een = aantal === 1;
  switch (eenheid) {
    case 'dag':
      return t(een ? 'wachttijd.dag' : 'wachttijd.dagen', { n: aantal });
    case 'uur':
      return t(een ? 'wachttijd.uur' : 'wachttijd.uren', { n: aantal });
    default:
      return t(een ? 'wachttijd.minuut' : 'wachttijd.minuten', { n: aantal });
  }
}
