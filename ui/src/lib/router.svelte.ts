// Hash routing: each screen has an address, so Back and keyboard navigation behave as expected.
export type Route =
  | { name: 'register' }
  | { name: 'case-new' }
  | { name: 'case'; id: number }
  | { name: 'case-edit'; id: number }
  | { name: 'child-new'; caseId: number }
  | { name: 'child-edit'; caseId: number; id: number }
  | { name: 'adult-new'; caseId: number }
  | { name: 'adult-edit'; caseId: number; id: number };

export function parse(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const num = (s: string | undefined) => (s && /^\d+$/.test(s) ? Number(s) : NaN);
  const [a, b, c, d] = parts;
  if (a !== 'cases') return { name: 'register' };
  if (b === 'new' && parts.length === 2) return { name: 'case-new' };
  const id = num(b);
  if (Number.isNaN(id)) return { name: 'register' };
  if (parts.length === 2) return { name: 'case', id };
  if (c === 'edit' && parts.length === 3) return { name: 'case-edit', id };
  if (c === 'children' || c === 'adults') {
    const kind = c === 'children' ? 'child' : 'adult';
    if (d === 'new') return { name: `${kind}-new`, caseId: id } as Route;
    const pid = num(d);
    if (!Number.isNaN(pid)) return { name: `${kind}-edit`, caseId: id, id: pid } as Route;
  }
  return { name: 'register' };
}

export function href(route: Route): string {
  switch (route.name) {
    case 'register':
      return '#/';
    case 'case-new':
      return '#/cases/new';
    case 'case':
      return `#/cases/${route.id}`;
    case 'case-edit':
      return `#/cases/${route.id}/edit`;
    case 'child-new':
      return `#/cases/${route.caseId}/children/new`;
    case 'child-edit':
      return `#/cases/${route.caseId}/children/${route.id}`;
    case 'adult-new':
      return `#/cases/${route.caseId}/adults/new`;
    case 'adult-edit':
      return `#/cases/${route.caseId}/adults/${route.id}`;
  }
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
