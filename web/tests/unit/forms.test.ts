import { describe, expect, it } from 'vitest';
import { endOfDayIso, isDate, localDateString, startOfDayIso, startOfNextDayIso } from '../../src/lib/forms/dates';
import { fieldMap, mapInvalidParams, orderedErrors } from '../../src/lib/forms/errors';
import { splitProblem } from '../../src/lib/forms/problem-fields';
import { compactFilter } from '../../src/lib/api/verantwoording';
import { ifMatchValue } from '../../src/lib/etag';
import { translate, type MessageKey, type MessageParams } from '../../src/lib/i18n/translate';

const t = (key: MessageKey, params?: MessageParams) => translate('nl', key, params);

describe('form errors', () => {
  it('orders the summary like the fields on the page', () => {
    expect(orderedErrors({ b: 'B', a: 'A', x: 'X' }, ['a', 'b'])).toEqual([
      { id: 'a', message: 'A' },
      { id: 'b', message: 'B' },
      { id: 'x', message: 'X' },
    ]);
  });

  it('maps invalidParams to fields, array entries included', () => {
    const fields = fieldMap({ naam: 'org-naam', regioCodes: 'org-regios' });
    const { fields: mapped, other } = mapInvalidParams(
      [
        { name: 'naam', code: 'length', reason: 'Te lang.' },
        { name: 'regioCodes[1]', code: 'pattern', reason: 'Geen regiocode.' },
        { name: 'body.naam', code: 'x', reason: 'Nog iets.' },
        { name: 'onbekend', code: 'x', reason: 'Elders.' },
      ],
      fields,
    );
    expect(mapped).toEqual({ 'org-naam': 'Te lang. Nog iets.', 'org-regios': 'Geen regiocode.' });
    expect(other).toEqual([{ name: 'onbekend', code: 'x', reason: 'Elders.' }]);
  });

  it('shows a problem alert only when something is not about a field', () => {
    const body = (names: string[]) => ({
      title: 'Ongeldige invoer',
      status: 400,
      invalidParams: names.map((name) => ({ name, code: 'x', reason: `${name} fout` })),
    });
    const fields = fieldMap({ nieuwWachtwoord: 'wachtwoord-nieuw' });
    const allMapped = splitProblem({ kind: 'http', status: 400, body: body(['nieuwWachtwoord']) }, fields, t);
    expect(allMapped.fields).toEqual({ 'wachtwoord-nieuw': 'nieuwWachtwoord fout' });
    expect(allMapped.alert).toBeNull();
    const partly = splitProblem({ kind: 'http', status: 400, body: body(['nieuwWachtwoord', 'x']) }, fields, t);
    expect(partly.alert).not.toBeNull();
    const none = splitProblem({ kind: 'http', status: 409, body: { title: 'Bestaat al' } }, fields, t);
    expect(none.fields).toEqual({});
    expect(none.alert).not.toBeNull();
  });
});

describe('dates for the API', () => {
  it('validates calendar dates', () => {
    expect(isDate('2026-11-27')).toBe(true);
    expect(isDate('2026-02-31')).toBe(false);
    expect(isDate('27-11-2026')).toBe(false);
    expect(startOfDayIso('')).toBeNull();
  });

  it('turns a day into local start, next start and end of day', () => {
    const start = new Date(startOfDayIso('2026-11-27') as string);
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours()]).toEqual([2026, 10, 27, 0]);
    const next = new Date(startOfNextDayIso('2026-12-31') as string);
    expect([next.getFullYear(), next.getMonth(), next.getDate(), next.getHours()]).toEqual([2027, 0, 1, 0]);
    const end = new Date(endOfDayIso('2026-11-27') as string);
    expect([end.getDate(), end.getHours(), end.getMinutes(), end.getSeconds()]).toEqual([27, 23, 59, 59]);
    expect(endOfDayIso('2026-11-27')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('formats local dates for date inputs', () => {
    expect(localDateString(new Date(2026, 10, 27))).toBe('2026-11-27');
    expect(localDateString(new Date(2026, 11, 31), 1)).toBe('2027-01-01');
  });
});

describe('small helpers', () => {
  it('drops empty audit filters', () => {
    expect(compactFilter({ actor: ' ', objectType: 'sessie', objectId: '', van: undefined })).toEqual({ objectType: 'sessie' });
  });

  it('uses the ETag for If-Match, else the version', () => {
    expect(ifMatchValue('W/"7"', 7)).toBe('W/"7"');
    expect(ifMatchValue(null, 7)).toBe('"7"');
  });
});
