// The ranked search's SQL: what each record type is searched by, and how hits are scored.
// Fixed SQL fragments only; the user's words are always parameters.
import { agreementVisible, recordVisible } from '../../kernel/internal-records.js';
import { escapeLike } from '../../kernel/text.js';

export enum SearchableType {
  INSTITUTION = 'Institution',
  PERSON = 'Person',
  EVENT = 'Event',
  DOCUMENT = 'Document',
  AGREEMENT = 'Agreement',
  VISIT = 'Visit',
  COMMITMENT = 'Commitment',
  SOURCE = 'Source',
  TOPIC = 'Topic',
}

/** Folded names and acronyms of the institutions linked through `join` (party tables …). */
const institutionsOf = (join: string) => `coalesce((select string_agg(i.search_text, ' ') from ${join}), '')`;
const kindWords = (column: string) => `replace(lower(${column}), '_', ' ')`;

/**
 * Per type: `title` (shown, and weighted more), `doc` (everything a word may match: the folded
 * search column or title and description, the kind as words, and the names and acronyms of the
 * related institutions — "IPHRC report" finds the reports the IPHRC is party to).
 */
export const DOCUMENTS: Record<SearchableType, string> = {
  [SearchableType.INSTITUTION]: `select 'Institution' as type, id, name as title, search_text as head, 0.6 as boost,
      search_text || ' ' || ${kindWords('kind')} || ' ' || lower(coalesce(description, '')) as doc from institution`,
  [SearchableType.PERSON]: `select 'Person' as type, id, name as title, search_text as head, 0.4 as boost,
      search_text || ' ' || lower(coalesce(description, '')) || ' ' || coalesce((select string_agg(lower(p.title) || ' ' || i.search_text, ' ')
        from tenure t join post p on p.id = t.post_id join institution i on i.id = p.institution_id where t.person_id = person.id), '') as doc from person`,
  [SearchableType.EVENT]: `select 'Event' as type, id, title, lower(title) as head, 0 as boost,
      search_text || ' ' || ${kindWords('kind')} || ' ' || ${institutionsOf('participation pa join institution i on i.id = pa.institution_id where pa.event_id = event.id')} as doc from event`,
  [SearchableType.DOCUMENT]: `select 'Document' as type, id, title, lower(title) as head, 0 as boost,
      search_text || ' ' || ${kindWords('kind')} || ' ' || ${institutionsOf('document_party dp join institution i on i.id = dp.institution_id where dp.document_id = document.id')} as doc from document`,
  [SearchableType.AGREEMENT]: `select 'Agreement' as type, id, title, lower(title) as head, 0 as boost,
      lower(title || ' ' || coalesce(summary, '')) || ' ' || ${kindWords('kind')} || ' ' || ${institutionsOf('agreement_party ap join institution i on i.id = ap.institution_id where ap.agreement_id = agreement.id')} as doc from agreement`,
  [SearchableType.VISIT]: `select 'Visit' as type, id, title, lower(title) as head, 0 as boost,
      lower(title || ' ' || coalesce(place, '') || ' ' || coalesce(description, '')) || ' ' || ${institutionsOf('institution i where i.id in (visit.delegation_of_id, visit.host_id)')} as doc from visit`,
  [SearchableType.COMMITMENT]: `select 'Commitment' as type, id, title, lower(title) as head, 0 as boost,
      lower(title || ' ' || coalesce(description, '')) || ' ' || ${institutionsOf('institution i where i.id = commitment.owner_institution_id')} as doc from commitment`,
  [SearchableType.SOURCE]: `select 'Source' as type, id, title, lower(title) as head, 0 as boost,
      lower(title || ' ' || coalesce(publisher_name, '') || ' ' || coalesce(description, '')) || ' ' || ${kindWords('kind')} as doc from source`,
  [SearchableType.TOPIC]: `select 'Topic' as type, id, name as title, lower(name) as head, 0 as boost,
      lower(name || ' ' || slug || ' ' || coalesce(description, '')) as doc from topic`,
};

export const CONFIDENTIAL_TYPES = new Set([SearchableType.EVENT, SearchableType.DOCUMENT, SearchableType.AGREEMENT, SearchableType.VISIT, SearchableType.COMMITMENT]);

/** Words of a folded query: letters and digits, at least 2 long (1 for digits), at most 8, no repeats. */
/** The searchable documents of the selected types as one `union all`; confidential records left out when `hideConfidential`. */
export function documentsOf(selected: readonly SearchableType[], hideConfidential: boolean): string {
  return selected
    .map((t) => {
      if (!hideConfidential || !CONFIDENTIAL_TYPES.has(t)) return DOCUMENTS[t];
      return `${DOCUMENTS[t]} where ${t === SearchableType.AGREEMENT ? agreementVisible(t.toLowerCase()) : recordVisible(t.toLowerCase())}`;
    })
    .join('\nunion all\n');
}

export function wordsOf(term: string): string[] {
  const words = term.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2 || /^\d$/.test(w));
  return [...new Set(words)].slice(0, 8);
}

const escapeRegex = (word: string) => word.replace(/[\\^$.*+?()[\]{}|]/g, (c) => `\\${c}`);

/**
 * The ranking query. Each word scores on the record's text: whole word 1, word start 0.7,
 * inside a word 0.4, a near miss (trigram word similarity ≥ 0.6: typos) up to 0.5 — plus 0.5 when
 * it is in the title/name; the whole text as a phrase adds 2 at the start of the title, 1 inside.
 * Hits that match every word come first (then the more words matched, the better), so words may
 * come in any order and a typo or an extra word still finds something. The trigram similarity of
 * the whole text to the name/title (0..1) breaks ties in favour of the closest name, and a record
 * that bears the name (institution +0.6, person +0.4) outranks one that mentions it.
 */
export function searchQuery(union: string, term: string, words: string[], first: number): { sql: string; params: unknown[] } {
  const table = JSON.stringify(words.map((word) => ({ word, pattern: `%${escapeLike(word)}%`, rx: escapeRegex(word) })));
  const sql = `
    with words as (select * from json_to_recordset(cast(? as json)) as w(word text, pattern text, rx text)),
    records as materialized (${union}),
    scored as (
      select r.type, r.id, r.title, r.head, r.doc, r.boost,
             count(*) filter (where w.hit > 0)::int as matched,
             sum(w.hit) as word_score
        from records r
        cross join lateral (
          select case when r.doc ~ ('\\m' || words.rx || '\\M') then 1.0
                      when r.doc ~ ('\\m' || words.rx) then 0.7
                      when r.doc like words.pattern then 0.4
                      when words.word <% r.doc then 0.5 * word_similarity(words.word, r.doc)
                      else 0 end
               + case when r.head ~ ('\\m' || words.rx) then 0.5 else 0 end as hit
            from words) as w
       group by r.type, r.id, r.title, r.head, r.doc, r.boost)
    select type, id, title, matched,
           word_score + (case when head like ? then 2 when doc like ? then 1 else 0 end) + similarity(?, head) + boost as score
      from scored
     where matched > 0
     order by matched desc, score desc, title asc, id asc
     limit ?`;
  const params = [table, `${escapeLike(term)}%`, `%${escapeLike(term)}%`, term, first];
  return { sql, params };
}
