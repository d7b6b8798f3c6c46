import { agreementVisible } from '../../kernel/internal-records.js';
import { canSeeConfidential, type RequestContext } from '../../api/context.js';
import { runSql } from '../../kernel/sql.js';
import { BadInputError } from '../../kernel/errors.js';
import { Institution } from '../../records/institution/institution.entity.js';
import { isOrderedRange, partialDateBounds, todayIso } from '../../kernel/partial-date.js';
import { firstDay, lastDay } from '../timeline/timeline.sql.js';
import { argumentId } from '../../api/records.js';
import { isCountryCode } from '../../kernel/validation.js';
import { Topic } from '../../records/topic/topic.entity.js';
import { type Stats, StatsDimension, type StatsFilter, type StatsGroup, StatsRecordType } from './analytics.types.js';
import { involvementPairs, involving } from '../involvement/involvement.js';

/*
 * `stats` is one SQL statement: the records of the asked types as facts
 *   (type, id, d, e, place, kind, status)
 * joined, only when a dimension needs them, to their topics and to the institutions they involve,
 * grouped by the asked dimensions with GROUPING SETS ((dims), ()) so the same statement also
 * returns the total (each record counted once: count(distinct id); record keys are UUIDs unique
 * across tables). Fixed SQL fragments only; values are `?` parameters.
 */

export const MAX_GROUPS = 5000;
const MAX_IDS = 100;

type Fact = {
  type: StatsRecordType;
  select: string;
  confidential?: string;
  /** The fact's own place (country column), if it has one. */
  place?: string;
  /** SQL selecting the keys (x.id) of this type's records that involve any institution of `set`. */
  involving(set: string): string;
};

/** `?`: today, twice (relations' derived status). */
const FACTS: Fact[] = [
  {
    type: StatsRecordType.EVENT,
    select: `select 'EVENT' as type, x.id, coalesce(x.start_date, x.end_date) as d, coalesce(x.end_date, x.start_date) as e,
                    x.country as place, x.kind as kind, x.status as status from event x`,
    confidential: 'x.confidential = false',
    place: 'x.country',
    involving: (set) => involving('EVENT', set),
  },
  {
    type: StatsRecordType.VISIT,
    select: `select 'VISIT', x.id, coalesce(x.start_date, x.end_date), coalesce(x.end_date, x.start_date),
                    x.country, x.purpose, x.status from visit x`,
    confidential: 'x.confidential = false',
    place: 'x.country',
    involving: (set) => involving('VISIT', set),
  },
  {
    type: StatsRecordType.AGREEMENT,
    select: `select 'AGREEMENT', x.id, y.d, y.d, null::text, x.kind, x.status
               from agreement x
               cross join lateral (select to_char(coalesce(x.effective_from,
                   (select min(p.signed_on) from agreement_party p where p.agreement_id = x.id),
                   (select min(a.date) from agreement_action a where a.agreement_id = x.id)), 'YYYY-MM-DD') as d) y`,
    confidential: agreementVisible('x'),
    involving: (set) => involving('AGREEMENT', set),
  },
  {
    type: StatsRecordType.DOCUMENT,
    select: `select 'DOCUMENT', x.id, x.date, x.date, null::text, x.kind, null::text from document x`,
    confidential: 'x.confidential = false',
    involving: (set) => involving('DOCUMENT', set),
  },
  {
    type: StatsRecordType.COMMITMENT,
    select: `select 'COMMITMENT', x.id, x.due_date, x.due_date, null::text, null::text, x.status from commitment x`,
    confidential: 'x.confidential = false',
    involving: (set) => involving('COMMITMENT', set),
  },
  {
    type: StatsRecordType.RELATION,
    select: `select 'RELATION', x.id, x.start_date, x.end_date, null::text, x.kind,
                    case when x.start_date is not null and ${firstDay('x.start_date')} > ? then 'UPCOMING'
                         when x.end_date is not null and ${lastDay('x.end_date')} < ? then 'ENDED'
                         else 'ACTIVE' end
               from relation x`,
    involving: (set) => involving('RELATION', set),
  },
];

/** (record id, institution id) for every institution a record involves (same rules as the timeline). */
const INVOLVED = `(
  ${involvementPairs(['EVENT', 'VISIT', 'AGREEMENT', 'DOCUMENT', 'COMMITMENT', 'RELATION'])}
)`;

type DimensionSql = { select: string; order: string; needs?: 'topic' | 'institution' | 'country' };

/** Column expressions of each dimension (aliases f: fact, tg: tagging, inst: involved institution, fc: countries of a record without a place). */
const DIMENSIONS: Record<StatsDimension, DimensionSql> = {
  TYPE: { select: 'f.type', order: 'f.type' },
  YEAR: { select: 'left(f.d, 4)::int', order: 'left(f.d, 4)::int' },
  COUNTRY: { select: 'coalesce(f.place, fc.country)', order: 'coalesce(f.place, fc.country)', needs: 'country' },
  KIND: { select: 'f.kind', order: 'f.kind' },
  STATUS: { select: 'f.status', order: 'f.status' },
  TOPIC: { select: 'tg.topic_id', order: 'min(tp.name) asc nulls last, tg.topic_id', needs: 'topic' },
  INSTITUTION_KIND: { select: 'inst.kind', order: 'inst.kind', needs: 'institution' },
  INSTITUTION: { select: 'inst.id', order: 'min(inst.name) asc nulls last, inst.id', needs: 'institution' },
};

const COLUMN: Record<StatsDimension, keyof StatsGroup> = {
  TYPE: 'type',
  YEAR: 'year',
  COUNTRY: 'country',
  KIND: 'kind',
  STATUS: 'status',
  TOPIC: 'topicId',
  INSTITUTION_KIND: 'institutionKind',
  INSTITUTION: 'institutionId',
};

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

export type StatsArgs = { types?: StatsRecordType[] | null; groupBy: StatsDimension[]; filter?: StatsFilter | null };

/*
 * Unfiltered counts by type, year, kind and status come from the read model: stats_count holds
 * the number of records per (type, year, kind, status, confidential), kept by triggers (migration
 * …_read_model), so the whole registry is summed from a few thousand rows instead of grouping
 * every record. A relation's status depends on today and is not in it.
 */
const SUMMED: Partial<Record<StatsDimension, string>> = { TYPE: 'c.type', YEAR: 'c.year', KIND: 'c.kind', STATUS: 'c.status' };

function summaryServes(groupBy: StatsDimension[], types: Set<StatsRecordType> | null): boolean {
  if (!groupBy.every((d) => SUMMED[d])) return false;
  return !groupBy.includes(StatsDimension.STATUS) || (types !== null && !types.has(StatsRecordType.RELATION));
}

async function summed(ctx: RequestContext, groupBy: StatsDimension[], types: Set<StatsRecordType> | null, hide: boolean): Promise<Stats> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (types) {
    where.push(`c.type in (${placeholders([...types])})`);
    params.push(...types);
  }
  if (hide) where.push(`not c.confidential and (c.type <> 'AGREEMENT' or ${agreementVisible('c')})`);
  const dims = groupBy.map((d) => SUMMED[d]!);
  const text = groupBy.length
    ? `select ${dims.map((d, i) => `${d} as g${i}`).join(', ')}, grouping(${dims.join(', ')}) as total_row, sum(c.n)::int as n
  from stats_count c ${where.length ? `where ${where.join(' and ')}` : ''}
 group by grouping sets ((${dims.join(', ')}), ())
having sum(c.n) > 0
 order by grouping(${dims.join(', ')}) desc, ${dims.map((d) => `${d} asc nulls last`).join(', ')}
 limit ${MAX_GROUPS + 2}`
    : `select 0 as total_row, coalesce(sum(c.n), 0)::int as n from stats_count c ${where.length ? `where ${where.join(' and ')}` : ''}`;
  return statsOf(groupBy, await runSql<Record<string, unknown>[]>(ctx, text, params));
}

export async function stats(ctx: RequestContext, args: StatsArgs): Promise<Stats> {
  const groupBy = [...new Set(args.groupBy)];
  const filter = args.filter ?? {};
  if (filter.from && filter.to && !isOrderedRange(filter.from, filter.to)) throw new BadInputError('filter.to', 'must not lie before filter.from');
  const institutionIds = filter.institutionId?.map((id) => argumentId(Institution, id, 'filter.institutionId')) ?? [];
  const topicIds = filter.topicId?.map((id) => argumentId(Topic, id, 'filter.topicId')) ?? [];
  if (institutionIds.length > MAX_IDS) throw new BadInputError('filter.institutionId', `at most ${MAX_IDS} institutions`);
  if (topicIds.length > MAX_IDS) throw new BadInputError('filter.topicId', `at most ${MAX_IDS} topics`);
  const countries = filter.country?.map((c) => c.trim().toUpperCase()) ?? [];
  const bad = countries.filter((c) => !isCountryCode(c));
  if (bad.length) throw new BadInputError('filter.country', `not ISO 3166-1 alpha-2 codes: ${bad.join(', ')}`);

  const types = args.types?.length ? new Set(args.types) : null;
  const hide = !canSeeConfidential(ctx.viewer);
  const unfiltered = !filter.from && !filter.to && !institutionIds.length && !topicIds.length && !countries.length;
  if (unfiltered && summaryServes(groupBy, types)) return summed(ctx, groupBy, types, hide);
  const today = todayIso();
  // Sets of institutions the conditions refer to, as values once at the top.
  const ctes: string[] = [];
  const params: unknown[] = [];
  if (institutionIds.length) {
    ctes.push(`chosen_institution(id) as (values ${institutionIds.map(() => '(?::uuid)').join(', ')})`);
    params.push(...institutionIds);
  }
  if (countries.length) {
    ctes.push(`country_institution(id) as (select id from institution where country in (${placeholders(countries)}))`);
    params.push(...countries);
  }
  // Every condition goes into each record type's branch, where it can use that table's indexes.
  const facts = FACTS.filter((f) => !types || types.has(f.type)).map((f) => {
    const where: string[] = [];
    if (f.type === StatsRecordType.RELATION) params.push(today, today);
    if (hide && f.confidential) where.push(f.confidential);
    if (institutionIds.length) where.push(`x.id in (${f.involving('select id from chosen_institution')})`);
    if (topicIds.length) {
      where.push(`exists (select 1 from tagging t where t.record_id = x.id and t.topic_id in (${placeholders(topicIds)}))`);
      params.push(...topicIds);
    }
    if (countries.length) {
      const byInstitution = `x.id in (${f.involving('select id from country_institution')})`;
      if (f.place) {
        where.push(`(${f.place} in (${placeholders(countries)}) or (${f.place} is null and ${byInstitution}))`);
        params.push(...countries);
      } else {
        where.push(byInstitution);
      }
    }
    return where.length ? `${f.select} where ${where.join(' and ')}` : f.select;
  });

  const where: string[] = [];
  if (filter.from) {
    where.push(`${lastDay('f.e')} >= ?`);
    params.push(partialDateBounds(filter.from).earliest);
  }
  if (filter.to) {
    where.push(`${firstDay('f.d')} <= ?`);
    params.push(partialDateBounds(filter.to).latest);
  }

  const dims = groupBy.map((d) => DIMENSIONS[d]);
  const joins: string[] = [];
  if (dims.some((d) => d.needs === 'topic')) {
    joins.push('left join tagging tg on tg.record_id = f.id left join topic tp on tp.id = tg.topic_id');
  }
  if (dims.some((d) => d.needs === 'institution')) {
    joins.push(`left join ${INVOLVED} iv on iv.id = f.id left join institution inst on inst.id = iv.institution_id`);
  }
  if (dims.some((d) => d.needs === 'country')) {
    // A record without a place of its own is in the countries of the institutions it involves (null only when none has one).
    joins.push(`left join lateral (
      select distinct ci.country from ${INVOLVED} civ join institution ci on ci.id = civ.institution_id
       where f.place is null and civ.id = f.id and ci.country is not null
    ) fc on true`);
  }
  const selects = groupBy.map((d, i) => `${DIMENSIONS[d].select} as g${i}`);
  const grouping = groupBy.length ? `grouping(${groupBy.map((d) => DIMENSIONS[d].select).join(', ')})` : '0';
  const sets = groupBy.length ? `group by grouping sets ((${groupBy.map((d) => DIMENSIONS[d].select).join(', ')}), ())` : '';
  const order = groupBy.length ? `order by ${[`${grouping} desc`, ...groupBy.map((d) => `${DIMENSIONS[d].order} asc nulls last`)].join(', ')}` : '';
  const text = `${ctes.length ? `with ${ctes.join(', ')}\n` : ''}select ${[...selects, `${grouping} as total_row`, 'count(distinct f.id)::int as n'].join(', ')}
  from (${facts.join('\n  union all ')}) as f(type, id, d, e, place, kind, status)
  ${joins.join('\n  ')}
  ${where.length ? `where ${where.join('\n    and ')}` : ''}
  ${sets}
  ${order}
  limit ${MAX_GROUPS + 2}`;

  const rows = facts.length ? await runSql<Record<string, unknown>[]>(ctx, text, params) : [];
  return statsOf(groupBy, rows);
}

/** The answer from rows of (g0…, total_row, n), the total row first. */
function statsOf(groupBy: StatsDimension[], rows: Record<string, unknown>[]): Stats {
  const totalRow = groupBy.length ? rows.find((r) => Number(r.total_row) !== 0) : rows[0];
  const groupRows = groupBy.length ? rows.filter((r) => Number(r.total_row) === 0) : [];
  const groups = groupRows.slice(0, MAX_GROUPS).map((row) => {
    const group: StatsGroup = {
      type: null,
      year: null,
      country: null,
      kind: null,
      status: null,
      topicId: null,
      institutionKind: null,
      institutionId: null,
      count: Number(row.n),
    };
    groupBy.forEach((d, i) => {
      const value = row[`g${i}`];
      (group as unknown as Record<string, unknown>)[COLUMN[d]] = value === null || value === undefined ? null : d === StatsDimension.YEAR ? Number(value) : String(value);
    });
    return group;
  });
  return { groupBy, total: totalRow ? Number(totalRow.n) : 0, groups, truncated: groupRows.length > MAX_GROUPS };
}
