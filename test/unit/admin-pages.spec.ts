import { thresholdsFrom } from '../../src/authorities/admin.form';
import { thresholdsPage } from '../../src/authorities/admin.view';
import { indicatorFrom } from '../../src/authorities/indicators.form';
import { indicatorsPage, newIndicatorPage } from '../../src/authorities/indicators.view';
import { CreatePartnerDto } from '../../src/authorities/partnership.dto';
import { newThemeLeadFrom, partnerFrom, themeLeadFrom } from '../../src/authorities/partnership.form';
import {
  partnerPage,
  partnersPage,
  peopleChoices,
  removePartnerPage,
  themeLeadPage,
  themeLeadsPage,
} from '../../src/authorities/partnership.view';
import { settingsFrom, storedSettings } from '../../src/authorities/settings.form';
import { settingsEditPage, settingsNotice, settingsPage } from '../../src/authorities/settings.view';
import { setupPage, setupValues } from '../../src/authorities/setup.view';
import { newUserFrom, userChangesFrom } from '../../src/authorities/users.form';
import { newUserPage, userPage, usersPage } from '../../src/authorities/users.view';
import type { AuthorityDto } from '../../src/authorities/authorities.dto';

const USER_ID = '3f0c1f7e-9a59-4c2b-8f33-3f7f7bb3c0a1';
const PARTNER_ID = '5b1d2a0e-7c4e-4f43-9d3c-0e2f5b6c7d8e';
const partner = { id: PARTNER_ID, name: 'Halton and St Helens PCT', kind: 'health' as const };
const user = {
  id: USER_ID,
  displayName: 'Ann Owner',
  email: 'ann@halton.example',
  role: 'owner' as const,
  active: false,
  partnerOrganisationId: PARTNER_ID,
  partnerOrganisation: { name: partner.name },
};

describe('the partnership pages', () => {
  it('reads a partner from the form in the page’s words, and names what is wrong', async () => {
    const sut = await partnerFrom({ name: '  Cheshire Police ', kind: 'police', _csrf: 'x' }, CreatePartnerDto);
    expect(sut).toEqual({ value: { name: 'Cheshire Police', kind: 'police' }, errors: {} });
    const { errors } = await partnerFrom({ name: '', kind: 'army' }, CreatePartnerDto);
    expect(errors).toEqual({ name: 'Enter the organisation’s name', kind: 'Choose the kind of organisation' });
  });

  it('lists partners with their kind in words, and a banner only for a change it knows', () => {
    const sut = partnersPage([partner], 'added');
    expect(sut.partners).toEqual([{ id: PARTNER_ID, name: partner.name, kind: 'Health' }]);
    expect(sut.kinds[0]).toEqual({ value: '', text: 'Choose the kind' });
    expect(sut.notice).toBe('The partner organisation has been added.');
    expect(partnersPage([], 'constructor').notice).toBeNull();
    expect(sut.errorList).toEqual([]);
  });

  it('puts a refusal on the form’s controls, in the form’s order, with the summary linking to each', () => {
    const sut = partnersPage(
      [],
      undefined,
      { name: 'X' },
      { kind: 'Choose the kind', 'kind-x': 'ignored', other: 'Taken' },
    );
    expect(sut.errors).toEqual({ name: 'Taken', kind: 'Choose the kind' });
    expect(sut.errorList).toEqual([
      { text: 'Taken', href: '#name' },
      { text: 'Choose the kind', href: '#kind' },
    ]);
  });

  it('starts the change form from the stored partner, then from what was typed', () => {
    expect(partnerPage(partner).values).toEqual({ name: partner.name, kind: 'health' });
    expect(partnerPage(partner, { name: '', kind: 'health' }).values).toEqual({ name: '', kind: 'health' });
    expect(removePartnerPage(partner, 'the lead partner of 2 actions', { x: 'In use', y: 'Other' })).toMatchObject({
      pageTitle: `Remove ${partner.name}`,
      usedAs: 'the lead partner of 2 actions',
      errors: { remove: 'In use' },
    });
  });

  it('offers only the themes nobody leads yet, and people with deactivated accounts marked', () => {
    const lead = {
      id: 'l1',
      theme: 'stay_safe',
      leadName: 'Helen Ashworth',
      leadTitle: null,
      userId: USER_ID,
      partnerOrganisationId: null,
      user,
      partnerOrganisation: null,
    };
    const people = peopleChoices([user], [partner]);
    expect(people.users).toEqual([
      { value: '', text: 'No account' },
      { value: USER_ID, text: 'Ann Owner (ann@halton.example), deactivated' },
    ]);
    const sut = themeLeadsPage([lead], people);
    expect(sut.leads[0]).toMatchObject({ theme: 'Stay safe', kind: 'Every Child Matters outcome' });
    expect(sut.themes.map((theme) => theme.value)).not.toContain('stay_safe');
    expect(sut.themes[0]).toEqual({ value: '', text: 'Choose a theme' });
    expect(themeLeadPage(lead, people).values).toEqual({
      leadName: 'Helen Ashworth',
      leadTitle: '',
      userId: USER_ID,
      partnerOrganisationId: '',
    });
  });

  it('reads a lead with empty choices as none, and refuses a user that is not an id', async () => {
    const form = { theme: 'stay_safe', leadName: 'Helen', leadTitle: '', userId: '', partnerOrganisationId: '' };
    expect(await newThemeLeadFrom(form)).toEqual({
      value: { theme: 'stay_safe', leadName: 'Helen', leadTitle: null, userId: null, partnerOrganisationId: null },
      errors: {},
    });
    const { errors } = await themeLeadFrom({ leadName: '', userId: 'someone' });
    expect(errors).toEqual({ leadName: 'Enter the lead’s name', userId: 'Choose a user from the list' });
  });
});

describe('the user pages', () => {
  it('keeps the password as typed and never shows it again', async () => {
    const form = { displayName: 'Ann', email: 'ann@halton.example', role: 'owner', password: ' secret pass phrase ' };
    const { value, errors } = await newUserFrom(form);
    expect(value.password).toBe(' secret pass phrase ');
    expect(errors).toEqual({});
    expect(newUserPage([partner], value).values).toMatchObject({ password: '', email: 'ann@halton.example' });
    expect(newUserPage([]).values).toEqual({ role: 'owner' });
  });

  it('names each wrong field in the page’s words', async () => {
    const { errors } = await newUserFrom({ displayName: '', email: 'not an email', role: 'king', password: '' });
    expect(Object.keys(errors).sort()).toEqual(['displayName', 'email', 'password', 'role']);
    expect(errors.role).toBe('Choose a role');
    expect((await userChangesFrom({ displayName: 'Ann', role: 'clerk', partnerOrganisationId: '' })).value).toEqual({
      displayName: 'Ann',
      role: 'clerk',
      partnerOrganisationId: null,
    });
  });

  it('lists users and shows a user as stored, knowing the administrator’s own account', () => {
    expect(usersPage([user], 'deactivated')).toMatchObject({
      notice: 'The account has been deactivated and signed out everywhere.',
      users: [{ id: USER_ID, partner: partner.name, active: false }],
    });
    const sut = userPage(user, USER_ID, [partner], null, { active: 'You cannot deactivate yourself.' });
    expect(sut.user.self).toBe(true);
    expect(sut.values).toEqual({ displayName: 'Ann Owner', role: 'owner', partnerOrganisationId: PARTNER_ID });
    expect(sut.roles.find((role) => role.value === 'scrutiny')?.hint).toMatch(/changes nothing/);
    expect(sut.errorList).toEqual([{ text: 'You cannot deactivate yourself.', href: '#active' }]);
  });
});

describe('the council’s settings, thresholds and indicators', () => {
  const authority = {
    name: 'Halton',
    houseStyle: 'cabinet',
    reportingFrequency: 'monthly',
    committees: ['Executive Board', 'Scrutiny'],
    reportingOfficers: ['Strategic Director'],
    amberTolerancePercent: '5.00',
    milestoneSlipLimitDays: 14,
    progressLagLimitPoints: 10,
  } as AuthorityDto;

  it('reads the thresholds as whole numbers, leaving anything else for the validator to name', async () => {
    const form = { milestoneSlipLimitDays: '14', progressLagLimitPoints: 'ten', amberTolerancePercent: '5' };
    const { value, errors } = await thresholdsFrom(form);
    expect(value.milestoneSlipLimitDays).toBe(14);
    expect(errors).toEqual({
      progressLagLimitPoints: 'Enter the progress lag limit as a whole number of points from 0 to 100',
    });
    expect(thresholdsPage(authority).values).toEqual({
      milestoneSlipLimitDays: '14',
      progressLagLimitPoints: '10',
      amberTolerancePercent: '5',
    });
    expect(thresholdsPage(null, form, false, errors).values).toBe(form);
  });

  it('shows the settings in words, with the logo form’s token in its address', () => {
    const sut = settingsPage(authority, 3, 'a b', settingsNotice('1', 'saved'));
    expect(sut).toMatchObject({
      houseStyle: expect.stringMatching(/^Cabinet/),
      reportingFrequency: 'Monthly',
      themeLeads: 3,
      amberTolerance: '5',
      logoAction: '/admin/settings/logo?_csrf=a%20b',
      notice: expect.stringMatching(/^Your council is set up/),
    });
    expect(settingsNotice(undefined, 'logo-removed')).toBe('The logo has been removed.');
    expect(settingsNotice(undefined, 'nonsense')).toBeNull();
  });

  it('edits committees and officers one a line', async () => {
    const values = storedSettings(authority);
    expect(values.committees).toBe('Executive Board\nScrutiny');
    const { value, errors } = await settingsFrom({ ...values, committees: 'Executive Board\n\n  Cabinet  \n' });
    expect(errors).toEqual({});
    expect(value.committees).toEqual(['Executive Board', 'Cabinet']);
    const sut = settingsEditPage(values);
    expect(sut.houseStyles.find((style) => style.checked)?.value).toBe('cabinet');
    expect(sut.frequencies.find((frequency) => frequency.checked)?.value).toBe('monthly');
  });

  it('splits the catalogue into national and local indicators, in words', async () => {
    const indicator = {
      code: 'NI 117',
      title: '16 to 18 year olds not in education, employment or training',
      unit: 'percentage',
      polarity: 'lower_is_better' as const,
      frequency: 'annual' as const,
      authorityId: null,
    };
    const sut = indicatorsPage([indicator, { ...indicator, code: 'HBC L03', authorityId: 'a' }], 'HBC L03');
    expect(sut.national).toEqual([expect.objectContaining({ code: 'NI 117', polarity: 'Lower is better' })]);
    expect(sut.local.map((row) => row.code)).toEqual(['HBC L03']);
    expect(newIndicatorPage().frequencies[0].text).toMatch(/^[A-Z]/);
    const { value, errors } = await indicatorFrom({
      code: 'HBC L03',
      title: 'No',
      unit: '',
      polarity: 'up',
      frequency: 'annual',
    });
    expect(value).not.toHaveProperty('source');
    expect(Object.keys(errors)).toEqual(['title', 'unit', 'polarity']);
  });

  it('sets up a council without ever showing the password again', () => {
    const values = setupValues({ onsCode: 'E06000006', adminName: 'Ann', password: 'secret', houseStyle: 'cabinet' });
    expect(values).not.toHaveProperty('password');
    const sut = setupPage([{ onsCode: 'E06000006', name: 'Halton', region: 'North West' }], 't', values, {
      x: 'Taken',
    });
    expect(sut.councils).toEqual([
      { value: '', text: 'Choose your council' },
      { value: 'E06000006', text: 'Halton (E06000006, North West)', selected: true },
    ]);
    expect(sut.errors).toEqual({ onsCode: 'Taken' });
    expect(setupPage([], 't').values).toEqual({ houseStyle: 'executive-board' });
  });
});
