import type { ApiFailure } from './result';

/** An existing record the server named in a 409 "seems to exist already" answer. */
export interface Duplicate {
  /** The field that matched: bsn, naam, kvkNummer … */
  field: string;
  id: string;
  /** The server's sentence, for display. */
  message: string;
}

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * The existing records of a 409 duplicate warning (POST /klanten, POST /werkgevers): the
 * invalidParams whose code or reason is "duplicate", each carrying the existing id in one of
 * its texts. Each id once. Empty for any other failure.
 */
export function duplicatesOf(failure: ApiFailure): Duplicate[] {
  if (failure.kind !== 'http' || failure.status !== 409) return [];
  const body = failure.body;
  if (typeof body !== 'object' || body === null) return [];
  const params = (body as Record<string, unknown>).invalidParams;
  if (!Array.isArray(params)) return [];
  const found: Duplicate[] = [];
  for (const item of params) {
    if (typeof item !== 'object' || item === null) continue;
    const record = item as Record<string, unknown>;
    const texts = [text(record.code), text(record.reason), text(record.detail)];
    if (!texts.some((t) => t === 'duplicate')) continue;
    const match = texts.map((t) => uuid.exec(t)).find((m) => m !== null);
    if (!match) continue;
    const id = match[0].toLowerCase();
    if (found.some((d) => d.id === id)) continue;
    const message = texts.find((t) => t !== 'duplicate' && t !== '') ?? '';
    found.push({ field: text(record.name), id, message });
  }
  return found;
}
