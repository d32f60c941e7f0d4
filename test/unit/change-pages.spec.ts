import { overrideFields } from '../../src/plans/action-edit.form';
import { createViewEnvironment } from '../../src/web/views';

const sut = createViewEnvironment();
const HOSTILE = '<script>alert(1)</script> {{ 7*7 }}';
const caller = { displayName: 'Ann Clerk', email: 'ann@example.org', role: 'clerk', authorityName: 'Halton' };

const render = (page: string, context: Record<string, unknown>) =>
  sut.render(`pages/${page}.njk`, { cspNonce: 'n', csrfToken: 'csrf-xyz', caller, ...context });

describe('the change pages', () => {
  const action = {
    id: 'a',
    reference: 'O1',
    title: 'T',
    kind: 'outcome',
    ownerId: null,
    leadPartnerId: null,
    startDate: '2008-10-01',
    dueDate: '2009-03-31',
    status: 'in_progress',
    percentComplete: 0,
    ragOverride: null,
    ragOverrideReason: null,
    ragOverrideUntil: null,
    version: 4,
  };

  it('draws a form from its fields, escaped, with its token, version and errors linked to their fields', () => {
    const html = render('change-form', {
      pageTitle: 'Set the status by hand',
      caption: HOSTILE,
      heading: 'Set the status by hand',
      intro: null,
      breadcrumbs: [{ text: 'Plan', href: '/plans/p' }],
      action: '/plans/p/actions/a/override/check',
      hidden: [{ name: 'version', value: '4' }],
      fields: overrideFields(action, { ragOverride: 'amber', ragOverrideReason: HOSTILE }),
      button: 'Continue',
      backHref: '/plans/p/actions/a',
      errors: { ragOverrideUntil: 'The end date must be today or later' },
      errorList: [{ text: 'The end date must be today or later', href: '#ragOverrideUntil-day' }],
    });
    expect(html).toContain('<title>Error: Set the status by hand – Improvement Tracker</title>');
    expect(html).toContain('<input type="hidden" name="_csrf" value="csrf-xyz">');
    expect(html).toContain('<input type="hidden" name="version" value="4">');
    expect(html).toContain('<a href="#ragOverrideUntil-day">The end date must be today or later</a>');
    expect(html).toMatch(
      /<input class="govuk-radios__input" id="ragOverride-2" name="ragOverride" type="radio" value="amber" checked>/,
    );
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('49');
  });

  it('draws a check page with its answers, their Change links and the confirmation carrying the answers', () => {
    const html = render('check-change', {
      pageTitle: 'Check before the action is cancelled',
      caption: 'Action O1',
      heading: 'Check before the action is cancelled',
      breadcrumbs: [{ text: 'Plan', href: '/plans/p' }],
      rows: [{ key: 'Reason', value: HOSTILE, changeHref: '/plans/p/actions/a/cancel?cancellationReason=x' }],
      warning: 'No more updates can be posted on a cancelled action.',
      action: '/plans/p/actions/a/cancel',
      hidden: [{ name: 'cancellationReason', value: HOSTILE }],
      button: 'Cancel the action',
      dangerous: true,
      backHref: '/plans/p/actions/a',
    });
    expect(html).toContain('href="/plans/p/actions/a/cancel?cancellationReason=x"');
    expect(html).toContain('Change<span class="govuk-visually-hidden"> reason</span>');
    expect(html).toContain('govuk-button--warning');
    expect(html).toContain('name="cancellationReason" value="&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }}"');
    expect(html).not.toContain('<script>alert');
  });
});
