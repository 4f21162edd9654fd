import { describe, expect, it } from 'vitest';
import { hoursAfter } from './sessionWarnings';

const session = (id: number, duration_minutes: number, status: 'scheduled' | 'took_place' | 'cancelled' | 'did_not_attend') => ({
  session: { id, duration_minutes, status },
});

// Four hours used, one planned: 5 of 6.
const detail = {
  hours: { allowed_minutes: 360, planned_minutes: 60, used_minutes: 240, remaining_minutes: 60 },
  sessions: [session(1, 120, 'took_place'), session(2, 120, 'did_not_attend'), session(3, 60, 'scheduled'), session(4, 60, 'cancelled')],
} as never;

describe('hours after the session being booked', () => {
  it('is approaching the limit when less than an hour would be left, and over past it', () => {
    expect(hoursAfter(detail, undefined, 'scheduled', 30)).toEqual({ after: 330, allowed: 360, left: 30, state: 'near' });
    expect(hoursAfter(detail, undefined, 'scheduled', 60)).toEqual({ after: 360, allowed: 360, left: 0, state: 'near' });
    expect(hoursAfter(detail, undefined, 'took_place', 90)).toEqual({ after: 390, allowed: 360, left: 0, state: 'over' });
  });

  it('counts a changed session once, and a cancelled one not at all', () => {
    expect(hoursAfter(detail, 3, 'scheduled', 60)?.after).toBe(300);
    expect(hoursAfter(detail, 3, 'cancelled', 60)?.after).toBe(240);
    expect(hoursAfter(detail, 4, 'scheduled', 30)?.after).toBe(330);
    expect(hoursAfter(detail, undefined, 'cancelled', 600)?.state).toBe('ok');
  });

  it('is ok with room to spare, and has nothing to say without a limit', () => {
    const roomy = { ...(detail as object), hours: { allowed_minutes: 360, planned_minutes: 0, used_minutes: 60, remaining_minutes: 300 } } as never;
    expect(hoursAfter(roomy, undefined, 'scheduled', 60)?.state).toBe('ok');
    const none = { ...(detail as object), hours: { allowed_minutes: null, planned_minutes: 0, used_minutes: 600, remaining_minutes: null } } as never;
    expect(hoursAfter(none, undefined, 'scheduled', 600)).toBeNull();
  });
});
