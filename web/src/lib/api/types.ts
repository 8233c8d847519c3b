import type { components } from './schema';

type Schemas = components['schemas'];

export type Regio = Schemas['Regio'];
export type RegioDetail = Schemas['RegioDetail'];
export type Gemeente = Schemas['Gemeente'];
export type RegioCollectie = Schemas['RegioCollectie'];
export type GemeenteCollectie = Schemas['GemeenteCollectie'];
export type PaginaLinks = Schemas['PaginaLinks'];
export type Paginering = Schemas['Paginering'];
export type Link = Schemas['Link'];
export type Problem = Schemas['Problem'];
export type InvalidParam = Schemas['InvalidParam'];
