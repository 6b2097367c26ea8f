// URL state: what the explorer shows, as a deep link (?entity=, ?cluster=, ?path=a&path=b, ?view=map).
export type UrlState =
  | { view: 'home' }
  | { view: 'entity'; id: string }
  | { view: 'cluster'; id: string }
  | { view: 'path'; from: string; to: string }
  | { view: 'map' };

export function parseUrlState(search: string): UrlState {
  const p = new URLSearchParams(search);
  const entity = p.get('entity');
  const cluster = p.get('cluster');
  const path = p.get('path');
  if (cluster) return { view: 'cluster', id: cluster };
  if (path) {
    // Two `path` parameters: ids may hold any character, so no separator inside one parameter.
    const parts = p.getAll('path');
    if (parts.length === 2 && parts[0] && parts[1])
      return { view: 'path', from: parts[0], to: parts[1] };
  }
  if (entity) return { view: 'entity', id: entity };
  if (p.get('view') === 'map') return { view: 'map' };
  return { view: 'home' };
}

export function formatUrlState(state: UrlState): string {
  const p = new URLSearchParams();
  switch (state.view) {
    case 'entity':
      p.set('entity', state.id);
      break;
    case 'cluster':
      p.set('cluster', state.id);
      break;
    case 'path':
      p.append('path', state.from);
      p.append('path', state.to);
      break;
    case 'map':
      p.set('view', 'map');
      break;
    case 'home':
      break;
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

export function sameUrlState(a: UrlState, b: UrlState): boolean {
  return formatUrlState(a) === formatUrlState(b);
}
