// How the seed dataset cites its sources: an article's own words (QUOTED), or the registry editors'
// reason for a value the articles do not state (INFERRED). `fields` names the record fields a
// citation supports; none = the record as a whole (that it exists, its name or title).
import { AZERNEWS, EDITORS, REPORT } from './dataset-sources.js';

export type Cite = { source: string; quote?: string; fields?: string[]; reason?: string };

export const az = (quote: string, ...fields: string[]): Cite => ({ source: AZERNEWS, quote, fields });
export const rep = (quote: string, ...fields: string[]): Cite => ({ source: REPORT, quote, fields });
/** A value the registry supplies although no article states it; `reason` says why and what the articles do say. */
export const inferred = (reason: string, ...fields: string[]): Cite => ({ source: EDITORS, reason, fields });

/** Why the OIC Ombudsman Association's meetings (and what happened there) are dated May 2025. */
export const DATED_BY_AZERNEWS =
  'The Azernews article of 14 May 2025 reports this without a date; the registry dates it by the month of publication.';
