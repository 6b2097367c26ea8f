// Server-side exports (server/modules/exports): save a selection as an indicator set, export a set as MISP.
import { gql } from './graphql.js';

export interface SavedSet {
  id: string;
  name: string;
  taxiiCollectionPath: string;
}

export async function createIndicatorSet(name: string, ids: string[]): Promise<SavedSet> {
  const d = await gql<{ createIndicatorSet: SavedSet }>(
    `mutation Save($input: IndicatorSetInput!) { createIndicatorSet(input: $input) { id name taxiiCollectionPath } }`,
    { input: { name, ids } },
  );
  return d.createIndicatorSet;
}

export async function exportSet(
  setId: string,
  format: 'STIX' | 'MISP' | 'CSV',
): Promise<{ filename: string; mediaType: string; content: string }> {
  const d = await gql<{
    exportIndicators: { filename: string; mediaType: string; content: string };
  }>(
    `query Export($setId: ID, $format: ExportFormat!) { exportIndicators(setId: $setId, format: $format) { filename mediaType content } }`,
    { setId, format },
  );
  return d.exportIndicators;
}
