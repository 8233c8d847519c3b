import { call } from './call';
import { api } from './client';
import { fetchAllPages } from './pagination';
import type { ApiResult } from './result';
import type { Gemeente, GemeenteCollectie } from './types';

/** One entry of a code list: a stable code and its Dutch description. */
export interface Code {
  code: string;
  omschrijving: string;
}

export type CodelijstNaam =
  | 'categorie'
  | 'kanaal'
  | 'soort'
  | 'uitkomst'
  | 'arbeidsmarktpositie'
  | 'uitkeringssituatie'
  | 'opleidingsniveau'
  | 'sector'
  | 'leeftijdsklasse'
  | 'diensttype'
  | 'personeelsvraag'
  | 'trajectuitkomst'
  | 'contractvorm'
  | 'interventieresultaat'
  | 'nametingsituatie'
  | 'gegevenscategorie';

export interface Codelijsten {
  versie: string;
  lijsten: Partial<Record<CodelijstNaam, Code[]>>;
}

let codelijstenCache: Promise<ApiResult<Codelijsten>> | null = null;

/** GET /codelijsten (public), fetched once per page load. */
export function loadCodelijsten(): Promise<ApiResult<Codelijsten>> {
  codelijstenCache ??= call(() => api.GET('/codelijsten')).then((result) => {
    if (!result.ok) codelijstenCache = null;
    return result;
  });
  return codelijstenCache;
}

/** The entries of one list (empty when the server does not have it). */
export function lijst(codelijsten: Codelijsten | null, naam: CodelijstNaam): Code[] {
  return codelijsten?.lijsten[naam] ?? [];
}

let gemeentenCache: Promise<ApiResult<Gemeente[]>> | null = null;

/** Every gemeente (342), sorted by name for a select list; fetched once per page load. */
export function loadGemeenten(): Promise<ApiResult<Gemeente[]>> {
  gemeentenCache ??= fetchAllPages<GemeenteCollectie, Gemeente>(
    (page) => call(() => api.GET('/gemeenten', { params: { query: { page, pageSize: 100 } } })),
    (collection) => collection._embedded.gemeenten,
  ).then((result) => {
    if (!result.ok) {
      gemeentenCache = null;
      return result;
    }
    return { ok: true as const, data: sortGemeenten(result.data) };
  });
  return gemeentenCache;
}

export function sortGemeenten(gemeenten: readonly Gemeente[]): Gemeente[] {
  return [...gemeenten].sort((a, b) => a.naam.localeCompare(b.naam, 'nl') || a.code.localeCompare(b.code));
}

/** "Utrecht", or the code when the gemeente is unknown. */
export function gemeenteNaam(code: string, gemeenten: readonly Gemeente[]): string {
  return gemeenten.find((g) => g.code === code)?.naam ?? code;
}
