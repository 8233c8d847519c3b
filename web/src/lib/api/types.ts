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

// Identity and access (tags sessie, toegang, verantwoording)
export type Sessie = Schemas['Sessie'];
export type SessieStap = Sessie['stap'];
export type TotpRegistratie = Schemas['TotpRegistratie'];
export type TotpBevestigd = Schemas['TotpBevestigd'];
export type RolToekenning = Schemas['RolToekenning'];
export type Rol = RolToekenning['rol'];
export type Organisatie = Schemas['Organisatie'];
export type OrganisatieInvoer = Schemas['OrganisatieInvoer'];
export type OrganisatieType = OrganisatieInvoer['type'];
export type OrganisatiesCollectie = Schemas['OrganisatiesCollectie'];
export type Medewerker = Schemas['Medewerker'];
export type MedewerkerInvoer = Schemas['MedewerkerInvoer'];
export type MedewerkerStatus = Medewerker['status'];
export type MedewerkersCollectie = Schemas['MedewerkersCollectie'];
export type EenmaligWachtwoord = Schemas['EenmaligWachtwoord'];
export type ApiToken = Schemas['ApiToken'];
export type ApiTokenInvoer = Schemas['ApiTokenInvoer'];
export type ApiTokenUitgegeven = Schemas['ApiTokenUitgegeven'];
export type ApiTokensCollectie = Schemas['ApiTokensCollectie'];
export type Auditregel = Schemas['Auditregel'];
export type AuditregelsCollectie = Schemas['AuditregelsCollectie'];
export type Verwerkingsactiviteit = Schemas['Verwerkingsactiviteit'];
export type VerwerkingsactiviteitenCollectie = Schemas['VerwerkingsactiviteitenCollectie'];
export type Verwerking = Schemas['Verwerking'];
export type VerwerkingZoekvraag = Schemas['VerwerkingZoekvraag'];
export type VerwerkingenCollectie = Schemas['VerwerkingenCollectie'];
