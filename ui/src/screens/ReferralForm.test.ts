// The referral form's remote suitability questions: shown for remote supervised contact only,
// sent with the referral, each refusal shown on its own field; and the referral page's summary.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { caseDetail, referralDetail } from './fixtures.test-data';

const invoke = vi.fn();
vi.mock('@tauri-apps/api/core', () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { default: ReferralForm } = await import('./ReferralForm.svelte');
const { default: ReferralPage } = await import('./ReferralPage.svelte');

const refusal = {
  code: 'Invalid',
  message: '2 problems',
  fields: [
    {
      field: 'remote_limitations',
      message: 'Enter the limitations of remote contact explained to the parties',
      msg: { key: 'core.remote.enterLimitations', params: {} },
    },
    {
      field: 'remote_feedback',
      message: 'Enter the feedback arrangements agreed with the parties',
      msg: { key: 'core.remote.enterFeedback', params: {} },
    },
  ],
};

function core(createReferral: () => Promise<unknown>) {
  invoke.mockImplementation((cmd: string) => {
    switch (cmd) {
      case 'get_case':
        return Promise.resolve(caseDetail);
      case 'create_referral':
        return createReferral();
      default:
        return Promise.resolve(null);
    }
  });
}

describe('remote contact suitability on the referral form', () => {
  afterEach(cleanup);
  beforeEach(() => {
    invoke.mockReset();
    location.hash = '#/cases/1/referrals/new';
  });

  it('asks only for remote supervised contact', async () => {
    core(() => Promise.resolve(referralDetail));
    render(ReferralForm, { caseId: 1 });
    await screen.findByTestId('referral-form');
    expect(screen.queryByTestId('remote-suitability')).toBeNull();
    await userEvent.click(screen.getByLabelText('Remote supervised contact'));
    const part = await screen.findByTestId('remote-suitability');
    expect(within(part).getByRole('heading', { name: 'Is remote contact suitable?' })).toBeTruthy();
    for (const label of ['What was discussed with the parties', 'Limitations of remote contact explained to them', 'Feedback arrangements']) {
      expect(within(part).getByLabelText(label).tagName).toBe('TEXTAREA');
    }
  });

  it('sends the three answers and shows each refusal on its field', async () => {
    const created = vi.fn().mockRejectedValueOnce(refusal).mockResolvedValue(referralDetail);
    core(created);
    render(ReferralForm, { caseId: 1 });
    await screen.findByTestId('referral-form');
    await userEvent.click(screen.getByLabelText('Remote supervised contact'));
    await userEvent.type(screen.getByLabelText('Date the FCA or FCSW assessed remote contact as suitable'), '02/11/2026');
    // "Assessed by" names the risk assessment's author too: this one is in the remote part.
    await userEvent.type(within(screen.getByTestId('remote-suitability')).getByLabelText('Assessed by'), 'Ffion Hughes');
    await userEvent.type(screen.getByLabelText('What was discussed with the parties'), 'Both parents, by telephone.');
    await userEvent.click(screen.getByTestId('save-referral'));

    // Each missing answer is named in the summary and on its own field; the form stays.
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Enter the limitations of remote contact explained to the parties');
    expect(summary.textContent).toContain('Enter the feedback arrangements agreed with the parties');
    expect(document.getElementById('field-remote-feedback-error')?.textContent).toContain('Enter the feedback arrangements');
    expect(location.hash).toBe('#/cases/1/referrals/new');

    await userEvent.type(screen.getByLabelText('Limitations of remote contact explained to them'), 'The supervisor cannot step in.');
    await userEvent.type(screen.getByLabelText('Feedback arrangements'), 'By email after each call.');
    await userEvent.click(screen.getByTestId('save-referral'));
    await vi.waitFor(() => expect(location.hash).toBe('#/referrals/1'));
    const sent = invoke.mock.calls.filter(([c]) => c === 'create_referral').at(-1)?.[1] as { input: Record<string, unknown> };
    expect(sent.input).toMatchObject({
      service: 'remote_supervised_contact',
      remote_assessed_on: '02/11/2026',
      remote_assessed_by: 'Ffion Hughes',
      remote_discussed: 'Both parents, by telephone.',
      remote_limitations: 'The supervisor cannot step in.',
      remote_feedback: 'By email after each call.',
    });
  });

  it('is summed up on the referral page, with what is not recorded said so', async () => {
    const remote = {
      ...referralDetail,
      referral: {
        ...referralDetail.referral,
        service: 'remote_supervised_contact' as const,
        remote_assessed_on: '2026-11-02',
        remote_assessed_by: 'Ffion Hughes',
        remote_discussed: 'Both parents, by telephone.',
      },
    };
    invoke.mockImplementation((cmd: string) =>
      cmd === 'court_report_outline' ? Promise.reject({ code: 'NotFound', message: 'none' }) : Promise.resolve(cmd === 'get_referral' ? remote : null),
    );
    render(ReferralPage, { id: 1 });
    const row = (await screen.findByText('Remote contact assessed as suitable')).closest('div');
    expect(row?.textContent).toContain('02/11/2026, by Ffion Hughes');
    expect(screen.getByText('Both parents, by telephone.')).toBeTruthy();
    const feedback = screen.getByText('Feedback arrangements').closest('div');
    expect(feedback?.textContent).toContain('Not recorded');
  });
});
