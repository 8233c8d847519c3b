import type { Translator } from '../api/problem';
import { isValidBsn } from '../bsn';
import type { FieldErrors } from './errors';
import { isDate } from './dates';

// Checks in the browser for the forms of centrale toegang, mirroring the API's rules, so people
// get every message at once before anything is sent. The server checks again.

export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

/** 8 to 15 digits, optionally starting with +, with spaces or dashes as people write them. */
export function isTelefoon(value: string): boolean {
  return /^\+?\d{8,15}$/.test(value.replace(/[\s-]/g, ''));
}

export function isKvkNummer(value: string): boolean {
  return /^\d{8}$/.test(value.replace(/\s/g, ''));
}

export function isGemeenteCode(value: string): boolean {
  return /^GM\d{4}$/.test(value);
}

export interface AanmeldingVelden {
  soort: string;
  naam: string;
  email: string;
  telefoon: string;
  bedrijfsnaam: string;
  kvkNummer: string;
  gemeenteCode: string;
  categorie: string;
  vraag: string;
  toestemming: boolean;
}

/** Errors of the public aanmeld form, keyed by field id (aanm-…). */
export function validateAanmelding(v: AanmeldingVelden, t: Translator): FieldErrors {
  const e: FieldErrors = {};
  if (v.soort !== 'persoon' && v.soort !== 'werkgever') e['aanm-soort'] = t('aanmelden.soort.required');
  if (v.naam.trim() === '') e['aanm-naam'] = t('aanmelden.naam.required');
  else if (v.naam.trim().length > 200) e['aanm-naam'] = t('form.tooLong', { max: 200 });
  const email = v.email.trim();
  const telefoon = v.telefoon.trim();
  if (email === '' && telefoon === '') e['aanm-email'] = t('aanmelden.contact.required');
  if (email !== '' && !isEmail(email)) e['aanm-email'] = t('form.email.invalid');
  if (telefoon !== '' && !isTelefoon(telefoon)) e['aanm-telefoon'] = t('form.telefoon.invalid');
  if (v.soort === 'werkgever') {
    if (v.bedrijfsnaam.trim() === '') e['aanm-bedrijfsnaam'] = t('aanmelden.bedrijfsnaam.required');
    if (v.kvkNummer.trim() === '') e['aanm-kvk'] = t('aanmelden.kvk.required');
    else if (!isKvkNummer(v.kvkNummer)) e['aanm-kvk'] = t('form.kvk.invalid');
  }
  if (!isGemeenteCode(v.gemeenteCode)) e['aanm-gemeente'] = t('aanmelden.gemeente.required');
  if (v.categorie === '') e['aanm-categorie'] = t('aanmelden.categorie.required');
  if (v.vraag.trim() === '') e['aanm-vraag'] = t('aanmelden.vraag.required');
  else if (v.vraag.trim().length > 4000) e['aanm-vraag'] = t('form.tooLong', { max: 4000 });
  if (!v.toestemming) e['aanm-toestemming'] = t('aanmelden.toestemming.required');
  return e;
}

/** "rmt-ab12-cd34 " → "RMT-AB12-CD34" (people copy numbers with spaces and lower case). */
export function normaliseReferentie(value: string): string {
  return value.replace(/\s/g, '').toUpperCase();
}

export interface KlantVelden {
  naam: string;
  geboortedatum: string;
  email: string;
  telefoon: string;
  woongemeenteCode: string;
  bsn: string;
}

/** Errors of the klant form, keyed by `${prefix}-naam` etc. `vandaag` is YYYY-MM-DD. */
export function validateKlant(v: KlantVelden, prefix: string, vandaag: string, t: Translator): FieldErrors {
  const e: FieldErrors = {};
  if (v.naam.trim() === '') e[`${prefix}-naam`] = t('klant.naam.required');
  if (v.geboortedatum === '') e[`${prefix}-geboortedatum`] = t('klant.geboortedatum.required');
  else if (!isDate(v.geboortedatum)) e[`${prefix}-geboortedatum`] = t('form.date.invalid');
  else if (v.geboortedatum > vandaag) e[`${prefix}-geboortedatum`] = t('klant.geboortedatum.future');
  if (v.email.trim() !== '' && !isEmail(v.email)) e[`${prefix}-email`] = t('form.email.invalid');
  if (v.telefoon.trim() !== '' && !isTelefoon(v.telefoon)) e[`${prefix}-telefoon`] = t('form.telefoon.invalid');
  if (!isGemeenteCode(v.woongemeenteCode)) e[`${prefix}-gemeente`] = t('klant.gemeente.required');
  if (v.bsn.trim() !== '' && !isValidBsn(v.bsn)) e[`${prefix}-bsn`] = t('form.bsn.invalid');
  return e;
}

export interface WerkgeverVelden {
  bedrijfsnaam: string;
  kvkNummer: string;
  contactpersoon: string;
  email: string;
  telefoon: string;
  vestigingsgemeenteCode: string;
}

export function validateWerkgever(v: WerkgeverVelden, prefix: string, t: Translator): FieldErrors {
  const e: FieldErrors = {};
  if (v.bedrijfsnaam.trim() === '') e[`${prefix}-bedrijfsnaam`] = t('werkgever.bedrijfsnaam.required');
  if (v.kvkNummer.trim() === '') e[`${prefix}-kvk`] = t('werkgever.kvk.required');
  else if (!isKvkNummer(v.kvkNummer)) e[`${prefix}-kvk`] = t('form.kvk.invalid');
  if (v.contactpersoon.trim() === '') e[`${prefix}-contactpersoon`] = t('werkgever.contactpersoon.required');
  if (v.email.trim() !== '' && !isEmail(v.email)) e[`${prefix}-email`] = t('form.email.invalid');
  if (v.telefoon.trim() !== '' && !isTelefoon(v.telefoon)) e[`${prefix}-telefoon`] = t('form.telefoon.invalid');
  if (!isGemeenteCode(v.vestigingsgemeenteCode)) e[`${prefix}-gemeente`] = t('werkgever.gemeente.required');
  return e;
}

export interface UitkomstVelden {
  uitkomst: string;
  doorverwezenNaar: string;
  toelichting: string;
}

/** Uitkomst of a contact or a closed aanmelding: doorverwezenNaar is required for "doorverwezen". */
export function validateUitkomst(v: UitkomstVelden, prefix: string, t: Translator): FieldErrors {
  const e: FieldErrors = {};
  if (v.uitkomst === '') e[`${prefix}-uitkomst`] = t('contact.uitkomst.required');
  if (v.uitkomst === 'doorverwezen' && v.doorverwezenNaar.trim() === '') {
    e[`${prefix}-doorverwezen`] = t('contact.doorverwezenNaar.required');
  }
  if (v.toelichting.trim().length > 2000) e[`${prefix}-toelichting`] = t('form.tooLong', { max: 2000 });
  return e;
}
