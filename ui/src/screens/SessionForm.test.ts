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
