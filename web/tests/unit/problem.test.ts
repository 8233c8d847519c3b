import { describe, expect, it } from 'vitest';
import { describeProblem, isNotFound } from '../../src/lib/api/problem';
import { translate, type MessageKey, type MessageParams } from '../../src/lib/i18n/translate';

const t = (key: MessageKey, params?: MessageParams) => translate('nl', key, params);

describe('describeProblem', () => {
  it('renders title, detail, status and instance of a problem+json body', () => {
    const view = describeProblem(
      {
        kind: 'http',
        status: 404,
        body: {
          type: 'about:blank',
          title: 'Niet gevonden',
          status: 404,
          detail: 'Arbeidsmarktregio AM99 bestaat niet.',
          instance: 'urn:uuid:0190b6f0-0000-7000-8000-000000000000',
        },
      },
      t,
    );
    expect(view).toEqual({
      title: 'Niet gevonden',
      detail: 'Arbeidsmarktregio AM99 bestaat niet.',
      status: 404,
      instance: 'urn:uuid:0190b6f0-0000-7000-8000-000000000000',
      invalidParams: [],
    });
  });

  it('lists every valid invalidParams entry and skips malformed ones', () => {
    const view = describeProblem(
      {
        kind: 'http',
        status: 400,
        body: {
          title: 'Ongeldige aanvraag',
          status: 400,
          detail: 'Een of meer parameters zijn ongeldig.',
          invalidParams: [
            { name: 'pageSize', code: 'maximum', reason: 'Moet tussen 1 en 100 liggen' },
            { name: 'page', reason: 'Moet 1 of hoger zijn' },
            { code: 'x' },
            'rubbish',
            null,
          ],
        },
      },
      t,
    );
    expect(view.invalidParams).toEqual([
      { name: 'pageSize', code: 'maximum', reason: 'Moet tussen 1 en 100 liggen' },
      { name: 'page', code: '', reason: 'Moet 1 of hoger zijn' },
    ]);
  });

  it('falls back to a translated message for a body that is not problem+json', () => {
    const view = describeProblem({ kind: 'http', status: 502, body: '<html>Bad Gateway</html>' }, t);
    expect(view.title).toBe('Onverwachte fout');
    expect(view.detail).toBe('De server gaf een onverwacht antwoord (status 502).');
    expect(view.status).toBe(502);
    expect(view.instance).toBeNull();
  });

  it('keeps a problem title without detail as is', () => {
    const view = describeProblem({ kind: 'http', status: 503, body: { title: 'Dienst niet beschikbaar' } }, t);
    expect(view.title).toBe('Dienst niet beschikbaar');
    expect(view.detail).toBeNull();
  });

  it('describes a network failure', () => {
    const view = describeProblem({ kind: 'network' }, t);
    expect(view.title).toBe('Geen verbinding met de server');
    expect(view.status).toBeNull();
  });

  it('translates the fallback into English', () => {
    const view = describeProblem({ kind: 'network' }, (key, params) => translate('en', key, params));
    expect(view.title).toBe('No connection to the server');
  });
});

describe('isNotFound', () => {
  it('is true only for HTTP 404', () => {
    expect(isNotFound({ kind: 'http', status: 404, body: null })).toBe(true);
    expect(isNotFound({ kind: 'http', status: 400, body: null })).toBe(false);
    expect(isNotFound({ kind: 'network' })).toBe(false);
  });
});
