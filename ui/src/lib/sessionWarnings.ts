// What the session form warns about while a session is booked: the referral's own warnings (the
// core's, as the referral page shows them) and the hours the referral would reach with this
// session, against the limit the core reports (`hours.allowed_minutes`, centre-based contact).
import type { ReferralDetail, SessionInput } from './api';

/** Less than this left after the session is "approaching the limit": not even one more hour. */
export const NEAR_MINUTES = 60;

export type HoursAfter = { after: number; allowed: number; left: number; state: 'ok' | 'near' | 'over' };

/** The referral's counted minutes once this session is saved (cancelled sessions do not count;
 * a session being changed counts once, at its new length), or null when there is no limit. */
export function hoursAfter(
  detail: Pick<ReferralDetail, 'hours' | 'sessions'>,
  editingId: number | undefined,
  status: SessionInput['status'],
  minutes: number,
): HoursAfter | null {
  const allowed = detail.hours.allowed_minutes;
  if (allowed === null) return null;
  const stored = detail.sessions.find((s) => s.session.id === editingId)?.session;
  const before = detail.hours.used_minutes + detail.hours.planned_minutes - (stored && stored.status !== 'cancelled' ? stored.duration_minutes : 0);
  const after = before + (status === 'cancelled' ? 0 : Math.max(0, minutes));
  const left = allowed - after;
  const state = left < 0 ? 'over' : left < NEAR_MINUTES ? 'near' : 'ok';
  return { after, allowed, left: Math.max(0, left), state };
}
