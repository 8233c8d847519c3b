import type { Code, CodelijstNaam } from './api/codelijsten';
import type { Locale } from './i18n/translate';

/**
 * The server's code lists describe their codes in Dutch. For English the UI has its own
 * labels for the codes it knows; anything else keeps the Dutch description.
 */
const english: Partial<Record<CodelijstNaam, Record<string, string>>> = {
  categorie: {
    werk_vinden: 'Finding work',
    van_werk_naar_werk: 'From job to job',
    scholing: 'Training or education',
    loopbaan: 'Career advice',
    personeelsvraag: 'Staffing question (employers)',
    anders: 'Something else',
  },
  kanaal: { web: 'Web form', telefoon: 'Telephone', balie: 'Front desk', partner: 'Referral by a partner' },
  soort: { persoon: 'Person', werkgever: 'Employer' },
  uitkomst: { informatie_gegeven: 'Information given', doorverwezen: 'Referred elsewhere', anders: 'Other' },
  diensttype: {
    loopbaanadvies: 'Career advice',
    ontwikkeladvies: 'Development advice',
    begeleiding: 'Guidance and coaching',
    scholing: 'Training',
    praktijkleren_mbo: 'Work-based learning (mbo)',
    bemiddeling: 'Job placement',
    van_werk_naar_werk: 'From job to job',
    sollicitatietraining: 'Job application training',
    basisvaardigheden: 'Basic skills (language and digital)',
    schuldhulp: 'Debt counselling',
    werkfitbehoud: 'Fit for work and job retention',
    evc: 'Accreditation of prior learning (EVC)',
    hr_advies_werkgever: 'HR advice for employers',
    anders: 'Other',
  },
  personeelsvraag: {
    vacatures: 'Filling vacancies',
    boventalligheid: 'Redundancy or reorganisation',
    scholing_personeel: 'Training of staff',
    anders: 'Other',
  },
  trajectuitkomst: {
    werk_gevonden: 'Found work',
    werk_behouden: 'Kept their job',
    van_werk_naar_werk: 'From job to job',
    scholing_afgerond: 'Training completed or diploma obtained',
    doorverwezen_regulier: 'Referred to regular services',
    uitgevallen: 'Dropped out',
    anders: 'Other',
  },
  contractvorm: {
    vast: 'Permanent contract',
    tijdelijk: 'Temporary contract',
    uitzend: 'Agency work',
    oproep: 'On-call contract',
    zzp: 'Self-employed',
    anders: 'Other',
  },
  interventieresultaat: {
    diploma: 'Diploma obtained',
    certificaat: 'Certificate obtained',
    praktijkverklaring: 'Practical-experience statement',
    evc: 'Accreditation of prior learning certificate',
    advies: 'Advice or plan delivered',
    geen: 'No formal result',
    anders: 'Other',
  },
  nametingsituatie: { werkend: 'Working', niet_werkend: 'Not working', in_opleiding: 'In education', niet_bereikt: 'Not reached' },
  gegevenscategorie: {
    contactgegevens: 'Name and contact details',
    klantvraag: 'The question and the goals',
    doelgroep: 'Target-group characteristics from the intake',
    interventies: 'Interventions and their results',
    notities: 'Notes for everyone involved',
  },
};

export function codeLabel(naam: CodelijstNaam, code: string, codes: readonly Code[], locale: Locale): string {
  if (locale === 'en') {
    const own = english[naam]?.[code];
    if (own !== undefined) return own;
  }
  return codes.find((c) => c.code === code)?.omschrijving ?? code;
}

/** Options for a select list, in the server's order. */
export function codeOptions(naam: CodelijstNaam, codes: readonly Code[], locale: Locale): { value: string; label: string }[] {
  return codes.map((c) => ({ value: c.code, label: codeLabel(naam, c.code, codes, locale) }));
}
