import type { Dictionary } from './nl';

// English UI strings. The type makes a missing or extra key a compile error.
export const en: Dictionary = {
  'app.name': 'RMT-platform',
  'app.tagline': 'Regional mobility teams and work centres',
  'skipLink': 'Skip to content',
  'nav.label': 'Main menu',
  'nav.home': 'Home',
  'nav.regios': 'Regions',
  'lang.switchTo': 'Nederlands',
  'lang.switchToLang': 'nl',
  'lang.switchLabel': 'Schakel naar Nederlands',
  'footer.label': 'About this website',
  'footer.toegankelijkheid': 'Accessibility statement',
  'title.separator': ' – ',

  'status.loading': 'Loading data…',
  'status.loaded': '{count} rows loaded.',
  'source.cbs': 'Source: CBS',
  'source.cbsLong': 'Labour-market regions and municipalities 2024 (CBS Gebieden in Nederland, via PDOK).',

  'problem.heading': 'Something went wrong',
  'problem.network.title': 'No connection to the server',
  'problem.network.detail': 'The data could not be retrieved. Check your connection and try again.',
  'problem.unknown.title': 'Unexpected error',
  'problem.unknown.detail': 'The server gave an unexpected response (status {status}).',
  'problem.invalidParams': 'Invalid input:',
  'problem.instance': 'Reference for the service desk: {instance}',

  'home.title': 'Home',
  'home.heading': 'RMT-platform',
  'home.lead':
    'The RMT platform supports the regional mobility teams and the work centres in the 35 labour-market regions. Job seekers, workers and employers get one front door; partners work together in one case.',
  'home.what.heading': 'What does the platform do?',
  'home.what.toegang.term': 'Central access',
  'home.what.toegang.text':
    'One front door per region. A question arrives by web form, phone, walk-in desk or a partner and becomes a registration with a reference number.',
  'home.what.trajecten.term': 'Cases',
  'home.what.trajecten.text':
    'The client’s own question comes first. Advisers from UWV, municipalities, education and other partners work together in one case, with agreements, referrals and tailored interventions.',
  'home.what.budget.term': 'Pooled budget',
  'home.what.budget.text':
    'One shared regional budget per year, administered by the cashier, with commitments, invoices, payments and accountability.',
  'home.what.monitor.term': 'Monitor',
  'home.what.monitor.text':
    'National and regional figures on reach, effort and results, protected against disclosure, for learning evaluation.',
  'home.regios.heading': 'Labour-market regions',
  'home.regios.text': 'See which municipalities belong to which labour-market region.',
  'home.regios.link': 'Go to the labour-market regions',

  'regios.title': 'Labour-market regions',
  'regios.heading': 'Labour-market regions',
  'regios.lead': 'The Netherlands is divided into 35 labour-market regions. Choose a region to see its municipalities.',
  'regios.caption': 'Labour-market regions {jaar}',
  'regios.col.code': 'Code',
  'regios.col.naam': 'Name',
  'regios.col.aantalGemeenten': 'Number of munici\u00adpalities',
  'regios.total': 'Total: {count} labour-market regions.',

  'regio.title': '{naam} ({code})',
  'regio.heading.loading': 'Labour-market region {code}',
  'regio.breadcrumb': 'Back to all labour-market regions',
  'regio.summary': 'Labour-market region {naam} (code {code}) has {count} municipalities in {jaar}.',
  'regio.caption': 'Municipalities in {naam}',
  'regio.col.code': 'Municipality code',
  'regio.col.naam': 'Municipality',
  'regio.notFound.title': 'Region not found',
  'regio.notFound.heading': 'Labour-market region not found',
  'regio.notFound.text': 'There is no labour-market region with the code “{code}”. A code looks like AM13.',

  'notFound.title': 'Page not found',
  'notFound.heading': 'Page not found',
  'notFound.text': 'This page does not exist (any more). Check the address or go to the home page.',
  'notFound.home': 'Go to the home page',

  'a11y.title': 'Accessibility statement',
  'a11y.heading': 'Accessibility statement',
  'a11y.intro':
    'The RMT platform team wants everyone to be able to use this website and web application, including people with disabilities. That is why we build to the European standard EN 301 549 and the Web Content Accessibility Guidelines (WCAG).',
  'a11y.scope.heading': 'What does this statement cover?',
  'a11y.scope.text':
    'This statement applies to the public part and the staff part of the RMT platform, as used by the regional mobility teams, the work centres and their partners.',
  'a11y.status.heading': 'Compliance status',
  'a11y.status.text':
    'Our aim is full conformance with WCAG 2.2 level A and AA. The legal minimum is WCAG 2.1 level AA. A full evaluation by an independent expert using the WCAG-EM method has not yet been carried out, so full conformance has not yet been demonstrated. This statement will be updated once that evaluation is done.',
  'a11y.test.heading': 'How do we test?',
  'a11y.test.text':
    'With every change we automatically test every page with axe-core in the Chromium browser, on a narrow screen 320 pixels wide (like a phone or 400% zoom) and on a wide screen of 1280 pixels. We check WCAG 2.0, 2.1 and 2.2 level A and AA. We also test that everything works with the keyboard alone, that the ‘Skip to content’ link is the first tab stop, and that focus moves to the heading of the new page when you change pages.',
  'a11y.test.limits':
    'Automated tests do not find every problem. That is why we also check by hand, including with a screen reader, and have the platform evaluated by an independent expert before it goes into use.',
  'a11y.known.heading': 'Known problems',
  'a11y.known.text': 'We currently know of no accessibility problems. Found one anyway? Please let us know.',
  'a11y.contact.heading': 'Report a problem or contact us',
  'a11y.contact.text':
    'Is there something you cannot use, read or find? Or do you have a question or comment about accessibility? Please contact us. We confirm receipt within 5 working days and respond in substance within 2 weeks.',
  'a11y.contact.email': 'Email:',
  'a11y.contact.emailAddress': 'rmt-platform-team@example.nl',
  'a11y.contact.web': 'Contact form:',
  'a11y.contact.webAddress': 'https://rmt-platform.example.nl/contact',
  'a11y.complaint.heading': 'Not satisfied?',
  'a11y.complaint.text':
    'Not satisfied with our response? Then you can contact the National Ombudsman or the ombudsman of your municipality.',
  'a11y.date': 'This statement was drawn up on 25 November 2026.',
};
