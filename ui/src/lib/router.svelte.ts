// Hash routing: each screen has an address, so Back and keyboard navigation behave as expected.
export type Route =
  | { name: 'register' }
  | { name: 'due' }
  | { name: 'diary' }
  | { name: 'settings' }
  | { name: 'about' }
  | { name: 'import' }
  | { name: 'search' }
  | { name: 'case-new' }
  | { name: 'case'; id: number; part?: CasePart }
  | { name: 'case-edit'; id: number }
  | { name: 'child-new'; caseId: number }
  | { name: 'child-edit'; caseId: number; id: number }
  | { name: 'adult-new'; caseId: number }
  | { name: 'adult-edit'; caseId: number; id: number }
  | { name: 'referral-new'; caseId: number }
  | { name: 'incident-new'; caseId: number }
  | { name: 'incident-edit'; caseId: number; id: number }
  | { name: 'referral'; id: number }
  | { name: 'referral-edit'; id: number }
  | { name: 'session-new'; referralId: number }
  | { name: 'session-edit'; referralId: number; id: number }
  | { name: 'attendance'; referralId: number; id: number }
  | { name: 'record'; sessionId: number }
  | { name: 'supported-record'; referralId: number }
  | { name: 'court-report'; referralId: number };

/** The parts of a case, each its own page under the case's identity bar. */
export const CASE_PARTS = ['overview', 'people', 'referrals', 'records', 'incidents', 'history'] as const;
export type CasePart = (typeof CASE_PARTS)[number];

// Each address pattern and the route it names; ":x" parts are numeric ids.
const PATTERNS: [string, Route['name']][] = [
  ['due', 'due'],
  ['diary', 'diary'],
  ['settings', 'settings'],
  ['about', 'about'],
  ['import', 'import'],
  ['search', 'search'],
  ['cases/new', 'case-new'],
  ['cases/:id', 'case'],
  ['cases/:id/edit', 'case-edit'],
  ['cases/:id/:part', 'case'],
  ['cases/:caseId/children/new', 'child-new'],
  ['cases/:caseId/children/:id', 'child-edit'],
  ['cases/:caseId/adults/new', 'adult-new'],
  ['cases/:caseId/adults/:id', 'adult-edit'],
  ['cases/:caseId/referrals/new', 'referral-new'],
  ['cases/:caseId/incidents/new', 'incident-new'],
  ['cases/:caseId/incidents/:id', 'incident-edit'],
  ['referrals/:id', 'referral'],
  ['referrals/:id/edit', 'referral-edit'],
  ['referrals/:referralId/sessions/new', 'session-new'],
  ['referrals/:referralId/sessions/:id', 'session-edit'],
  ['referrals/:referralId/sessions/:id/attendance', 'attendance'],
  ['sessions/:sessionId/record', 'record'],
  ['referrals/:referralId/record', 'supported-record'],
  ['referrals/:referralId/report', 'court-report'],
];

export function parse(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  for (const [pattern, name] of PATTERNS) {
    const want = pattern.split('/');
    if (want.length !== parts.length) continue;
    const route: Record<string, unknown> = { name };
    const fits = want.every((w, i) => {
      const part = parts[i] ?? '';
      if (!w.startsWith(':')) return w === part;
      // The one named part: a word from its list, not a number.
      if (w === ':part') {
        route.part = part;
        return (CASE_PARTS as readonly string[]).includes(part) && part !== 'overview';
      }
      if (!/^\d+$/.test(part)) return false;
      route[w.slice(1)] = Number(part);
      return true;
    });
    if (fits) return route as Route;
  }
  return { name: 'register' };
}

export function href(route: Route): string {
  if (route.name === 'register') return '#/';
  const values = route as unknown as Record<string, number | string | undefined>;
  const withPart = values.part !== undefined && values.part !== 'overview';
  const pattern = PATTERNS.find(([p, name]) => name === route.name && p.includes(':part') === withPart)?.[0] ?? '';
  return '#/' + pattern.replace(/:(\w+)/g, (_, key: string) => String(values[key]));
}

export const router = $state<{ route: Route }>({ route: parse(location.hash) });

/** A one-off message for the next screen, shown in a notification banner ("Case created"). */
export const flash = $state<{ message: string }>({ message: '' });

export function go(route: Route, message = ''): void {
  flash.message = message;
  const target = href(route);
  if (location.hash === target) router.route = route;
  else location.hash = target;
}

export function listen(): () => void {
  const onHash = () => {
    router.route = parse(location.hash);
  };
  window.addEventListener('hashchange', onHash);
  return () => window.removeEventListener('hashchange', onHash);
}
