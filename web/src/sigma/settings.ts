// Sigma settings shared by the explorer canvas (and, for a fair comparison, reported by the benchmark).
import type { Settings } from 'sigma/settings';
import type { EdgeAttrs, NodeAttrs } from '../graph/types.js';

export const SIGMA_SETTINGS: Partial<Settings<NodeAttrs, EdgeAttrs>> = {
  // Labels: on hover always; otherwise only for nodes drawn large enough, i.e. when zoomed in.
  labelRenderedSizeThreshold: 12,
  labelDensity: 0.5,
  labelFont: 'system-ui, sans-serif',
  labelSize: 12,
  defaultEdgeType: 'arrow',
  renderEdgeLabels: true,
  edgeLabelSize: 10,
  edgeLabelFont: 'system-ui, sans-serif',
  zIndex: true,
  minCameraRatio: 0.02,
  maxCameraRatio: 20,
};
