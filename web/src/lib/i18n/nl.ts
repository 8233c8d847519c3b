// Dutch UI strings: the reference dictionary. Every other language must have exactly these keys.
// Placeholders look like {name} and are filled in by translate().
export const nl = {
  'app.name': 'RMT-platform',
  'app.tagline': 'Regionale mobiliteitsteams en werkcentra',
  'skipLink': 'Naar de inhoud',
  'nav.label': 'Hoofdmenu',
  'nav.home': 'Home',
  'nav.regios': 'Regio’s',
  'lang.switchTo': 'English',
  'lang.switchToLang': 'en',
  'lang.switchLabel': 'Switch to English',
  'footer.label': 'Over deze website',
  'footer.toegankelijkheid': 'Toegankelijkheidsverklaring',
  'title.separator': ' – ',

  'status.loading': 'Gegevens worden geladen…',
  'status.loaded': '{count} rijen geladen.',
  'source.cbs': 'Bron: CBS',
  'source.cbsLong': 'Arbeidsmarktregio’s en gemeenten 2024 (CBS Gebieden in Nederland, via PDOK).',

  'problem.heading': 'Er ging iets mis',
  'problem.network.title': 'Geen verbinding met de server',
  'problem.network.detail': 'De gegevens konden niet worden opgehaald. Controleer uw verbinding en probeer het opnieuw.',
  'problem.unknown.title': 'Onverwachte fout',
  'problem.unknown.detail': 'De server gaf een onverwacht antwoord (status {status}).',
  'problem.invalidParams': 'Ongeldige invoer:',
  'problem.instance': 'Kenmerk voor de servicedesk: {instance}',

  'home.title': 'Home',
  'home.heading': 'RMT-platform',
  'home.lead':
    'Het RMT-platform ondersteunt de regionale mobiliteitsteams en de werkcentra in de 35 arbeidsmarktregio’s. Werkzoekenden, werkenden en werkgevers krijgen één loket; partners werken samen in één traject.',
  'home.what.heading': 'Wat doet het platform?',
  'home.what.toegang.term': 'Centrale toegang',
  'home.what.toegang.text':
    'Één voordeur per regio. Een vraag komt binnen via het webformulier, de telefoon, de balie of een partner en wordt een aanmelding met een referentienummer.',
  'home.what.trajecten.term': 'Trajecten',
  'home.what.trajecten.text':
    'De vraag van de klant staat centraal. Adviseurs van UWV, gemeenten, onderwijs en andere partners werken samen in één traject, met afspraken, doorverwijzingen en interventies op maat.',
  'home.what.budget.term': 'Ontschot budget',
  'home.what.budget.text':
    'Één gezamenlijk regionaal budget per jaar, beheerd door de kassier, met verplichtingen, declaraties, betalingen en verantwoording.',
  'home.what.monitor.term': 'Monitor',
  'home.what.monitor.text':
    'Landelijke en regionale cijfers over bereik, inzet en resultaten, beschermd tegen herleidbaarheid, voor lerende evaluatie.',
  'home.regios.heading': 'Arbeidsmarktregio’s',
  'home.regios.text': 'Bekijk welke gemeenten bij welke arbeidsmarktregio horen.',
  'home.regios.link': 'Naar de arbeidsmarktregio’s',

  'regios.title': 'Arbeidsmarktregio’s',
  'regios.heading': 'Arbeidsmarktregio’s',
  'regios.lead': 'Nederland is verdeeld in 35 arbeidsmarktregio’s. Kies een regio om de gemeenten te zien.',
  'regios.caption': 'Arbeidsmarktregio’s {jaar}',
  'regios.col.code': 'Code',
  'regios.col.naam': 'Naam',
  'regios.col.aantalGemeenten': 'Aantal gemeen\u00adten',
  'regios.total': 'Totaal: {count} arbeidsmarktregio’s.',

  'regio.title': '{naam} ({code})',
  'regio.heading.loading': 'Arbeidsmarktregio {code}',
  'regio.breadcrumb': 'Terug naar alle arbeidsmarktregio’s',
  'regio.summary': 'Arbeidsmarktregio {naam} (code {code}) telt in {jaar} {count} gemeenten.',
  'regio.caption': 'Gemeenten in {naam}',
  'regio.col.code': 'Gemeentecode',
  'regio.col.naam': 'Gemeente',
  'regio.notFound.title': 'Regio niet gevonden',
  'regio.notFound.heading': 'Arbeidsmarktregio niet gevonden',
  'regio.notFound.text': 'Er bestaat geen arbeidsmarktregio met de code “{code}”. Een code ziet eruit als AM13.',

  'notFound.title': 'Pagina niet gevonden',
  'notFound.heading': 'Pagina niet gevonden',
  'notFound.text': 'Deze pagina bestaat niet (meer). Controleer het adres of ga naar de homepagina.',
  'notFound.home': 'Naar de homepagina',

  'a11y.title': 'Toegankelijkheidsverklaring',
  'a11y.heading': 'Toegankelijkheidsverklaring',
  'a11y.intro':
    'Het team van het RMT-platform wil dat iedereen deze website en webapplicatie kan gebruiken, ook mensen met een beperking. Daarom bouwen we volgens de Europese norm EN 301 549 en de Web Content Accessibility Guidelines (WCAG).',
  'a11y.scope.heading': 'Waar gaat deze verklaring over?',
  'a11y.scope.text':
    'Deze verklaring geldt voor het openbare deel en het medewerkersdeel van het RMT-platform, zoals gebruikt door de regionale mobiliteitsteams, de werkcentra en hun partners.',
  'a11y.status.heading': 'Nalevingsstatus',
  'a11y.status.text':
    'Ons doel is dat het platform volledig voldoet aan WCAG 2.2 op niveau A en AA. Het wettelijke minimum is WCAG 2.1 niveau AA. Een volledig onderzoek door een onafhankelijke deskundige volgens de WCAG-EM-methode is nog niet uitgevoerd; het platform voldoet daarom nog niet aantoonbaar volledig. Deze verklaring wordt bijgewerkt zodra dat onderzoek is gedaan.',
  'a11y.test.heading': 'Hoe testen we?',
  'a11y.test.text':
    'Bij elke wijziging testen we iedere pagina automatisch met axe-core in de browser Chromium, op een smal scherm van 320 pixels breed (zoals een telefoon of 400% inzoomen) en op een breed scherm van 1280 pixels. We controleren op WCAG 2.0, 2.1 en 2.2 niveau A en AA. We testen ook of alles met alleen het toetsenbord werkt, of de link ‘Naar de inhoud’ de eerste tabstop is, en of de focus bij het wisselen van pagina naar de kop van de nieuwe pagina gaat.',
  'a11y.test.limits':
    'Automatische tests vinden niet alle problemen. Daarom controleren we ook met de hand, onder meer met een schermlezer, en laten we het platform vóór ingebruikname onderzoeken door een onafhankelijke deskundige.',
  'a11y.known.heading': 'Bekende problemen',
  'a11y.known.text': 'Op dit moment zijn ons geen toegankelijkheidsproblemen bekend. Vindt u er toch een? Laat het ons weten.',
  'a11y.contact.heading': 'Probleem melden of contact',
  'a11y.contact.text':
    'Kunt u iets niet gebruiken, lezen of vinden? Of heeft u een vraag of opmerking over de toegankelijkheid? Neem dan contact met ons op. We sturen binnen 5 werkdagen een bevestiging en binnen 2 weken een inhoudelijke reactie.',
  'a11y.contact.email': 'E-mail:',
  'a11y.contact.emailAddress': 'rmt-platform-team@example.nl',
  'a11y.contact.web': 'Contactformulier:',
  'a11y.contact.webAddress': 'https://rmt-platform.example.nl/contact',
  'a11y.complaint.heading': 'Niet tevreden?',
  'a11y.complaint.text':
    'Bent u niet tevreden over onze reactie? Dan kunt u contact opnemen met de Nationale ombudsman of met de ombudsman van uw gemeente.',
  'a11y.date': 'Deze verklaring is opgesteld op 25 november 2026.',
} as const;

export type MessageKey = keyof typeof nl;
export type Dictionary = Record<MessageKey, string>;
