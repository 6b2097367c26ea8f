// Server-side exports (server/modules/exports): the one STIX, CSV and MISP writer. Export a selection by its
// ids, save it as an indicator set, export a set.
import { gql } from './graphql.js';

export type ExportFormat = 'STIX' | 'MISP' | 'CSV';

export interface ExportFile {
  filename: string;
  mediaType: string;
  content: string;
  count: number;
}

export interface SavedSet {
  id: string;
  name: string;
  taxiiCollectionPath: string;
}

const FILE = 'filename mediaType content count';

/** The server's export of these entity ids (and the links among them), as the caller may see them. */
export async function exportIds(ids: string[], format: ExportFormat): Promise<ExportFile> {
  const d = await gql<{ exportIndicators: ExportFile }>(
    `query ExportSelection($ids: [ID!], $format: ExportFormat!) { exportIndicators(ids: $ids, format: $format) { ${FILE} } }`,
    { ids, format },
  );
  return d.exportIndicators;
}

export async function createIndicatorSet(name: string, ids: string[]): Promise<SavedSet> {
  const d = await gql<{ createIndicatorSet: SavedSet }>(
    `mutation Save($input: IndicatorSetInput!) { createIndicatorSet(input: $input) { id name taxiiCollectionPath } }`,
    { input: { name, ids } },
  );
  return d.createIndicatorSet;
}

export async function exportSet(setId: string, format: ExportFormat): Promise<ExportFile> {
  const d = await gql<{ exportIndicators: ExportFile }>(
    `query Export($setId: ID, $format: ExportFormat!) { exportIndicators(setId: $setId, format: $format) { ${FILE} } }`,
    { setId, format },
  );
  return d.exportIndicators;
}
