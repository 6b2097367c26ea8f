// A TLP 2.0 label in its official colours (black background, coloured text).
import type { Tlp } from '../api/types.js';
import { TLP_COLOR, tlpLabel } from '../graph/style.js';

export function TlpBadge({ tlp }: { tlp: Tlp }) {
  return (
    <span className="tlp-badge" style={{ color: TLP_COLOR[tlp].bg }}>
      {tlpLabel(tlp)}
    </span>
  );
}
