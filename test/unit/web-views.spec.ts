import { Controller, Get, Module, Render } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { compileStylesheet } from '../../scripts/build-css';
import { projectRoot } from '../../src/common/paths';
import { RAG_LOOKS } from '../../src/presentation/rag';
import { configureViews, createViewEnvironment } from '../../src/web/views';

const NONCE = 'nonce-abc123';
const CSRF = 'csrf-token-xyz';
const HOSTILE = '<script>alert(1)</script> {{ 7*7 }}';

const caller = { displayName: 'Ann Clerk', email: 'ann@example.org', role: 'clerk', authorityName: 'Halton' };

const sut = createViewEnvironment();

function render(page: string, context: Record<string, unknown>): string {
  return sut.render(`pages/${page}.njk`, { cspNonce: NONCE, csrfToken: CSRF, ...context });
}

/** What every page must be, whatever its content. */
function expectAPage(html: string, title: string): void {
  expect(html).toContain(`<title>${title} – Improvement Tracker</title>`);
  expect(html).toMatch(/<html lang="en"/);
  expect(html).toContain('<a href="#main-content" class="govuk-skip-link"');
  expect(html).toContain('id="main-content"');
  expect(html).toContain('href="/assets/application.css"');

  // Not GOV.UK: no crown, no GOV.UK logo or icons, no Crown copyright or licence.
  expect(html).not.toContain('GOV.UK');
  expect(html).not.toMatch(/govuk-header__logotype|govuk-logo|govuk-footer__crown|govuk-footer__copyright-logo/);
  expect(html).not.toContain('Crown copyright');
  expect(html).not.toContain('Open Government Licence');
  expect(html).not.toContain('/assets/images/');
  expect(html).not.toContain('<svg');

  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThanOrEqual(3);
  for (const script of scripts) expect(script).toContain(`nonce="${NONCE}"`);
  expect(html).toContain(`<script type="module" src="/assets/govuk-frontend.min.js" nonce="${NONCE}"></script>`);
  expect(html).toMatch(/import \{ initAll \} from '\/assets\/govuk-frontend\.min\.js'/);

  // The Content-Security-Policy allows neither inline handlers nor inline styles.
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/\sstyle\s*=/i);
}

function expectEscaped(html: string): void {
  expect(html).not.toContain('<script>alert');
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).toContain('{{ 7*7 }}');
  expect(html).not.toContain('49');
}

function formsIn(html: string): string[] {
  return html.match(/<form\b[\s\S]*?<\/form>/g) ?? [];
}

describe('filters', () => {
  it('gives every page the same words as the papers', () => {
    const html = sut.renderString(
      "{{ '2008-09-11' | govukDate }}; {{ 'clerk' | roleWord }}; {{ 'not_started' | ragWord }}; {{ 'better' | changeWord }}; {{ '10.4000' | plainNumber }}",
      {},
    );
    expect(html).toBe('11 September 2008; Committee clerk; Not started; Improved; 10.4');
  });
});

describe('layout', () => {
  it('shows navigation and a Sign out form only to a signed-in caller', () => {
    const signedOut = render('sign-in', { pageTitle: 'Sign in' });
    expect(signedOut).toContain('Improvement Tracker');
    expect(signedOut).not.toContain('href="/account"');
    expect(signedOut).not.toContain('action="/sign-out"');

    const signedIn = render('home', {
      pageTitle: 'Improvement plans',
      caller,
      authority: { name: 'Halton' },
      plans: [],
    });
    expect(signedIn).toMatch(/<a href="\/" class="govuk-service-navigation__link">\s*Improvement Tracker/);
    expect(signedIn).toMatch(/href="\/account"[^>]*>\s*Your account/);
    expect(signedIn).toMatch(/<a class="govuk-service-navigation__link" href="\/" aria-current="page">/);
    const signOut = formsIn(signedIn).find((form) => form.includes('action="/sign-out"'));
    expect(signOut).toMatch(/^<form method="post" action="\/sign-out"/);
    expect(signOut).toContain(`<input type="hidden" name="_csrf" value="${CSRF}">`);
    expect(signOut).toMatch(/<button type="submit"[^>]*>Sign out<\/button>/);
  });

  it('shows the example notice, as text, when there is one', () => {
    const html = render('not-found', { exampleNotice: `Halton’s data ${HOSTILE}` });
    expect(html).toContain('govuk-notification-banner');
    expect(html).toContain('The information in this service is an example');
    expect(html).toContain('Halton’s data');
    expectEscaped(html);

    expect(render('not-found', {})).not.toContain('govuk-notification-banner');
  });
});

describe('sign-in page', () => {
  it('has a form that posts the CSRF token and where to go next', () => {
    const html = render('sign-in', { pageTitle: 'Sign in', email: '', next: '/account' });
    expectAPage(html, 'Sign in');
    const [form] = formsIn(html);
    expect(form).toMatch(/^<form method="post" action="\/sign-in"/);
    expect(form).toContain(`<input type="hidden" name="_csrf" value="${CSRF}">`);
    expect(form).toContain('<input type="hidden" name="next" value="/account">');
    expect(form).toMatch(
      /<input [^>]*id="email" name="email" type="email" spellcheck="false"[^>]*autocomplete="username"/,
    );
    expect(form).toMatch(
      /<input [^>]*id="password" name="password" type="password"[^>]*autocomplete="current-password"/,
    );
    expect(form).toMatch(/<button type="submit"[^>]*>\s*Sign in\s*<\/button>/);
    expect(html).not.toContain('govuk-error-summary');
  });

  it('lists each error, linked to its field, and says so in the title', () => {
    const html = render('sign-in', {
      pageTitle: 'Sign in',
      email: 'ann@example.org',
      errors: { email: 'Enter an email address', password: 'Enter your password' },
    });
    expectAPage(html, 'Error: Sign in');
    expect(html).toContain('govuk-error-summary');
    expect(html).toContain('<a href="#email">Enter an email address</a>');
    expect(html).toContain('<a href="#password">Enter your password</a>');
    expect(html).toMatch(/id="email-error" class="govuk-error-message">[\s\S]*Enter an email address/);
    expect(html).toContain('value="ann@example.org"');
  });

  it('links a failed sign-in to the email field', () => {
    const html = render('sign-in', {
      pageTitle: 'Sign in',
      errors: { form: 'Enter a correct email address and password' },
    });
    expect(html).toContain('<a href="#email">Enter a correct email address and password</a>');
  });

  it('shows a notice and keeps what was typed as text', () => {
    const html = render('sign-in', {
      pageTitle: 'Sign in',
      email: HOSTILE,
      next: HOSTILE,
      notice: 'You have signed out.',
    });
    expect(html).toContain('You have signed out.');
    expectEscaped(html);
  });
});

describe('home page', () => {
  const plans = [
    { id: 'p1', reference: 'HAL-2025-01', title: `Plan ${HOSTILE}`, status: 'endorsed', endorsedOn: '2025-03-04' },
    { id: 'p2', reference: 'HAL-2025-02', title: 'Second plan', status: 'draft', endorsedOn: null },
  ];

  it('lists the authority’s plans with their status in words', () => {
    const html = render('home', { pageTitle: 'Improvement plans', caller, authority: { name: 'Halton' }, plans });
    expectAPage(html, 'Improvement plans');
    expect(html).toContain('<span class="govuk-caption-l">Halton</span>');
    expect(html).toMatch(/<h1 class="govuk-heading-l">Improvement plans<\/h1>/);
    const rows = html.match(/<tr class="govuk-table__row">[\s\S]*?<\/tr>/g) ?? [];
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain('HAL-2025-01');
    expect(rows[1]).toMatch(/govuk-tag[^>]*>\s*Endorsed\s*</);
    expect(rows[1]).toContain('4 March 2025');
    expect(rows[2]).toContain('Second plan');
    expect(rows[2]).toMatch(/govuk-tag[^>]*>\s*Draft\s*</);
    expect(rows[2]).toContain('Not endorsed');
    expectEscaped(html);
    expect(html).not.toContain('There are no improvement plans');
  });

  it('says so when there are no plans', () => {
    const html = render('home', { pageTitle: 'Improvement plans', caller, authority: { name: 'Halton' }, plans: [] });
    expect(html).toContain('There are no improvement plans for Halton yet.');
    expect(html).not.toContain('govuk-table');
  });
});

describe('account page', () => {
  const tokens = [
    {
      id: '6f1c0d3e-0000-4000-8000-000000000001',
      name: `CI ${HOSTILE}`,
      prefix: 'itk_ab12',
      createdAt: new Date('2025-03-04T13:05:00Z'),
      expiresAt: new Date('2025-06-02T13:05:00Z'),
      lastUsedAt: null,
      status: 'active',
    },
    {
      id: '6f1c0d3e-0000-4000-8000-000000000002',
      name: 'Old script',
      prefix: 'itk_cd34',
      createdAt: new Date('2024-01-04T10:00:00Z'),
      expiresAt: new Date('2024-02-04T10:00:00Z'),
      lastUsedAt: new Date('2024-01-05T09:30:00Z'),
      status: 'expired',
    },
    {
      id: '6f1c0d3e-0000-4000-8000-000000000003',
      name: 'Reporting',
      prefix: 'itk_ef56',
      createdAt: new Date('2025-02-01T10:00:00Z'),
      expiresAt: new Date('2026-02-01T10:00:00Z'),
      lastUsedAt: null,
      status: 'active',
    },
  ];
  const user = { ...caller, partnerName: null };
  const base = { pageTitle: 'Your account', caller, user, tokens, newToken: null, errors: {}, values: {} };

  it('shows the user’s details and a revoke form for each active token', () => {
    const html = render('account', base);
    expectAPage(html, 'Your account');
    expect(html).toMatch(/Role\s*<\/dt>\s*<dd class="govuk-summary-list__value">\s*Committee clerk/);
    expect(html).not.toContain('Partner');
    expect(html).toContain('4 March 2025 at 1:05pm');
    expect(html).toContain('Never');

    const revokes = formsIn(html).filter((form) => form.includes('/revoke'));
    expect(revokes).toHaveLength(2);
    for (const [form, token] of [
      [revokes[0], tokens[0]],
      [revokes[1], tokens[2]],
    ] as const) {
      expect(form).toMatch(new RegExp(`^<form method="post" action="/account/tokens/${token.id}/revoke"`));
      expect(form).toContain(`<input type="hidden" name="_csrf" value="${CSRF}">`);
      expect(form).toMatch(/Revoke<span class="govuk-visually-hidden"> access token ‘/);
    }
    expect(revokes[1]).toContain('‘Reporting’');
    expect(html).not.toContain(`/account/tokens/${tokens[1].id}/revoke`);
    expect(html).toMatch(/govuk-tag[^>]*>\s*Expired\s*</);
    expectEscaped(html);
    expect(html).not.toContain('It will not be shown again');
  });

  it('shows a new token’s value once', () => {
    const html = render('account', { ...base, newToken: { name: 'CI', value: 'itk_ab12_s3cr3t' } });
    expect(html.split('itk_ab12_s3cr3t')).toHaveLength(2);
    expect(html).toContain('It will not be shown again.');
  });

  it('has a form to create a token, with its errors linked to the fields', () => {
    const html = render('account', {
      ...base,
      errors: { name: 'Enter a name for the token', expiresInDays: 'Choose when the token expires' },
      values: { name: 'Half-typed', expiresInDays: 90 },
    });
    expectAPage(html, 'Error: Your account');
    const create = formsIn(html).find((form) => form.includes('action="/account/tokens"'));
    expect(create).toMatch(/^<form method="post" action="\/account\/tokens"/);
    expect(create).toContain(`<input type="hidden" name="_csrf" value="${CSRF}">`);
    expect(create).toMatch(/id="token-name" name="name" type="text"[^>]*value="Half-typed"/);
    for (const days of ['7', '30', '90', '365'])
      expect(create).toContain(`name="expiresInDays" type="radio" value="${days}"`);
    expect(create).toContain('value="90" checked');
    expect(html).toContain('<a href="#token-name">Enter a name for the token</a>');
    expect(html).toContain('<a href="#expiresInDays">Choose when the token expires</a>');
    expect(html).toContain('id="expiresInDays" name="expiresInDays"');
  });

  it('shows the partner when the user has one', () => {
    const html = render('account', { ...base, user: { ...user, partnerName: 'Cheshire Police' } });
    expect(html).toMatch(/Partner\s*<\/dt>\s*<dd class="govuk-summary-list__value">\s*Cheshire Police/);
  });
});

describe('error pages', () => {
  it('shows the heading, message and reference, and nothing of the error itself', () => {
    const html = render('error', {
      pageTitle: 'Sorry, there is a problem with the service',
      statusCode: 500,
      heading: 'Sorry, there is a problem with the service',
      message: 'Try again later.',
      requestId: 'req-7f3a',
      caller: null,
      stack: 'Error: boom\n    at secret (/app/src/x.ts:1:1)',
    });
    expectAPage(html, 'Sorry, there is a problem with the service');
    expect(html).toContain('Try again later.');
    expect(html).toContain('req-7f3a');
    expect(html).not.toContain('boom');
    expect(html).not.toContain('x.ts');
  });

  it('leaves out the reference when there is none', () => {
    const html = render('error', { pageTitle: 'Bad request', heading: 'Bad request', message: 'x', requestId: null });
    expect(html).not.toContain('reference');
  });

  it('has a page for pages that are not found', () => {
    const html = render('not-found', { caller });
    expectAPage(html, 'Page not found');
    expect(html).toContain('If you typed the web address, check it is correct.');
  });

  it('has a page for pages the caller may not see', () => {
    const html = render('forbidden', { caller });
    expectAPage(html, 'You do not have permission to see this page');
  });
});

describe('configureViews', () => {
  @Controller()
  class PageController {
    @Get('page')
    @Render('pages/not-found')
    page() {
      return { cspNonce: NONCE };
    }
  }
  @Module({ controllers: [PageController] })
  class PagesModule {}

  let app: NestExpressApplication;
  beforeAll(async () => {
    app = await NestFactory.create<NestExpressApplication>(PagesModule, { logger: false });
    configureViews(app, createViewEnvironment());
    await app.init();
  });
  afterAll(() => app.close());

  it('renders pages through Express', async () => {
    const response = await request(app.getHttpServer()).get('/page').expect(200);
    expect(response.type).toBe('text/html');
    expect(response.text).toContain('<title>Page not found – Improvement Tracker</title>');
  });

  it('serves GOV.UK Frontend’s JavaScript, cached for a day', async () => {
    const response = await request(app.getHttpServer()).get('/assets/govuk-frontend.min.js').expect(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=86400');
    expect(response.text).toContain('initAll');
  });

  it('serves the stylesheet once built', async () => {
    const built = existsSync(join(projectRoot(), 'dist/web/assets/application.css'));
    await request(app.getHttpServer())
      .get('/assets/application.css')
      .expect(built ? 200 : 404);
  });

  it('does not serve GOV.UK’s fonts or anything else from the package', async () => {
    await request(app.getHttpServer()).get('/assets/fonts/bold-b542beb274-v2.woff2').expect(404);
    await request(app.getHttpServer()).get('/assets/govuk-frontend.min.js/x').expect(404);
    await request(app.getHttpServer()).get('/assets/template.njk').expect(404);
  });
});

describe('scripts/build-css.ts', () => {
  let css: string;
  beforeAll(() => {
    css = compileStylesheet();
  });

  it('compiles GOV.UK Frontend with Arial instead of GDS Transport', () => {
    expect(css).toContain('.govuk-button');
    expect(css).toContain('font-family:arial,helvetica,sans-serif');
    expect(css).not.toMatch(/GDS Transport/i);
    expect(css).not.toContain('@font-face');
    expect(css).not.toContain('/assets/fonts/');
  });

  it('colours each RAG tag as src/presentation defines it', () => {
    // Compressed CSS writes #ffffff as #fff.
    const full = (hex: string) => (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex);
    for (const [rag, look] of Object.entries(RAG_LOOKS)) {
      const rule = new RegExp(`\\.app-rag--${rag}\\{color:(#[0-9a-f]{3,6});background-color:(#[0-9a-f]{3,6})\\}`).exec(
        css,
      );
      expect(rule).not.toBeNull();
      expect([full(rule![1]), full(rule![2])]).toEqual([look.text, look.background]);
    }
  });
});
