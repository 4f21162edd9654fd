// The duty FCA/FCSW consultation on a court-ordered referral: the Practice Manager flag until it
// is recorded, the core's refusal on its fields, and the recorded consultation shown.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { referralDetail } from '../screens/fixtures.test-data';

const invoke = vi.fn();
vi.mock('@tauri-apps/api/core', () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { default: DutyConsultation } = await import('./DutyConsultation.svelte');

const consulted = {
  ...referralDetail,
  practice_manager_flag: false,
  duty_consultation: {
    id: 1,
    referral_id: 1,
    consulted_on: '2026-11-02',
    duty_officer: 'Rhian Evans',
    recorded_by: 'Ffion Llwyd',
    recorded_at: '2026-11-02T10:00:00Z',
  },
};

describe('DutyConsultation', () => {
  afterEach(cleanup);
  beforeEach(() => invoke.mockReset());

  it('flags a court order with no consultation, and records one', async () => {
    invoke.mockImplementation((cmd: string, args: { input: { duty_officer: string } }) =>
      cmd !== 'record_duty_consultation'
        ? Promise.resolve(null)
        : args.input.duty_officer
        ? Promise.resolve(consulted)
        : Promise.reject({ code: 'Invalid', message: 'x', fields: [{ field: 'duty_officer', message: 'Enter the name of the duty FCA/FCSW who was consulted' }] }),
    );
    const recorded = vi.fn();
    render(DutyConsultation, { detail: referralDetail, recorded });
    expect(screen.getByTestId('practice-manager-flag').textContent).toContain('area Practice Manager on duty');

    await userEvent.click(screen.getByTestId('save-duty-consultation'));
    expect((await screen.findAllByText('Enter the name of the duty FCA/FCSW who was consulted')).length).toBeGreaterThan(0);
    expect(recorded).not.toHaveBeenCalled();

    await userEvent.type(screen.getByLabelText('Name of the duty FCA or FCSW'), 'Rhian Evans');
    await userEvent.click(screen.getByTestId('save-duty-consultation'));
    await vi.waitFor(() => expect(recorded).toHaveBeenCalledWith(consulted));
    expect(invoke).toHaveBeenLastCalledWith('record_duty_consultation', {
      referralId: 1,
      input: expect.objectContaining({ duty_officer: 'Rhian Evans' }),
    });
  });

  it('shows a recorded consultation and no flag', () => {
    render(DutyConsultation, { detail: consulted, recorded: () => {} });
    expect(screen.getByTestId('duty-consultation').textContent).toContain('Rhian Evans was consulted on 02/11/2026.');
    expect(screen.queryByTestId('practice-manager-flag')).toBeNull();
  });

  it('is not shown for a referral the court did not order', () => {
    render(DutyConsultation, { detail: { ...referralDetail, referral: { ...referralDetail.referral, basis: 'fca_recommendation' } }, recorded: () => {} });
    expect(screen.queryByTestId('duty-consultation')).toBeNull();
  });
});
