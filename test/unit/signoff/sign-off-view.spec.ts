import type { SignOffActionLine, SignOffStatus, ThemeSignOff } from '../../../src/signoff/sign-off.service';
import { doneBanner, signOffDoneHref, signOffStatusView, signOffView } from '../../../src/signoff/sign-off.view';

const line = (reference: string, updateId: string | null): SignOffActionLine => ({
  actionId: `action-${reference}`,
  reference,
  title: `Action ${reference}`,
  ownerName: 'Sam Owner',
  update: updateId
    ? {
        id: updateId,
        narrative: 'Going well.',
        percentComplete: 50,
        proposedRag: 'green',
        authorName: 'Sam Owner',
        createdAt: new Date('2009-09-01T10:00:00Z'),
        correctionReason: null,
      }
    : null,
  returned: null,
});

const theme = (key: string, mayAct: boolean, actions: SignOffActionLine[], signedOff = false): ThemeSignOff => ({
  theme: key,
  label: key,
  leadName: 'Helen Ashworth',
  signedOff: signedOff ? { by: 'Helen Ashworth', at: new Date('2009-10-02T09:00:00Z') } : null,
  mayAct,
  actions,
});

const status: SignOffStatus = {
  plan: { id: 'p1', reference: 'HAL-2009', title: 'Halton improvement plan' },
  period: { label: '2009-10 Q2', start: '2009-07-01', end: '2009-09-30' },
  themes: [
    theme('health', true, [line('O1', 'u1'), line('O2', null)]),
    theme('stay_safe', false, [line('O3', 'u3')], true),
  ],
  complete: false,
};

describe('the sign-off page', () => {
  it('shows the themes the caller may sign off, each with the controls an error links to', () => {
    const sut = signOffView({ role: 'owner' }, status, {}, {});

    expect(sut.pageTitle).toBe('Sign off updates for 2009-10 Q2 – HAL-2009');
    expect(sut.mine.map((entry) => entry.theme)).toEqual(['health']);
    expect(sut.errorLinks).toEqual({ 'confirm-health': 'confirm-health', 'comment-u1': 'comment-u1' });
    expect(sut.mayManage).toBe(false);
    expect(sut.done).toBeNull();
  });

  it('shows a refused form again with its errors and what was typed, and links a clerk to the status', () => {
    const sut = signOffView({ role: 'clerk' }, status, { 'comment-u1': 'Enter a comment' }, { 'comment-u1': 'x' });

    expect(sut.errors).toEqual({ 'comment-u1': 'Enter a comment' });
    expect(sut.values).toEqual({ 'comment-u1': 'x' });
    expect(sut.mayManage).toBe(true);
  });

  it('says what a saved form did, and nothing for a word it does not know', () => {
    expect(doneBanner('confirmed')).toContain('The updates have been confirmed');
    expect(doneBanner('returned')).toBe('The update has been returned to its owner with your comment.');
    expect(doneBanner('deleted')).toBeNull();
    expect(doneBanner(['confirmed'])).toBeNull();
    expect(doneBanner(undefined)).toBeNull();
  });

  it('goes back to the period it saved, its label in the address', () => {
    expect(signOffDoneHref('p1', '2009-10 Q2', 'returned')).toBe(
      '/plans/p1/sign-off?period=2009-10%20Q2&done=returned',
    );
  });

  it('counts the themes still waiting on the status page', () => {
    const sut = signOffStatusView(status);

    expect(sut.pageTitle).toBe('Sign-off for 2009-10 Q2 – HAL-2009');
    expect(sut.waiting).toBe(1);
  });
});
