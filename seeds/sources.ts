// The fictitious reports, feeds and partner submissions that "reported" the demo network.
import type { NodeLabel, Reliability, Tlp } from '../server/model.js';
import { entityId } from '../server/model.js';
import { at, START } from './time.js';

/** The Source every demo Source cites: the generator itself. Its presence marks a loaded demo set. */
export const DEMO_SOURCE_KEY = 'scamgraph-demo-generator';
export const DEMO_SOURCE_ID = entityId('Source', DEMO_SOURCE_KEY);

export interface DemoSource {
  key: string;
  id: string;
  name: string;
  kind: 'report' | 'feed' | 'partner-submission' | 'victim-report' | 'osint' | 'tip';
  reliability: Reliability;
  tlp: Tlp;
  url: string;
  /** Publication date for reports; start date for continuous feeds and submissions. */
  date: number;
  /** A report can only cite what was first seen before it was published; feeds cite anything. */
  continuous: boolean;
  /** The labels it reports on. */
  covers: readonly NodeLabel[];
}

function source(s: Omit<DemoSource, 'id'>): DemoSource {
  return { ...s, id: entityId('Source', s.key) };
}

// prettier-ignore
export const DEMO_SOURCES: readonly DemoSource[] = [
  source({ key: 'demo-ngo-field-report-2022', name: 'Fictitious NGO field report: border compounds 2022 (demo)',
    kind: 'report', reliability: 'B', tlp: 'CLEAR', url: 'https://ngo-report.example/2022/border-compounds',
    date: at(2022, 9, 15), continuous: false, covers: ['Compound', 'Organization', 'Domain', 'Phone', 'Account'] }),
  source({ key: 'demo-journalist-investigation-2023', name: 'Fictitious newsroom investigation 2023 (demo)',
    kind: 'report', reliability: 'B', tlp: 'CLEAR', url: 'https://newsroom.example/investigations/2023-scam-parks',
    date: at(2023, 8, 1), continuous: false, covers: ['Compound', 'Organization', 'Wallet', 'Domain', 'App'] }),
  source({ key: 'demo-ngo-report-2024', name: 'Fictitious NGO regional report on scam compounds 2024 (demo)',
    kind: 'report', reliability: 'B', tlp: 'CLEAR', url: 'https://ngo-report.example/2024/regional',
    date: at(2024, 5, 20), continuous: false, covers: ['Compound', 'Organization', 'Domain', 'Wallet', 'Account'] }),
  source({ key: 'demo-policy-briefing-2025', name: 'Fictitious regional policy briefing 2025 (demo)',
    kind: 'report', reliability: 'A', tlp: 'CLEAR', url: 'https://policy-briefing.example/2025/scam-centres',
    date: at(2025, 11, 30), continuous: false, covers: ['Compound', 'Organization', 'Wallet'] }),
  source({ key: 'demo-threat-intel-feed', name: 'Fictitious threat-intelligence feed (demo)',
    kind: 'feed', reliability: 'C', tlp: 'GREEN', url: 'https://feed.example/scam-infra', date: START,
    continuous: true, covers: ['Domain', 'Url', 'IpAddress', 'App', 'Email'] }),
  source({ key: 'demo-registrar-abuse-feed', name: 'Fictitious registrar abuse feed (demo)',
    kind: 'feed', reliability: 'B', tlp: 'GREEN', url: 'https://abuse.registrar.example/feed', date: START,
    continuous: true, covers: ['Domain', 'Url', 'Email'] }),
  source({ key: 'demo-exchange-partner-submission', name: 'Fictitious exchange partner submission (demo)',
    kind: 'partner-submission', reliability: 'A', tlp: 'AMBER', url: 'https://exchange-partner.example/submissions',
    date: START, continuous: true, covers: ['Wallet'] }),
  source({ key: 'demo-telco-partner-submission', name: 'Fictitious telco partner submission (demo)',
    kind: 'partner-submission', reliability: 'B', tlp: 'AMBER', url: 'https://telco-partner.example/submissions',
    date: START, continuous: true, covers: ['Phone'] }),
  source({ key: 'demo-platform-trust-safety', name: 'Fictitious platform trust & safety submission (demo)',
    kind: 'partner-submission', reliability: 'B', tlp: 'AMBER', url: 'https://platform-partner.example/ts',
    date: START, continuous: true, covers: ['Account', 'App'] }),
  source({ key: 'demo-victim-helpline', name: 'Fictitious victim support helpline (demo)',
    kind: 'victim-report', reliability: 'D', tlp: 'AMBER', url: 'https://helpline.example/reports',
    date: START, continuous: true,
    covers: ['VictimReport', 'Phone', 'Account', 'Domain', 'Wallet', 'App', 'Email'] }),
  source({ key: 'demo-police-cyber-portal', name: 'Fictitious police cybercrime reporting portal (demo)',
    kind: 'victim-report', reliability: 'B', tlp: 'AMBER', url: 'https://police-portal.example/cybercrime',
    date: START, continuous: true, covers: ['VictimReport'] }),
  source({ key: 'demo-osint-social-monitoring', name: 'Fictitious OSINT social-media monitoring (demo)',
    kind: 'osint', reliability: 'E', tlp: 'GREEN', url: 'https://osint-monitor.example/scam-ads',
    date: START, continuous: true, covers: ['Account', 'Domain', 'Phone', 'Url'] }),
  source({ key: 'demo-anonymous-tips', name: 'Fictitious anonymous tip line (demo)',
    kind: 'tip', reliability: 'F', tlp: 'AMBER', url: 'https://tips.example/inbox', date: START,
    continuous: true, covers: ['Compound', 'Phone', 'Organization'] }),
];

const BY_LABEL = new Map<NodeLabel, DemoSource[]>();
for (const s of DEMO_SOURCES) {
  for (const label of s.covers) BY_LABEL.set(label, [...(BY_LABEL.get(label) ?? []), s]);
}

/** Sources able to report a node of this label first seen at `firstSeen`. */
export function sourcesFor(label: NodeLabel, firstSeen: number): DemoSource[] {
  return (BY_LABEL.get(label) ?? []).filter((s) => s.continuous || s.date >= firstSeen);
}

export const SOURCE_BY_ID = new Map(DEMO_SOURCES.map((s) => [s.id, s]));

/** Base confidence a source's reliability grade lends. */
export const RELIABILITY_CONFIDENCE: Record<Reliability, number> = {
  A: 90,
  B: 80,
  C: 65,
  D: 55,
  E: 40,
  F: 25,
};
