/**
 * The framework model: each framework's areas, labels, scale and what it owes, as a clerk reads them,
 * and the look-ups the import and the breakdown rely on.
 */
import {
  FRAMEWORKS,
  FRAMEWORK_KEYS,
  areasOf,
  frameworkAreaKey,
  frameworkAreaLabel,
} from '../../../src/frameworks/frameworks';
import { frameworkForInspection, frameworkFromAreas } from '../../../src/frameworks/inspection-framework';
import { nationalFrameworkTagOf, nationalFrameworkWords } from '../../../src/frameworks/national-framework';
import { SOURCES } from '../../../src/frameworks/sources';

describe('FRAMEWORKS', () => {
  it.each(FRAMEWORK_KEYS)(
    '%s: unique area keys, labels in words, cited rules, a note wherever a rule is unconfirmed',
    (key) => {
      const sut = FRAMEWORKS[key];
      expect(sut.key).toBe(key);
      const keys = sut.areas.map((area) => area.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const area of sut.areas) expect(area.label).toMatch(/^[A-Z]/);
      const checks = [sut.checked, sut.scale.checked, sut.plan.checked, sut.rhythm.checked, sut.outcomes.checked];
      for (const check of checks) {
        for (const source of check.sources) expect(SOURCES).toHaveProperty(source);
        if (!check.confirmed) expect(check.note).toMatch(/^[A-Z].{20,}\.$/);
      }
      expect(sut.plan.deadlines.length > 0).toBe(sut.plan.trigger !== 'never');
      expect(sut.rhythm.months).toBeGreaterThan(0);
    },
  );

  it('uses Every Child Matters outcomes only in the frameworks of their day', () => {
    const users = FRAMEWORK_KEYS.filter((key) => FRAMEWORKS[key].outcomes.scheme === 'every_child_matters');
    expect(users).toEqual(['jar', 'apa', 'slac_2009']);
  });

  it('offers the 2008 indicator set only to frameworks that ended before it did', () => {
    const users = FRAMEWORK_KEYS.filter((key) => FRAMEWORKS[key].indicatorEra === 'ni_2008');
    expect(users).toEqual(['jar', 'apa', 'slac_2009', 'lac_2012']);
  });

  it('numbers grades the way each era published them', () => {
    expect(FRAMEWORKS.jar.scale.grades[0]).toEqual({ key: 'outstanding', label: 'Outstanding', number: 4 });
    expect(FRAMEWORKS.lac_2012.scale.grades[0]).toEqual({ key: 'outstanding', label: 'Outstanding', number: 1 });
    expect(FRAMEWORKS.ilacs_2018.scale.grades.map((grade) => grade.label)).toContain('Requires improvement to be good');
    expect(FRAMEWORKS.focused_visit.scale.numbering).toBe('none');
  });

  it('owes the deadlines the documents set: 70 working days after a report, 20 and 70 after a priority action', () => {
    expect(FRAMEWORKS.ilacs_2018.plan.deadlines).toEqual([expect.objectContaining({ workingDays: 70 })]);
    expect(FRAMEWORKS.focused_visit.plan).toMatchObject({
      trigger: 'priority_action',
      deadlines: [
        { key: 'draft_action_plan', workingDays: 20 },
        { key: 'action_plan', workingDays: 70 },
      ],
    });
    expect(FRAMEWORKS.monitoring_visit.plan.trigger).toBe('never');
    expect(FRAMEWORKS.apa.plan.trigger).toBe('never');
  });
});

describe('areasOf', () => {
  it('judges ILACS care leavers on their own only in inspections from January 2023', () => {
    const before = areasOf('ilacs_2018', '2022-11-28');
    expect(before.map((area) => area.key)).toEqual([
      'leadership',
      'help_and_protection',
      'children_in_care',
      'overall_effectiveness',
    ]);
    expect(before.find((area) => area.key === 'children_in_care')?.label).toBe(
      'The experiences and progress of children in care and care leavers',
    );
    const after = areasOf('ilacs_2018', '2023-09-11');
    expect(after.map((area) => area.key)).toContain('care_leavers');
    expect(after.find((area) => area.key === 'children_in_care')?.label).toBe(
      'The experiences and progress of children in care',
    );
  });

  it('gives the post-April 2026 ILACS four judgements and no overall effectiveness', () => {
    expect(areasOf('ilacs_2026').map((area) => area.key)).toEqual([
      'leadership',
      'help_and_protection',
      'children_in_care',
      'care_leavers',
    ]);
  });
});

describe('frameworkAreaKey and frameworkAreaLabel', () => {
  it.each([
    ['ilacs_2018', 'experiences_and_progress_of_care_leavers', 'care_leavers'],
    ['ilacs_2018', 'experiences_and_progress_of_children_care_leavers', 'care_leavers'],
    ['ilacs_2026', 'The experiences and progress of care leavers', 'care_leavers'],
    ['ilacs_2018', 'children_in_care', 'children_in_care'],
    ['sif', 'children_who_need_help_and_protection', 'help_and_protection'],
    ['sif', 'experiences_and_progress_of_children_who_need_help_and_prote', 'help_and_protection'],
    ['sif', 'children_looked_after_and_achieving_permanence', 'children_looked_after'],
    ['sif', 'leadership_management_and_governance', 'leadership'],
    ['sif', 'adoption_performance', 'adoption'],
    ['jar', 'Children in Care', 'looked_after_children'],
  ] as const)('%s: %s → %s', (framework, stored, expected) => {
    expect(frameworkAreaKey(framework, stored, '2024-01-01')).toBe(expected);
  });

  it('files the pre-2023 "children in care and care leavers" under children in care, not care leavers', () => {
    expect(
      frameworkAreaKey('ilacs_2018', 'The experiences and progress of children in care and care leavers', '2019-06-10'),
    ).toBe('children_in_care');
  });

  it('names no area a framework did not judge', () => {
    expect(frameworkAreaKey('ilacs_2018', 'adoption_performance')).toBeNull();
    expect(frameworkAreaKey('ilacs_2026', 'overall_effectiveness')).toBeNull();
  });

  it("labels leadership in each framework's own words", () => {
    expect(frameworkAreaLabel('ilacs_2018', 'leadership')).toBe(
      'The impact of leaders on social work practice with children and families',
    );
    expect(frameworkAreaLabel('sif', 'leadership')).toBe('Leadership, management and governance');
  });
});

describe('frameworkForInspection', () => {
  it.each([
    [{ kind: 'JAR', publishedOn: '2008-09-11' }, 'jar'],
    [{ kind: 'APA' }, 'apa'],
    [{ kind: 'LAC', publishedOn: '2010-05-01' }, 'slac_2009'],
    [{ kind: 'LAC', publishedOn: '2013-08-16' }, 'lac_2012'],
    [{ kind: 'SIF', publishedOn: '2014-03-21' }, 'sif'],
    [{ kind: 'lscb review' }, 'lscb_review'],
    [
      { kind: 'ILACS', publishedOn: '2024-01-30', judgementKeys: ['overall_effectiveness', 'leadership'] },
      'ilacs_2018',
    ],
    [{ kind: 'ILACS', inspectedFrom: '2026-06-08', judgementKeys: ['leadership', 'care_leavers'] }, 'ilacs_2026'],
    [{ kind: 'ILACS', inspectedFrom: '2026-06-08' }, 'ilacs_2026'],
    [{ kind: 'ILACS', publishedOn: '2026-01-12' }, 'ilacs_2018'],
    [{ kind: 'Focused visit' }, 'focused_visit'],
    [{ kind: 'MONITORING_VISIT' }, 'monitoring_visit'],
    [{ kind: 'OTHER', judgementKeys: ['lscb', 'help_and_protection'] }, 'sif'],
  ] as const)('%j → %s', (facts, expected) => {
    const sut = frameworkForInspection(facts);
    expect(sut.framework).toBe(expected);
    expect(sut.reason).toMatch(/^\S.*\.$/);
  });

  it('says so when nothing tells the framework', () => {
    expect(frameworkForInspection({ kind: 'OTHER', judgementKeys: ['health'] })).toEqual({
      framework: null,
      reason: 'No framework: the kind "OTHER" and the judgement areas name none this product knows.',
    });
  });

  it('reads the Halton JAR from its areas', () => {
    expect(frameworkFromAreas(['safeguarding', 'looked_after_children', 'ldd', 'service_management'])).toBe('jar');
    expect(frameworkFromAreas(['be_healthy', 'stay_safe', 'capacity_to_improve'])).toBe('apa');
    expect(frameworkFromAreas(['overall_effectiveness'])).toBeNull();
  });
});

describe('nationalFrameworkTagOf', () => {
  it.each([
    ['The identification and response to neglect. (outcome 3: national framework)', 'outcome', 3],
    ['Kinship carers. (outcome 2,\n  national framework)', 'outcome', 2],
    ['Pathway plans for care leavers (National Framework outcome four).', 'outcome', 4],
    ['Corporate parenting (National Framework enabler two).', 'enabler', 2],
    ['Whole families. (principle 3, national framework)', 'principle', 3],
    [
      'The quality of written records. (enabler: the workforce is equipped and effective, national framework)',
      'enabler',
      1,
    ],
  ] as const)('%s', (text, part, number) => {
    expect(nationalFrameworkTagOf(text)).toMatchObject({ part, number });
  });

  it('reads nothing into a recommendation without a tag, or a tag out of range', () => {
    expect(nationalFrameworkTagOf('Improve the timeliness of assessments.')).toBeNull();
    expect(nationalFrameworkTagOf('Something (outcome 7, national framework)')).toBeNull();
  });

  it('names the item in words', () => {
    expect(
      nationalFrameworkWords({
        part: 'outcome',
        number: 4,
        title: 'Children in care and care leavers have stable, loving homes',
      }),
    ).toBe('Outcome 4 of the national framework: Children in care and care leavers have stable, loving homes');
  });
});
