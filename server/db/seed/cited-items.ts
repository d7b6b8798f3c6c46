// Every seed record with its citations, in one list: what seed.ts writes and what the quote check reads.
import type { Cite } from './cite.js';
import { institutions } from './dataset.js';
import * as a from './dataset-activity.js';

export type CitedItem = { key: string; cite: Cite[] };

export function citedItems(): CitedItem[] {
  return [
    ...institutions,
    ...a.topicCitations,
    ...a.people,
    ...a.posts,
    ...a.tenures,
    ...a.relations,
    ...a.events,
    ...a.documents,
    ...a.visits,
    ...a.agreements,
    ...a.commitments,
    ...a.claims,
  ];
}
