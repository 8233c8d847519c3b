import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ProblemAlert from '../../src/components/ProblemAlert.svelte';
import { i18n } from '../../src/lib/i18n/i18n.svelte';

describe('ProblemAlert', () => {
  let component: ReturnType<typeof mount> | undefined;

  afterEach(() => {
    if (component) unmount(component);
    component = undefined;
    document.body.innerHTML = '';
    i18n.setLocale('nl');
  });

  it('shows the problem title, detail, invalid parameters and reference in an alert', () => {
    component = mount(ProblemAlert, {
      target: document.body,
      props: {
        failure: {
          kind: 'http',
          status: 400,
          body: {
            title: 'Ongeldige aanvraag',
            status: 400,
            detail: 'Een of meer parameters zijn ongeldig.',
            instance: 'urn:uuid:1234',
            invalidParams: [{ name: 'pageSize', code: 'maximum', reason: 'Moet tussen 1 en 100 liggen' }],
          },
        },
      },
    });
    flushSync();
    const alert = document.querySelector('[role="alert"]');
    expect(alert).not.toBeNull();
    expect(alert?.classList.contains('utrecht-alert--error')).toBe(true);
    expect(alert?.querySelector('h2')?.textContent).toBe('Ongeldige aanvraag');
    expect(alert?.textContent).toContain('Een of meer parameters zijn ongeldig.');
    expect(alert?.querySelector('li')?.textContent).toBe('pageSize: Moet tussen 1 en 100 liggen');
    expect(alert?.textContent).toContain('Kenmerk voor de servicedesk: urn:uuid:1234');
  });

  it('re-renders a fallback message in the new language after a language switch', () => {
    component = mount(ProblemAlert, { target: document.body, props: { failure: { kind: 'network' } } });
    flushSync();
    expect(document.querySelector('h2')?.textContent).toBe('Geen verbinding met de server');
    i18n.setLocale('en');
    flushSync();
    expect(document.querySelector('h2')?.textContent).toBe('No connection to the server');
  });

  it('lets the page replace the title and shows Retry-After of a 429', () => {
    component = mount(ProblemAlert, {
      target: document.body,
      props: {
        title: 'Inloggen is niet gelukt',
        failure: { kind: 'http', status: 429, retryAfter: 300, body: { title: 'Te veel pogingen', status: 429, detail: 'Wacht even.' } },
      },
    });
    flushSync();
    const alert = document.querySelector('[role="alert"]');
    expect(alert?.querySelector('h2')?.textContent).toBe('Inloggen is niet gelukt');
    expect(alert?.textContent).toContain('Wacht even.');
    expect(alert?.textContent).toContain('Probeer het over 5 minuten opnieuw.');
  });
});
