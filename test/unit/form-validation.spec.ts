import { DomainError, ErrorCode } from '../../src/common/domain-error';
import { CreatePaperDto } from '../../src/reports/papers.dto';
import { dateFrom, errorList, fieldId, formErrorsOf, onControls, validateAs } from '../../src/web/form-validation';
import { dateParts } from '../../src/presentation/dates';

describe('form validation for the pages', () => {
  it('reads a GOV.UK date input as YYYY-MM-DD, nothing when empty, and refuses dates that do not exist', () => {
    const form = (day: string, month: string, year: string) => ({ 'd-day': day, 'd-month': month, 'd-year': year });
    expect(dateFrom(form('1', '10', '2008'), 'd')).toBe('2008-10-01');
    expect(dateFrom(form(' 29 ', '02', '2008'), 'd')).toBe('2008-02-29');
    expect(dateFrom(form('', '', ''), 'd')).toBeNull();
    expect(dateFrom({}, 'd')).toBeNull();
    for (const wrong of [
      form('29', '2', '2009'),
      form('31', '4', '2009'),
      form('1', '13', '2009'),
      form('x', '1', '2009'),
      form('1', '1', ''),
    ]) {
      expect(dateFrom(wrong, 'd')).toBeUndefined();
    }
    expect(dateParts('2008-10-01')).toEqual({ day: '1', month: '10', year: '2008' });
    expect(dateParts({ day: '40', month: '1', year: '2009' })).toEqual({ day: '40', month: '1', year: '2009' });
    expect(dateParts(null)).toEqual({ day: '', month: '', year: '' });
  });

  it("checks a form with the API's DTO, in the page's words where it has them", async () => {
    const { errors } = await validateAs(
      CreatePaperDto,
      {
        committee: '',
        meetingDate: '2009-10-29',
        reportingOfficer: 'Director',
        subject: 'Progress',
        recommendations: [''],
      },
      { committee: 'Enter the committee' },
    );
    expect(errors).toEqual({
      committee: 'Enter the committee',
      recommendations: expect.stringContaining('recommendations'),
    });
  });

  it('puts each error on a control of the page, in the order of the form', () => {
    expect(fieldId('actions[2].indicators[0].code')).toBe('actions-2-indicators-0-code');
    const placed = onControls(
      { 'actions-2-indicators-0-code': 'Unknown code', reference: 'Taken', elsewhere: 'Odd' },
      ['reference', 'actions-2-title', 'actions-2-indicators'],
      'reference',
    );
    expect(Object.entries(placed)).toEqual([
      ['reference', 'Taken'],
      ['actions-2-indicators', 'Unknown code'],
    ]);
    expect(errorList({ meetingDate: 'Enter the date', committee: 'Enter it' }, ['meetingDate'])).toEqual([
      { text: 'Enter the date', href: '#meetingDate-day' },
      { text: 'Enter it', href: '#committee' },
    ]);
  });

  it("shows a service's refusal on its field, and leaves other errors to the error pages", () => {
    expect(
      formErrorsOf(DomainError.invalid('A public paper has no exempt paragraph.', 'exemptParagraph'), 'x'),
    ).toEqual({
      status: 400,
      errors: { exemptParagraph: 'A public paper has no exempt paragraph.' },
    });
    expect(formErrorsOf(new DomainError(ErrorCode.Conflict, 'Already imported.', { href: '/x' }), 'file')).toEqual({
      status: 409,
      errors: { file: 'Already imported.' },
    });
    expect(formErrorsOf(DomainError.notFound('The plan'), 'x')).toBeNull();
    expect(formErrorsOf(new Error('boom'), 'x')).toBeNull();
  });
});
