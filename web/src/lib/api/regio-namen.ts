import { loadRegios } from './regios';
import type { Regio } from './types';

let cache: Promise<Regio[]> | null = null;

/** The 35 regions (code and name), fetched once per page load for labels and select lists. */
export function regioLijst(): Promise<Regio[]> {
  cache ??= loadRegios().then((result) => {
    if (result.ok) return result.data;
    cache = null;
    return [];
  });
  return cache;
}

/** "Midden-Utrecht (AM13)", or just the code when the name is unknown. */
export function regioLabel(code: string, regios: readonly Regio[]): string {
  const regio = regios.find((r) => r.code === code);
  return regio ? `${regio.naam} (${code})` : code;
}
