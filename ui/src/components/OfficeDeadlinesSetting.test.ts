// The office's own deadlines in Settings: shown as stored, saved through the typed command, and
// a number out of range refused on its field with nothing saved.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';

const invoke = vi.fn();
vi.mock('@tauri-apps/api/core', () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { default: OfficeDeadlinesSetting } = await import('./OfficeDeadlinesSetting.svelte');

const outOfRange = {
  code: 'Invalid',
  message: 'Enter the working days after a session that its record is due, as a whole number from 0 to 10',
  fields: [
    {
      field: 'session_record_days',
      message: 'Enter the working days after a session that its record is due, as a whole number from 0 to 10',
      msg: { key: 'core.office.enterSessionRecordDays', params: { max: { text: '10' } } },
    },
  ],
};

describe('your office’s deadlines', () => {
  afterEach(cleanup);
  beforeEach(() => {
    invoke.mockReset();
  });

  it('shows the stored numbers and saves new ones', async () => {
    let stored = { session_record_days: 1, incident_follow_up_days: 0 };
    invoke.mockImplementation((cmd: string, args: { input?: { session_record_days: string; incident_follow_up_days: string } }) => {
      if (cmd === 'office_deadlines') return Promise.resolve(stored);
      if (cmd === 'set_office_deadlines' && args.input) {
        stored = { session_record_days: Number(args.input.session_record_days), incident_follow_up_days: Number(args.input.incident_follow_up_days) };
        return Promise.resolve(stored);
      }
      return Promise.resolve(null);
    });
    render(OfficeDeadlinesSetting);
    expect(screen.getByRole('heading', { name: 'Your office’s deadlines' })).toBeTruthy();
    const record = screen.getByLabelText('Record of a session') as HTMLInputElement;
    await vi.waitFor(() => expect(record.value).toBe('1'));
    expect((screen.getByLabelText('Written follow-up of an incident') as HTMLInputElement).value).toBe('0');
    expect(record.getAttribute('inputmode')).toBe('numeric');
    expect(record.getAttribute('aria-describedby')).toContain('field-session-record-days-hint');

    await userEvent.clear(record);
    await userEvent.type(record, '3');
    await userEvent.click(screen.getByTestId('office-deadlines-save'));
    await screen.findByText('Your office’s deadlines are saved. Due dates now count them.');
    expect(invoke).toHaveBeenCalledWith('set_office_deadlines', { input: { session_record_days: '3', incident_follow_up_days: '0' } });
  });

  it('shows a refusal on its field and keeps what was typed', async () => {
    invoke.mockImplementation((cmd: string) =>
      cmd === 'office_deadlines'
        ? Promise.resolve({ session_record_days: 1, incident_follow_up_days: 0 })
        : cmd === 'set_office_deadlines'
          ? Promise.reject(outOfRange)
          : Promise.resolve(null),
    );
    render(OfficeDeadlinesSetting);
    const record = screen.getByLabelText('Record of a session') as HTMLInputElement;
    await vi.waitFor(() => expect(record.value).toBe('1'));
    await userEvent.clear(record);
    await userEvent.type(record, '11');
    await userEvent.click(screen.getByTestId('office-deadlines-save'));
    const error = await vi.waitFor(() => {
      const e = document.getElementById('field-session-record-days-error');
      expect(e).not.toBeNull();
      return e as HTMLElement;
    });
    expect(error.textContent).toContain('as a whole number from 0 to 10');
    expect(record.value).toBe('11');
    expect(record.getAttribute('aria-describedby')).toContain('field-session-record-days-error');
    expect(screen.queryByText('Your office’s deadlines are saved. Due dates now count them.')).toBeNull();
  });
});
