// A kind's icon and name in its colour.
import type { EntityKind } from '../api/types.js';
import { KIND_STYLE } from '../graph/style.js';

export function KindBadge({ kind }: { kind: EntityKind }) {
  const s = KIND_STYLE[kind];
  return (
    <span className="kind-badge" style={{ borderColor: s.color, color: s.color }}>
      <span aria-hidden="true">{s.icon}</span> {s.label}
    </span>
  );
}
