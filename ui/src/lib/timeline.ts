// A case's history as one list of dated events, newest first: referrals, sessions, records signed,
// incidents and missed deadlines, in plain words. Built from what the case pages already load.
import type { CaseDetail, Deadline, Incident, RecordSummary, ReferralDetail } from './api';

type Case = CaseDetail['case'];
import { duration } from './format';
import { t, tp } from './i18n/index.svelte';
import { say } from './i18n/coreMessage';
import { serviceLabel } from './labels';
import type { Route } from './router.svelte';

export type TimelineEvent = {
  /** The day, "2026-11-23", and a sort key within it ("14:00" or ""). */
  date: string;
  time: string;
  title: string;
  detail: string;
  by: string;
  link: Route | null;
  tone: 'plain' | 'good' | 'warning';
};

const event = (e: Partial<TimelineEvent> & Pick<TimelineEvent, 'date' | 'title'>): TimelineEvent => ({
  time: '',
  detail: '',
  by: '',
  link: null,
  tone: 'plain',
  ...e,
});

export function caseTimeline(
  kase: Case,
  referrals: ReferralDetail[],
  records: RecordSummary[],
  incidents: Incident[],
  deadlines: Deadline[],
): TimelineEvent[] {
  const out: TimelineEvent[] = [event({ date: kase.created_at.slice(0, 10), title: t('timeline.caseOpened') })];

  for (const r of referrals) {
    const service = serviceLabel(r.referral.service);
    const link: Route = { name: 'referral', id: r.referral.id };
    const dates = r.referral.dates;
    const steps = [
      [r.referral.sent_on, 'timeline.referral.sent'],
      [dates.received_on, 'timeline.referral.received'],
      [dates.accepted_on, 'timeline.referral.accepted'],
      [dates.declined_on, 'timeline.referral.declined'],
      [dates.started_on, 'timeline.referral.started'],
      [dates.reviewed_on, 'timeline.referral.reviewed'],
      [dates.ceased_on, 'timeline.referral.ceased'],
    ] as const;
    for (const [date, key] of steps) {
      if (date) out.push(event({ date, title: t(key, { service }), link }));
    }
    for (const { session: s } of r.sessions) {
      out.push(
        event({
          date: s.date,
          time: s.start_time,
          title: t('timeline.session', { number: s.number, status: t(`session.status.${s.status}`) }),
          // Which referral it belongs to comes first: a case can have several at once.
          detail: [service, s.start_time, duration(s.duration_minutes), s.venue, s.supervisor].filter(Boolean).join(' · '),
          link: { name: 'session-edit', referralId: r.referral.id, id: s.id },
          tone: s.status === 'took_place' ? 'good' : s.status === 'scheduled' ? 'plain' : 'warning',
        }),
      );
    }
  }

  for (const rec of records) {
    if (rec.status !== 'final' || !rec.signed_at) continue;
    const title =
      rec.session_number == null ? t('record.title.supported') : `${t(`record.title.${rec.kind}`)}, ${t('record.session', { number: rec.session_number })}`;
    out.push(
      event({
        date: rec.signed_at.slice(0, 10),
        time: rec.signed_at.slice(11, 16),
        title: t('timeline.recordSigned', { title }),
        detail: rec.addenda > 0 ? tp('records.addenda', rec.addenda) : '',
        by: rec.signed_name ? t('record.history.by', { who: rec.signed_name }) : '',
        link: rec.session_id == null ? { name: 'supported-record', referralId: rec.referral_id } : { name: 'record', sessionId: rec.session_id },
        tone: 'good',
      }),
    );
  }

  for (const i of incidents) {
    const link: Route = { name: 'incident-edit', caseId: kase.id, id: i.id };
    out.push(
      event({ date: i.occurred_on, time: i.occurred_time ?? '', title: t('timeline.incident', { kind: t(`incident.kind.${i.kind}`) }), detail: i.what_happened, link, tone: 'warning' }),
    );
    if (i.reported_to_referrer_on) out.push(event({ date: i.reported_to_referrer_on, title: t('timeline.incidentReported'), link }));
    if (i.written_followup_sent_on) out.push(event({ date: i.written_followup_sent_on, title: t('timeline.incidentFollowedUp'), link }));
  }

  for (const d of deadlines) {
    if (d.state === 'overdue') out.push(event({ date: d.due, title: t('timeline.deadlineMissed', { what: say({ message: d.what, msg: d.what_msg }) }), tone: 'warning' }));
  }

  // Newest first; within a day, the later time first.
  return out.sort((a, b) => (b.date + b.time).localeCompare(a.date + a.time));
}
