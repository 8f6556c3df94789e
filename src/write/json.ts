import type { PlanDocument } from '../records/schema.js';

export function documentsToJson(docs: readonly PlanDocument[], single: boolean): string {
  return JSON.stringify(single ? docs[0] : docs, null, 2) + '\n';
}

/** One document per line, for `jq` and streaming. */
export function documentsToJsonLines(docs: readonly PlanDocument[]): string {
  return docs.map((d) => JSON.stringify(d)).join('\n') + (docs.length ? '\n' : '');
}
