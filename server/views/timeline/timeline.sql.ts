import { agreementVisible } from '../../kernel/internal-records.js';
import { partialDateBounds } from '../../kernel/partial-date.js';
import { TimelineItemKind } from './timeline.types.js';
import { involving } from '../involvement/involvement.js';

/*
 * The timeline as ONE SQL query: a UNION ALL over the record tables, each branch producing
 *   (k, kind, id, d, e, title, detail, other, status, country)
 * where k is the kind's tie-break rank, d/e the partial start/end dates as stored, and title,
 * detail, other what the item's title is made of (relation sentences are made from the loaded
 * names, after the page is cut, so no branch joins for them). The outer query adds the sort key
 *   (sort_date, prec, k, id)
 * with sort_date the first day `d` covers and prec the length of `d` (4 year, 7 month, 10 day):
 * coarser dates first on the same first day. The key is unique (an id appears once per kind),
 * which makes the order total and keyset pagination exact.
 *
 * The day a partial date starts or ends is computed as text ("2024" → "2024-01-01" and
 * "2024-12-31", "2024-02" → "2024-02-01" and "2024-02-31"), compared in the "C" collation. For
 * the valid partial dates the API stores this orders and compares exactly like
 * accord_date_from/accord_date_to (a month's "-31" compares like its real last day against any
 * real date), without parsing a date per row: 2–3× faster on a registry-wide timeline. Undated
 * items sort as "9999-99-99" ascending and "0000-00-00" descending, so they always come last.
 *
 * Only fixed SQL fragments are concatenated; every value is a `?` parameter.
 */

/** SQL text of the first day a partial date column covers (null stays null). */
export const firstDay = (column: string) =>
  `(case length(${column}) when 4 then ${column} || '-01-01' when 7 then ${column} || '-01' else ${column} end) collate "C"`;

/** SQL text of the last day a partial date column covers, for comparisons against real days. */
export const lastDay = (column: string) =>
  `(case length(${column}) when 4 then ${column} || '-12-31' when 7 then ${column} || '-31' else ${column} end) collate "C"`;

/** Sort position of undated items: after every date in either direction. */
export const UNDATED = { ASC: '9999-99-99', DESC: '0000-00-00' } as const;

export type Sql = { text: string; params: unknown[] };

export type TimelineScope = {
  /** Database keys of the institutions in focus; null = the whole registry. */
  focus: string[] | null;
  /** Database key of the other institution of a pair (shared history); null = none. */
  partner: string | null;
  /** Hide confidential records (viewers). */
  hideConfidential: boolean;
};

export type TimelineConditions = {
  from?: string | null;
  to?: string | null;
  kinds?: TimelineItemKind[] | null;
  topicIds?: string[] | null;
  countries?: string[] | null;
  scheduleStatus?: string[] | null;
  commitmentStatus?: string[] | null;
  dated?: boolean | null;
};

export const KIND_RANK: Record<TimelineItemKind, number> = {
  [TimelineItemKind.RELATION_START]: 1,
  [TimelineItemKind.AGREEMENT_ACTION]: 2,
  [TimelineItemKind.EVENT]: 3,
  [TimelineItemKind.VISIT]: 4,
  [TimelineItemKind.DOCUMENT]: 5,
  [TimelineItemKind.COMMITMENT]: 6,
  [TimelineItemKind.RELATION_END]: 7,
};

type Branch = {
  kind: TimelineItemKind;
  /** `select … from … ` producing the branch columns; the main table is aliased `x`. */
  select: string;
  /** Condition hiding confidential records from viewers. */
  confidential?: string;
  /** Which status filter applies, on which column. */
  status?: { filter: 'scheduleStatus' | 'commitmentStatus'; column: string };
  /** The record whose topic tags count (tagging.record_id). */
  topicTarget: string;
  /** The item's own place (country column), if it has one. */
  place?: string;
  /** Extra condition of the branch itself. */
  where?: string;
  /** SQL selecting the keys (x.id) of this branch's records that involve any institution of `set`. */
  involving(set: string): string;
};

const RELATION_SELECT = (kind: TimelineItemKind, column: 'start_date' | 'end_date') => `
  select ${KIND_RANK[kind]} as k, '${kind}' as kind, x.id, x.${column} as d, x.${column} as e,
         null::text as title, x.kind as detail, null::text as other, null::text as status, null::text as country
    from relation x`;

const relationInvolving = (set: string) => involving('RELATION', set);

const BRANCHES: Branch[] = [
  {
    kind: TimelineItemKind.RELATION_START,
    select: RELATION_SELECT(TimelineItemKind.RELATION_START, 'start_date'),
    // A relation without any date appears once, undated (its period is unknown), never not at all.
    where: '(x.start_date is not null or x.end_date is null)',
    topicTarget: 'x.id',
    involving: relationInvolving,
  },
  {
    kind: TimelineItemKind.AGREEMENT_ACTION,
    select: `
  select ${KIND_RANK.AGREEMENT_ACTION} as k, 'AGREEMENT_ACTION' as kind, x.id, to_char(x.date, 'YYYY-MM-DD') as d, to_char(x.date, 'YYYY-MM-DD') as e,
         a.title as title, x.kind as detail, x.agreement_id::text as other, a.status as status, null::text as country
    from agreement_action x
    join agreement a on a.id = x.agreement_id`,
    confidential: agreementVisible('a'),
    topicTarget: 'x.agreement_id',
    involving: (set) => involving('AGREEMENT_ACTION', set),
  },
  {
    kind: TimelineItemKind.EVENT,
    select: `
  select ${KIND_RANK.EVENT} as k, 'EVENT' as kind, x.id, coalesce(x.start_date, x.end_date) as d, coalesce(x.end_date, x.start_date) as e,
         x.title as title, x.kind as detail, null::text as other, x.status as status, x.country as country
    from event x`,
    confidential: 'x.confidential = false',
    status: { filter: 'scheduleStatus', column: 'x.status' },
    topicTarget: 'x.id',
    place: 'x.country',
    involving: (set) => involving('EVENT', set),
  },
  {
    kind: TimelineItemKind.VISIT,
    select: `
  select ${KIND_RANK.VISIT} as k, 'VISIT' as kind, x.id, coalesce(x.start_date, x.end_date) as d, coalesce(x.end_date, x.start_date) as e,
         x.title as title, x.purpose as detail, null::text as other, x.status as status, x.country as country
    from visit x`,
    confidential: 'x.confidential = false',
    status: { filter: 'scheduleStatus', column: 'x.status' },
    topicTarget: 'x.id',
    place: 'x.country',
    involving: (set) => involving('VISIT', set),
  },
  {
    kind: TimelineItemKind.DOCUMENT,
    select: `
  select ${KIND_RANK.DOCUMENT} as k, 'DOCUMENT' as kind, x.id, x.date as d, x.date as e,
         x.title as title, x.kind as detail, null::text as other, null::text as status, null::text as country
    from document x`,
    confidential: 'x.confidential = false',
    topicTarget: 'x.id',
    involving: (set) => involving('DOCUMENT', set),
  },
  {
    kind: TimelineItemKind.COMMITMENT,
    select: `
  select ${KIND_RANK.COMMITMENT} as k, 'COMMITMENT' as kind, x.id, x.due_date as d, x.due_date as e,
         x.title as title, null::text as detail, null::text as other, x.status as status, null::text as country
    from commitment x`,
    confidential: 'x.confidential = false',
    status: { filter: 'commitmentStatus', column: 'x.status' },
    topicTarget: 'x.id',
    involving: (set) => involving('COMMITMENT', set),
  },
  {
    kind: TimelineItemKind.RELATION_END,
    select: RELATION_SELECT(TimelineItemKind.RELATION_END, 'end_date'),
    where: 'x.end_date is not null',
    topicTarget: 'x.id',
    involving: relationInvolving,
  },
];

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');
const uuidValues = (values: readonly unknown[]) => values.map(() => '(?::uuid)').join(', ');

/**
 * The `with` clause and the union of branches for a scope and conditions (no cursor, no date
 * range: those apply to the computed columns outside).
 */
function itemsSql(scope: TimelineScope, c: TimelineConditions): { ctes: Sql; union: Sql } | null {
  const cteParts: string[] = [];
  const cteParams: unknown[] = [];
  if (scope.focus) {
    if (scope.focus.length === 0) return null;
    cteParts.push(`focus(id) as (values ${uuidValues(scope.focus)})`);
    cteParams.push(...scope.focus);
  }
  if (scope.partner) {
    cteParts.push('partner(id) as (values (?::uuid))');
    cteParams.push(scope.partner);
  }
  if (c.countries?.length) {
    cteParts.push(`country_institution(id) as (select id from institution where country in (${placeholders(c.countries)}))`);
    cteParams.push(...c.countries);
  }
  if (c.topicIds?.length) {
    cteParts.push(`chosen_topic(id) as (values ${uuidValues(c.topicIds)})`);
    cteParams.push(...c.topicIds);
  }

  const kinds = c.kinds?.length ? new Set(c.kinds) : null;
  const branches: string[] = [];
  const params: unknown[] = [];
  for (const branch of BRANCHES) {
    if (kinds && !kinds.has(branch.kind)) continue;
    const where: string[] = [];
    if (branch.where) where.push(branch.where);
    if (scope.hideConfidential && branch.confidential) where.push(branch.confidential);
    if (scope.focus) where.push(`x.id in (${branch.involving('select id from focus')})`);
    if (scope.partner) where.push(`x.id in (${branch.involving('select id from partner')})`);
    if (branch.status) {
      const wanted = c[branch.status.filter];
      if (wanted?.length) {
        where.push(`${branch.status.column} in (${placeholders(wanted)})`);
        params.push(...wanted);
      }
    }
    if (c.topicIds?.length) {
      where.push(`exists (select 1 from tagging t where t.record_id = ${branch.topicTarget} and t.topic_id in (select id from chosen_topic))`);
    }
    if (c.countries?.length) {
      const byInstitution = `x.id in (${branch.involving('select id from country_institution')})`;
      if (branch.place) {
        where.push(`(${branch.place} in (${placeholders(c.countries)}) or (${branch.place} is null and ${byInstitution}))`);
        params.push(...c.countries);
      } else {
        where.push(byInstitution);
      }
    }
    branches.push(`${branch.select}${where.length ? `\n   where ${where.join('\n     and ')}` : ''}`);
  }
  if (branches.length === 0) return null;
  return {
    ctes: { text: cteParts.length ? `with ${cteParts.join(',\n     ')}\n` : '', params: cteParams },
    union: { text: branches.join('\n  union all'), params },
  };
}

/** Conditions on the computed columns: date range and dated/undated. */
function rangeSql(c: TimelineConditions): Sql {
  const where: string[] = [];
  const params: unknown[] = [];
  if (c.from) {
    where.push(`${lastDay('i.e')} >= ?`);
    params.push(partialDateBounds(c.from).earliest);
  }
  if (c.to) {
    where.push(`${firstDay('i.d')} <= ?`);
    params.push(partialDateBounds(c.to).latest);
  }
  if (c.dated === true) where.push('i.d is not null');
  if (c.dated === false) where.push('i.d is null');
  return { text: where.length ? `where ${where.join(' and ')}` : '', params };
}

export type SortKey = { sortDate: string; prec: number; k: number; id: string };

export type PageQuery = {
  /** ASC: oldest first; DESC: newest first. Undated items come last either way. */
  direction: 'ASC' | 'DESC';
  /** Read forward (first/after) or backward (last/before). */
  backward: boolean;
  limit: number;
  after?: SortKey;
  before?: SortKey;
};

export type TimelineRow = {
  k: number;
  kind: TimelineItemKind;
  id: string;
  d: string | null;
  e: string | null;
  /** Null for relation starts/ends (their sentence is made from the loaded names). */
  title: string | null;
  detail: string | null;
  other: string | null;
  status: string | null;
  country: string | null;
  prec: number;
};

/** One page of the timeline (limit rows; ask for one more than the page to know if there are more). */
export function pageSql(scope: TimelineScope, c: TimelineConditions, page: PageQuery): Sql | null {
  const items = itemsSql(scope, c);
  if (!items) return null;
  const range = rangeSql(c);
  const undated = UNDATED[page.direction];
  // Reading backward reverses the order; the caller reverses the rows back.
  const descending = (page.direction === 'DESC') !== page.backward;
  const order = descending ? 'desc' : 'asc';
  const where: string[] = [];
  const params: unknown[] = [];
  const key = '(t.sort_date, t.prec, t.k, t.id)';
  const bound = (op: string, value: SortKey) => {
    where.push(`${key} ${op} (? collate "C", ?::int, ?::int, ?::uuid)`);
    params.push(value.sortDate, value.prec, value.k, value.id);
  };
  // In the timeline's own order, `after` items come later and `before` items earlier.
  const later = page.direction === 'ASC' ? '>' : '<';
  const earlier = page.direction === 'ASC' ? '<' : '>';
  if (page.after) bound(later, page.after);
  if (page.before) bound(earlier, page.before);
  const text = `${items.ctes.text}select t.k, t.kind, t.id, t.d, t.e, t.title, t.detail, t.other, t.status, t.country, t.prec from (
  select i.*, coalesce(${firstDay('i.d')}, '${undated}' collate "C") as sort_date, coalesce(length(i.d), 0) as prec
    from (${items.union.text}
    ) as i
  ${range.text}
) as t
${where.length ? `where ${where.join(' and ')}` : ''}
order by t.sort_date ${order}, t.prec ${order}, t.k ${order}, t.id ${order}
limit ?`;
  return { text, params: [...items.ctes.params, ...items.union.params, ...range.params, ...params, page.limit] };
}

/** Counts per year and kind of the whole filtered timeline (one GROUP BY). */
export function countsSql(scope: TimelineScope, c: TimelineConditions): Sql | null {
  const items = itemsSql(scope, c);
  if (!items) return null;
  const range = rangeSql(c);
  const text = `${items.ctes.text}select left(i.d, 4)::int as year, i.kind, count(*)::int as n
  from (${items.union.text}
  ) as i
  ${range.text}
 group by 1, 2`;
  return { text, params: [...items.ctes.params, ...items.union.params, ...range.params] };
}

// ---------------------------------------------------------------------------------------------
// The whole registry, from the read model (table timeline_item, kept by triggers: migration
// …_read_model). One row per item with the columns above and its sort key stored in both
// directions (sort_asc/sort_desc: the first day, undated as UNDATED[direction]) under keyset
// indexes, so a page is an index range scan however large the registry.

/** Whether the read model can answer: the whole registry, without a country condition (that needs the involved institutions). */
export const readModelServes = (scope: TimelineScope, c: TimelineConditions) => !scope.focus && !scope.partner && !c.countries?.length;

const STATUS_KINDS = { scheduleStatus: ['EVENT', 'VISIT'], commitmentStatus: ['COMMITMENT'] } as const;

/** Conditions on timeline_item `t` (kinds, confidentiality, statuses, topics, dates). */
function registryWhere(scope: TimelineScope, c: TimelineConditions): Sql {
  const where: string[] = [];
  const params: unknown[] = [];
  if (c.kinds?.length) {
    where.push(`t.kind in (${placeholders(c.kinds)})`);
    params.push(...c.kinds);
  }
  // The kernel's rule on the flags the row carries: the record's own, an action's agreement's.
  if (scope.hideConfidential) where.push(`not t.confidential and (t.kind <> 'AGREEMENT_ACTION' or ${agreementVisible('t')})`);
  for (const filter of ['scheduleStatus', 'commitmentStatus'] as const) {
    const wanted = c[filter];
    if (!wanted?.length) continue;
    where.push(`(t.kind not in (${placeholders(STATUS_KINDS[filter])}) or t.status in (${placeholders(wanted)}))`);
    params.push(...STATUS_KINDS[filter], ...wanted);
  }
  if (c.topicIds?.length) {
    where.push(`exists (select 1 from tagging tg where tg.record_id = t.record_id and tg.topic_id in (${c.topicIds.map(() => '?::uuid').join(', ')}))`);
    params.push(...c.topicIds);
  }
  if (c.from) {
    where.push(`${lastDay('t.e')} >= ?`);
    params.push(partialDateBounds(c.from).earliest);
  }
  if (c.to) {
    where.push(`${firstDay('t.d')} <= ?`);
    params.push(partialDateBounds(c.to).latest);
  }
  if (c.dated === true) where.push('t.d is not null');
  if (c.dated === false) where.push('t.d is null');
  return { text: where.join(' and '), params };
}

/** One page of the whole-registry timeline from timeline_item (same rows and order as pageSql). */
export function registryPageSql(scope: TimelineScope, c: TimelineConditions, page: PageQuery): Sql {
  const { text, params } = registryWhere(scope, c);
  const where = text ? [text] : [];
  const sort = page.direction === 'ASC' ? 't.sort_asc' : 't.sort_desc';
  const key = `(${sort}, t.prec, t.k, t.id)`;
  const bound = (op: string, value: SortKey) => {
    where.push(`${key} ${op} (? collate "C", ?::smallint, ?::smallint, ?::uuid)`);
    params.push(value.sortDate, value.prec, value.k, value.id);
  };
  const later = page.direction === 'ASC' ? '>' : '<';
  const earlier = page.direction === 'ASC' ? '<' : '>';
  if (page.after) bound(later, page.after);
  if (page.before) bound(earlier, page.before);
  const order = (page.direction === 'DESC') !== page.backward ? 'desc' : 'asc';
  return {
    text: `select t.k, t.kind, t.id, t.d, t.e, t.title, t.detail, t.other, t.status, t.country, t.prec
  from timeline_item t
 ${where.length ? `where ${where.join('\n   and ')}` : ''}
 order by ${sort} ${order}, t.prec ${order}, t.k ${order}, t.id ${order}
 limit ?`,
    params: [...params, page.limit],
  };
}

/** Counts per year and kind of the whole filtered registry from timeline_item. */
export function registryCountsSql(scope: TimelineScope, c: TimelineConditions): Sql {
  const { text, params } = registryWhere(scope, c);
  return { text: `select left(t.d, 4)::int as year, t.kind, count(*)::int as n from timeline_item t ${text ? `where ${text}` : ''} group by 1, 2`, params };
}
