// Colours, icons and edge styles per kind and relationship type: one palette for canvas, legend and panels.
import type { EntityKind, RelType, Tlp } from '../api/types.js';

export interface KindStyle {
  color: string;
  icon: string;
  label: string;
}

export const KIND_STYLE: Record<EntityKind, KindStyle> = {
  DOMAIN: { color: '#2f6fdf', icon: '⊕', label: 'Domain' },
  URL: { color: '#6aa2ff', icon: '↗', label: 'URL' },
  APP: { color: '#8e44ad', icon: '▣', label: 'App' },
  WALLET: { color: '#e0a100', icon: '¤', label: 'Wallet' },
  PHONE: { color: '#16a085', icon: '☎', label: 'Phone' },
  ACCOUNT: { color: '#1abc9c', icon: '@', label: 'Account' },
  EMAIL: { color: '#5dade2', icon: '✉', label: 'E-mail' },
  IP_ADDRESS: { color: '#7f8c8d', icon: '#', label: 'IP address' },
  COMPOUND: { color: '#c0392b', icon: '⌂', label: 'Compound' },
  ORGANIZATION: { color: '#6e2c00', icon: '♜', label: 'Organisation' },
  SOURCE: { color: '#95a5a6', icon: '¶', label: 'Source' },
  VICTIM_REPORT: { color: '#d35400', icon: '⚠', label: 'Victim report' },
};

export const KINDS = Object.keys(KIND_STYLE) as EntityKind[];

export interface RelStyle {
  color: string;
  size: number;
  arrow: boolean;
  label: string;
}

export const REL_STYLE: Record<RelType, RelStyle> = {
  ON_DOMAIN: { color: '#9db7e8', size: 1, arrow: true, label: 'on domain' },
  RESOLVES_TO: { color: '#a6acb3', size: 1, arrow: true, label: 'resolves to' },
  USES_DOMAIN: { color: '#b48ad0', size: 1.5, arrow: true, label: 'uses domain' },
  PAYS_TO: { color: '#e8b923', size: 2, arrow: true, label: 'pays to' },
  TRANSFERRED_TO: { color: '#b8860b', size: 3, arrow: true, label: 'transferred to' },
  CONTACT_FOR: { color: '#5fc4ad', size: 1.5, arrow: true, label: 'contact for' },
  OPERATED_FROM: { color: '#e07b6f', size: 2.5, arrow: true, label: 'operated from' },
  RUN_BY: { color: '#8b5a3c', size: 2.5, arrow: true, label: 'run by' },
  REPORTED_IN: { color: '#d5d9de', size: 0.5, arrow: false, label: 'reported in' },
  INVOLVES: { color: '#f0a070', size: 1, arrow: true, label: 'involves' },
  ROTATED_TO: { color: '#2f6fdf', size: 2, arrow: true, label: 'rotated to' },
  RELATED_TO: { color: '#b0b6bf', size: 1, arrow: false, label: 'related to' },
};

export const RELS = Object.keys(REL_STYLE) as RelType[];

export const TLPS: Tlp[] = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'];

export const TLP_COLOR: Record<Tlp, { bg: string; fg: string }> = {
  CLEAR: { bg: '#ffffff', fg: '#000000' },
  GREEN: { bg: '#33ff00', fg: '#000000' },
  AMBER: { bg: '#ffc000', fg: '#000000' },
  AMBER_STRICT: { bg: '#ffc000', fg: '#000000' },
  RED: { bg: '#ff2b2b', fg: '#000000' },
};

/** `TLP:AMBER+STRICT` as TLP 2.0 writes it. */
export function tlpLabel(tlp: Tlp): string {
  return `TLP:${tlp === 'AMBER_STRICT' ? 'AMBER+STRICT' : tlp}`;
}

/** Colours for Louvain communities (cycled). */
export const COMMUNITY_COLORS = [
  '#e6194b',
  '#3cb44b',
  '#4363d8',
  '#f58231',
  '#911eb4',
  '#42d4f4',
  '#f032e6',
  '#9a6324',
  '#469990',
  '#800000',
  '#808000',
  '#000075',
  '#bfef45',
  '#fabed4',
  '#dcbeff',
  '#aaffc3',
];

/** Node size from its degree in the whole graph: grows with the log, bounded. */
export function sizeForDegree(degree: number): number {
  return Math.min(22, 4 + 3 * Math.log2(1 + Math.max(0, degree)));
}
