// The session form when the core refuses a session held past the review: it offers to go ahead
// with a written reason, records it, then saves the session again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { referralDetail } from './fixtures.test-data';

const invoke = vi.fn();
vi.mock('@tauri-apps/api/core', () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { default: SessionForm } = await import('./SessionForm.svelte');
const { offersOverride } = await import('../lib/reviewOverride');
const { ApiError } = await import('../lib/api');

const reviewFirst = {
  code: 'RuleBroken',
  message: 'Session 5 on 20/11/2026 is recorded as held, but it comes after the first 4 sessions and no review of progress is recorded.',
  msg: { key: 'core.rules.reviewFirst', params: { number: { text: '5' }, date: { text: '20/11/2026' } } },
};

/** The core as the form meets it: `addSession` refused until a reason is recorded. */
function core(refusal: unknown) {
  let reason: string | null = null;
  invoke.mockImplementation((cmd: string, args: { input?: { reason?: string } }) => {
    switch (cmd) {
      case 'get_form_draft':
        return Promise.resolve(null);
      case 'get_referral':
        return Promise.resolve(referralDetail);
      case 'record_review_override':
        if (!args.input?.reason?.trim()) {
          return Promise.reject({
            code: 'Invalid',
            message: 'Write why the sessions go ahead without the review',
            fields: [{ field: 'reason', message: 'Write why the sessions go ahead without the review' }],
          });
        }
        reason = args.input.reason;
        return Promise.resolve(referralDetail);
      case 'add_session':
        return reason === null ? Promise.reject(refusal) : Promise.resolve(referralDetail);
      default:
        return Promise.resolve(null);
    }
  });
}

async function fillAndSave() {
  await userEvent.type(await screen.findByLabelText('Date'), '20/11/2026');
  await userEvent.type(screen.getByLabelText('Start time'), '10:00');
  await userEvent.click(screen.getByLabelText('Took place'));
  await userEvent.click(screen.getByTestId('save-session'));
}

describe('going ahead without the review', () => {
  afterEach(cleanup);
  beforeEach(() => {
    invoke.mockReset();
    location.hash = '#/referrals/1/sessions/new';
  });

  it('knows which refusals offer it', () => {
    expect(offersOverride(new ApiError(reviewFirst as never))).toBe(true);
    expect(offersOverride(new ApiError({ ...reviewFirst, msg: { key: 'core.rules.cciReviewFirst', params: {} } } as never))).toBe(true);
    expect(offersOverride(new ApiError({ code: 'RuleBroken', message: '7 sessions, more than the 6 allowed' }))).toBe(false);
    expect(offersOverride(new Error('other'))).toBe(false);
  });

  it('asks for a reason, records it, then saves the session', async () => {
    core(reviewFirst);
    render(SessionForm, { referralId: 1 });
    await fillAndSave();
    const prompt = await screen.findByTestId('review-override');
    expect(prompt.textContent).toContain('Go ahead without the review?');
    expect(screen.getByRole('alert').textContent).toContain('Session 5 on 20/11/2026');

    // An empty reason is refused on its field; nothing is saved.
    await userEvent.click(screen.getByTestId('override-save'));
    expect(await screen.findByText('Write why the sessions go ahead without the review', { selector: 'p *, p' })).toBeTruthy();
    expect(invoke.mock.calls.filter(([c]) => c === 'add_session')).toHaveLength(1);

    await userEvent.type(screen.getByLabelText('Why the sessions go ahead without the review'), 'Review booked for 30/11.');
    await userEvent.click(screen.getByTestId('override-save'));
    await vi.waitFor(() => expect(location.hash).toBe('#/referrals/1'));
    expect(invoke).toHaveBeenCalledWith('record_review_override', { referralId: 1, input: { reason: 'Review booked for 30/11.' } });
    const adds = invoke.mock.calls.filter(([c]) => c === 'add_session');
    expect(adds).toHaveLength(2);
    expect(adds[1]?.[1]).toEqual(adds[0]?.[1]);
  });

  it('is not offered for a refusal that a reason cannot pass', async () => {
    core({ code: 'RuleBroken', message: 'The session would make 7 sessions, more than the 6 allowed.' });
    render(SessionForm, { referralId: 1 });
    await fillAndSave();
    expect((await screen.findByRole('alert')).textContent).toContain('more than the 6 allowed');
    expect(screen.queryByTestId('review-override')).toBeNull();
  });
});

describe('warnings while a session is booked', () => {
  afterEach(cleanup);
  beforeEach(() => {
    invoke.mockReset();
    location.hash = '#/referrals/1/sessions/new';
  });

  it('shows the referral’s warnings and warns as the hours approach, then pass, the limit', async () => {
    const warned = { ...referralDetail, warnings: ['More than 4 sessions are planned before a review.'] };
    invoke.mockImplementation((cmd: string) => Promise.resolve(cmd === 'get_referral' ? warned : null));
    render(SessionForm, { referralId: 1 });
    expect((await screen.findByTestId('session-warning')).textContent).toContain('More than 4 sessions are planned before a review.');
    // The fixture counts 4 h 30 min of 6 h: the form's first 60 minutes leave 30 minutes, 30 leave
    // an hour (no warning), 120 pass the limit.
    expect((await screen.findByTestId('session-hours-warning')).textContent).toContain('leaving 30 min');
    // The form restores any kept typing after it loads: change the length once that is done.
    await vi.waitFor(() => expect(invoke).toHaveBeenCalledWith('get_form_draft', expect.anything()));
    await new Promise((r) => setTimeout(r, 0));
    const length = screen.getByLabelText('Length in minutes');
    await userEvent.clear(length);
    await userEvent.type(length, '30');
    expect((length as HTMLInputElement).value).toBe('30');
    await vi.waitFor(() => expect(screen.queryByTestId('session-hours-warning')).toBeNull());
    await userEvent.clear(length);
    await userEvent.type(length, '120');
    await vi.waitFor(() => expect(screen.getByTestId('session-hours-warning').textContent).toContain('it will be refused'));
    await userEvent.click(screen.getByLabelText('Cancelled'));
    await vi.waitFor(() => expect(screen.queryByTestId('session-hours-warning')).toBeNull());
  });
});
