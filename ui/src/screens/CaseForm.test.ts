import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';

const invoke = vi.fn();
// Each call gets its own rejected promise, as Tauri's invoke does.
// No kept draft unless a test says so: `get_form_draft` answers null.
const rejectWith = (e: unknown) =>
  invoke.mockImplementation((cmd: string) => (cmd === 'get_form_draft' ? Promise.resolve(null) : Promise.reject(e)));
const resolveWith = (v: unknown, draft: unknown = null) =>
  invoke.mockImplementation((cmd: string) => Promise.resolve(cmd === 'get_form_draft' ? draft : v));
vi.mock('@tauri-apps/api/core', () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { default: CaseForm } = await import('./CaseForm.svelte');

describe('CaseForm', () => {
  afterEach(cleanup);
  beforeEach(() => {
    invoke.mockReset();
    location.hash = '#/cases/new';
  });

  it('shows the core’s refusal in the error summary and next to each field', async () => {
    rejectWith({
      code: 'Invalid',
      message: 'There is a problem',
      fields: [
        { field: 'court_case_number', message: 'Enter the court case number' },
        { field: 'case_name', message: 'Enter the case name, for example Re: A and B (children)' },
      ],
    });
    render(CaseForm);
    await userEvent.click(await screen.findByRole('button', { name: 'Create case' }));

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('There is a problem');
    const link = screen.getAllByRole('link', { name: 'Enter the court case number' })[0];
    expect(link?.getAttribute('href')).toBe('#field-court-case-number');
    expect(document.getElementById('field-court-case-number-error')?.textContent).toContain(
      'Enter the court case number',
    );
    expect(document.getElementById('field-court-case-number')?.getAttribute('aria-describedby')).toContain(
      'field-court-case-number-error',
    );
  });

  it('sends what was typed and goes to the new case', async () => {
    resolveWith({ case: { id: 7 }, children: [], adults: [] });
    render(CaseForm);
    await userEvent.type(await screen.findByLabelText('Court case number'), 'CF24P00123');
    await userEvent.type(screen.getByLabelText('Case name'), 'Re: A (a child)');
    await userEvent.type(screen.getByLabelText('Court'), 'Family Court at Cardiff');
    await userEvent.click(screen.getByRole('button', { name: 'Create case' }));
    await vi.waitFor(() => expect(location.hash).toBe('#/cases/7'));
    expect(invoke).toHaveBeenCalledWith('create_case', {
      input: expect.objectContaining({ court_case_number: 'CF24P00123', case_name: 'Re: A (a child)' }),
    });
  });

  it('opens with the typing kept from before the app closed, and says so', async () => {
    resolveWith(null, { json: JSON.stringify({ case_name: 'Re: Kept (a child)' }), saved_at: '2026-11-23T10:00:00Z' });
    render(CaseForm);
    const name = (await screen.findByLabelText('Case name')) as HTMLInputElement;
    expect(name.value).toBe('Re: Kept (a child)');
    expect(screen.getByTestId('draft-restored').textContent).toContain('last closed');
    expect(invoke).toHaveBeenCalledWith('get_form_draft', { form: 'case-new' });
  });
});
