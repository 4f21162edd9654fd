// Supported contact's pre-contact assessment on the referral page: asked for until recorded, then
// shown; not offered for other services.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { referralDetail } from '../screens/fixtures.test-data';

const invoke = vi.fn();
vi.mock('@tauri-apps/api/core', () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { default: PreContact } = await import('./PreContact.svelte');

const supported = { ...referralDetail, referral: { ...referralDetail.referral, service: 'supported_contact' as const } };
const assessed = {
  ...supported,
  pre_contact: {
    id: 1,
    referral_id: 1,
    assessed_on: '2026-11-05',
    assessed_by: 'Eleri Prys',
    notes: 'No risk found.',
    recorded_by: 'Ffion Llwyd',
    recorded_at: '2026-11-05T10:00:00Z',
  },
};

describe('PreContact', () => {
  afterEach(cleanup);
  beforeEach(() => invoke.mockReset());

  it('asks for the assessment on a supported referral and records it', async () => {
    invoke.mockImplementation((cmd: string) => Promise.resolve(cmd === 'record_pre_contact' ? assessed : null));
    const recorded = vi.fn();
    render(PreContact, { detail: supported, recorded });
    expect(screen.getByTestId('pre-contact-missing').textContent).toContain('before the first supported session');
    await userEvent.type(screen.getByLabelText('Who held it'), 'Eleri Prys');
    await userEvent.click(screen.getByTestId('save-pre-contact'));
    await vi.waitFor(() => expect(recorded).toHaveBeenCalledWith(assessed));
    expect(invoke).toHaveBeenLastCalledWith('record_pre_contact', {
      referralId: 1,
      input: expect.objectContaining({ assessed_by: 'Eleri Prys' }),
    });
  });

  it('shows a recorded assessment, and nothing for other services', () => {
    render(PreContact, { detail: assessed, recorded: () => {} });
    expect(screen.getByTestId('pre-contact').textContent).toContain('Held on 05/11/2026 by Eleri Prys.');
    cleanup();
    render(PreContact, { detail: referralDetail, recorded: () => {} });
    expect(screen.queryByTestId('pre-contact')).toBeNull();
  });
});
