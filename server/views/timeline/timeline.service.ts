import { Cursor } from '@mikro-orm/core';
import { runSql } from '../../kernel/sql.js';
import { canSeeConfidential, type RequestContext } from '../../api/context.js';
import { BadInputError, NotFoundError } from '../../kernel/errors.js';
import { encodeCursor, innerCursor, type PageRequest, SortDirection } from '../../api/relay.js';
import { AgreementAction } from '../../records/agreement/agreement-action.entity.js';
import { Agreement } from '../../records/agreement/agreement.entity.js';
import type { AgreementActionKind } from '../../records/agreement/agreement.enums.js';
import { Commitment } from '../../records/commitment/commitment.entity.js';
import type { CommitmentStatus } from '../../records/commitment/commitment.enums.js';
import { Document } from '../../records/document/document.entity.js';
import { Event } from '../../records/event/event.entity.js';
import { needsUpdateReason, reviewFields } from '../../records/event/schedule.js';
import { Institution } from '../../records/institution/institution.entity.js';
import { Person } from '../../records/person/person.entity.js';
import { Relation } from '../../records/relation/relation.entity.js';
import type { RelationKind } from '../../records/relation/relation.enums.js';
import { isOrderedRange, partialDateBounds, temporalStatus } from '../../kernel/partial-date.js';
import { argumentId } from '../../api/records.js';
import { isCountryCode } from '../../kernel/validation.js';
import { Topic } from '../../records/topic/topic.entity.js';
import { Visit } from '../../records/visit/visit.entity.js';
import {
  countsSql,
  KIND_RANK,
  pageSql,
  readModelServes,
  registryCountsSql,
  registryPageSql,
  type SortKey,
  type TimelineConditions,
  type TimelineRow,
  type TimelineScope,
  UNDATED,
} from './timeline.sql.js';
import {
  DatePrecision,
  TimelineAgreementAction,
  TimelineCommitment,
  TimelineConnection,
  type TimelineCount,
  type TimelineCounts,
  TimelineDocument,
  TimelineEvent,
  type TimelineFilter,
  type TimelineItem,
  TimelineItemKind,
  TimelineRelationChange,
  TimelineVisit,
} from './timeline.types.js';

export const MAX_FOCUS_IDS = 100;
const MAX_TOPICS = 100;
const MAX_COUNTRIES = 300;

export type TimelineArgs = {
  institutionIds?: string[] | null;
  bodiesOf?: string | null;
  sharedWith?: string | null;
  filter?: TimelineFilter | null;
  order?: SortDirection | null;
};

// ---------------------------------------------------------------------------------------------
// Arguments

/** A resolved timeline request: who is in focus and which items count. */
export type TimelineQuery = { scope: TimelineScope; conditions: TimelineConditions; direction: 'ASC' | 'DESC' };

function conditionsOf(filter: TimelineFilter | null | undefined): TimelineConditions {
  if (!filter) return {};
  if (filter.from && filter.to && !isOrderedRange(filter.from, filter.to)) {
    throw new BadInputError('filter.to', 'must not lie before filter.from');
  }
  const topicIds = filter.topicId ?? null;
  if (topicIds && topicIds.length > MAX_TOPICS) throw new BadInputError('filter.topicId', `at most ${MAX_TOPICS} topics`);
  const countries = filter.country?.map((c) => c.trim().toUpperCase()) ?? null;
  if (countries && countries.length > MAX_COUNTRIES) throw new BadInputError('filter.country', `at most ${MAX_COUNTRIES} countries`);
  const bad = countries?.filter((c) => !isCountryCode(c)) ?? [];
  if (bad.length) throw new BadInputError('filter.country', `not ISO 3166-1 alpha-2 codes: ${bad.join(', ')}`);
  return {
    from: filter.from,
    to: filter.to,
    kinds: filter.kind,
    topicIds: topicIds ? [...new Set(topicIds.map((id) => argumentId(Topic, id, 'filter.topicId')))] : null,
    countries: countries ? [...new Set(countries)] : null,
    scheduleStatus: filter.scheduleStatus,
    commitmentStatus: filter.commitmentStatus,
    dated: filter.dated,
  };
}

/**
 * Decodes the focus arguments and checks every named institution exists (NOT_FOUND otherwise);
 * `bodiesOf` is expanded to the institution and everything under it. One SQL statement.
 */
export async function resolveTimelineQuery(ctx: RequestContext, args: TimelineArgs): Promise<TimelineQuery> {
  const given = args.institutionIds ?? null;
  if (given && given.length > MAX_FOCUS_IDS) throw new BadInputError('institutionIds', `at most ${MAX_FOCUS_IDS} institutions`);
  const ids = given ? [...new Set(given.map((g) => argumentId(Institution, g, 'institutionIds')))] : [];
  const bodiesOf = args.bodiesOf ? argumentId(Institution, args.bodiesOf, 'bodiesOf') : null;
  const partner = args.sharedWith ? argumentId(Institution, args.sharedWith, 'sharedWith') : null;
  const conditions = conditionsOf(args.filter);
  const direction = args.order === SortDirection.DESC ? 'DESC' : 'ASC';

  const named = [...ids, ...(partner ? [partner] : [])];
  let bodies: string[] = [];
  if (named.length > 0 || bodiesOf) {
    const parts: string[] = [];
    const params: unknown[] = [];
    if (bodiesOf) {
      parts.push(`select id, 'body' as src from bodies`);
      params.push(bodiesOf);
    }
    if (named.length > 0) {
      parts.push(`select id, 'named' as src from institution where id in (${named.map(() => '?').join(', ')})`);
      params.push(...named);
    }
    const recursive = bodiesOf
      ? 'with recursive bodies(id) as (select id from institution where id = ? union select i.id from institution i join bodies b on i.parent_id = b.id)\n'
      : '';
    const rows = await runSql<{ id: string; src: string }[]>(ctx, `${recursive}${parts.join('\nunion all\n')}`, params);
    const found = new Set(rows.filter((r) => r.src === 'named').map((r) => r.id));
    bodies = rows.filter((r) => r.src === 'body').map((r) => r.id);
    const missing = [
      ...(given ?? []).filter((g) => !found.has(argumentId(Institution, g, 'institutionIds'))),
      ...(args.sharedWith && partner && !found.has(partner) ? [args.sharedWith] : []),
      ...(args.bodiesOf && bodies.length === 0 ? [args.bodiesOf] : []),
    ];
    if (missing.length) throw new NotFoundError('Institution', missing[0]!);
  }
  const focus = given || bodiesOf ? [...new Set([...ids, ...bodies])] : null;
  return { scope: { focus, partner, hideConfidential: !canSeeConfidential(ctx.viewer) }, conditions, direction };
}

// ---------------------------------------------------------------------------------------------
// Cursors: the sort key of an item, wrapped like every other cursor of the API.

const orderingOf = (direction: 'ASC' | 'DESC') => `Timeline:${direction}`;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function keyOf(row: Pick<TimelineRow, 'd' | 'prec' | 'k' | 'id'>, direction: 'ASC' | 'DESC'): SortKey {
  const sortDate = row.d ? partialDateBounds(row.d).earliest : UNDATED[direction];
  return { sortDate, prec: Number(row.prec), k: Number(row.k), id: row.id };
}

function encodeKey(key: SortKey, direction: 'ASC' | 'DESC'): string {
  return encodeCursor(orderingOf(direction), Cursor.encode([key.sortDate, key.prec, key.k, key.id]));
}

function decodeKey(name: 'after' | 'before', value: string | undefined, direction: 'ASC' | 'DESC'): SortKey | undefined {
  const inner = innerCursor(name, value, orderingOf(direction));
  if (inner === undefined) return undefined;
  const parts = Cursor.decode(inner) as unknown[];
  const [sortDate, prec, k, id] = parts;
  const ok =
    parts.length === 4 &&
    typeof sortDate === 'string' &&
    DAY.test(sortDate) &&
    Number.isInteger(prec) &&
    Number.isInteger(k) &&
    typeof id === 'string' &&
    UUID.test(id);
  if (!ok) throw new BadInputError(name, 'is not a cursor returned by this connection');
  return { sortDate: sortDate as string, prec: prec as number, k: k as number, id: id as string };
}

// ---------------------------------------------------------------------------------------------
// Items

const PRECISION: Record<number, DatePrecision> = { 4: DatePrecision.YEAR, 7: DatePrecision.MONTH, 10: DatePrecision.DAY };

const ACTION_LABEL: Record<AgreementActionKind, string> = {
  SIGNATURE: 'Signature',
  ENTRY_INTO_FORCE: 'Entry into force',
  AMENDMENT: 'Amendment',
  EXTENSION: 'Extension',
  RENEWAL: 'Renewal',
  SUSPENSION: 'Suspension',
  RESUMPTION: 'Resumption',
  TERMINATION: 'Termination',
  EXPIRY: 'Expiry',
  WITHDRAWAL: 'Withdrawal',
};

/** How a relation starting / ending reads: "A joins B", "A leaves B". */
const RELATION_WORDS: Record<RelationKind, [string, string]> = {
  MEMBER_OF: ['joins', 'leaves'],
  OBSERVER_IN: ['becomes an observer in', 'ceases to be an observer in'],
  PARTNER_OF: ['becomes a partner of', 'ceases to be a partner of'],
  BODY_OF: ['becomes a body of', 'ceases to be a body of'],
  AFFILIATED_WITH: ['becomes affiliated with', 'ceases to be affiliated with'],
  COOPERATES_WITH: ['starts cooperating with', 'stops cooperating with'],
  ACCREDITED_BY: ['is accredited by', 'loses its accreditation by'],
  REPRESENTS: ['starts representing', 'stops representing'],
  OTHER: ['starts a relation with', 'ends its relation with'],
};

export function relationSentence(subject: string, kind: RelationKind, object: string, end: boolean): string {
  const words = RELATION_WORDS[kind] ?? RELATION_WORDS.OTHER;
  return `${subject} ${words[end ? 1 : 0]} ${object}`;
}

/** Loads the records of a page (one batched statement per record type) and builds the typed items. */
async function buildItems(ctx: RequestContext, rows: TimelineRow[], focus: ReadonlySet<string> | null): Promise<(TimelineItem | null)[]> {
  return Promise.all(
    rows.map(async (row): Promise<TimelineItem | null> => {
      const common = {
        recordId: row.id,
        focus,
        kind: row.kind,
        date: row.d,
        endDate: row.e,
        precision: row.d ? (PRECISION[row.d.length] ?? null) : null,
        sortDate: row.d ? partialDateBounds(row.d).earliest : null,
        title: row.title ?? '',
        status: row.status,
        country: row.country,
      };
      switch (row.kind) {
        case TimelineItemKind.EVENT: {
          const event = await ctx.records.byId(Event).load(row.id);
          if (!event) return null;
          return Object.assign(new TimelineEvent(), common, { typeName: 'TimelineEvent', event, scheduleStatus: event.status, ...reviewFields(needsUpdateReason(event)) });
        }
        case TimelineItemKind.VISIT: {
          const visit = await ctx.records.byId(Visit).load(row.id);
          if (!visit) return null;
          return Object.assign(new TimelineVisit(), common, { typeName: 'TimelineVisit', visit, scheduleStatus: visit.status, ...reviewFields(needsUpdateReason(visit)) });
        }
        case TimelineItemKind.DOCUMENT: {
          const document = await ctx.records.byId(Document).load(row.id);
          return document && Object.assign(new TimelineDocument(), common, { typeName: 'TimelineDocument', document });
        }
        case TimelineItemKind.AGREEMENT_ACTION: {
          const [action, agreement] = await Promise.all([
            ctx.records.byId(AgreementAction).load(row.id),
            ctx.records.byId(Agreement).load(row.other!),
          ]);
          if (!action || !agreement) return null;
          const actionKind = action.kind as AgreementActionKind;
          return Object.assign(new TimelineAgreementAction(), common, {
            typeName: 'TimelineAgreementAction',
            action,
            agreement,
            actionKind,
            title: `${ACTION_LABEL[actionKind] ?? actionKind}: ${row.title}`,
          });
        }
        case TimelineItemKind.RELATION_START:
        case TimelineItemKind.RELATION_END: {
          const relation = await ctx.records.byId(Relation).load(row.id);
          if (!relation) return null;
          const [subject, object] = await Promise.all([
            relation.subjectInstitution
              ? ctx.records.byId(Institution).load(relation.subjectInstitution.id)
              : ctx.records.byId(Person).load(relation.subjectPerson!.id),
            ctx.records.byId(Institution).load(relation.object.id),
          ]);
          const end = row.kind === TimelineItemKind.RELATION_END;
          const sentence = relationSentence(subject?.name ?? '?', relation.kind as RelationKind, object?.name ?? '?', end);
          const undated = !relation.startDate && !relation.endDate;
          return Object.assign(new TimelineRelationChange(), common, {
            typeName: 'TimelineRelationChange',
            relation,
            title: undated ? `${sentence} (when: not recorded)` : sentence,
            status: temporalStatus(relation.startDate, relation.endDate),
          });
        }
        case TimelineItemKind.COMMITMENT: {
          const commitment = await ctx.records.byId(Commitment).load(row.id);
          return (
            commitment &&
            Object.assign(new TimelineCommitment(), common, {
              typeName: 'TimelineCommitment',
              commitment,
              commitmentStatus: commitment.status as CommitmentStatus,
            })
          );
        }
        default:
          return null;
      }
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// The connection

const KIND_ORDER = Object.keys(KIND_RANK) as TimelineItemKind[];

function countsOf(rows: { year: number | null; kind: TimelineItemKind; n: number }[]): { total: number; counts: TimelineCounts } {
  const yearOrder = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b);
  const byYearAndKind: TimelineCount[] = rows
    .map((r) => ({ year: r.year === null ? null : Number(r.year), kind: r.kind, count: Number(r.n) }))
    .sort((a, b) => yearOrder(a.year, b.year) || KIND_RANK[a.kind] - KIND_RANK[b.kind]);
  const years = new Map<number | null, number>();
  const kinds = new Map<TimelineItemKind, number>();
  for (const c of byYearAndKind) {
    years.set(c.year, (years.get(c.year) ?? 0) + c.count);
    kinds.set(c.kind!, (kinds.get(c.kind!) ?? 0) + c.count);
  }
  return {
    total: byYearAndKind.reduce((sum, c) => sum + c.count, 0),
    counts: {
      byYear: [...years].map(([year, count]) => ({ year, kind: null, count })),
      byKind: KIND_ORDER.filter((k) => kinds.has(k)).map((kind) => ({ year: null, kind, count: kinds.get(kind)! })),
      byYearAndKind,
    },
  };
}

/**
 * One page of a timeline: one statement for the page (keyset on the sort key), one for the
 * counts (only when asked for), and batched loads of the records.
 */
export async function listTimeline(ctx: RequestContext, query: TimelineQuery, page: PageRequest): Promise<TimelineConnection> {
  const { scope, conditions, direction } = query;
  const after = decodeKey('after', page.after, direction);
  const before = decodeKey('before', page.before, direction);
  const backward = page.last !== undefined;
  const size = (backward ? page.last : page.first)!;
  const pageQuery = { direction, backward, limit: size + 1, after, before };
  const sql = readModelServes(scope, conditions) ? registryPageSql(scope, conditions, pageQuery) : pageSql(scope, conditions, pageQuery);
  let rows = sql ? await runSql<TimelineRow[]>(ctx, sql.text, sql.params) : [];
  const more = rows.length > size;
  rows = rows.slice(0, size);
  if (backward) rows.reverse();

  // Items show how the institutions in focus (and the other one of a pair) take part.
  const focus = scope.focus || scope.partner ? new Set([...(scope.focus ?? []), ...(scope.partner ? [scope.partner] : [])]) : null;
  const items = await buildItems(ctx, rows, focus);
  const edges = rows.flatMap((row, i) => (items[i] ? [{ cursor: encodeKey(keyOf(row, direction), direction), node: items[i]! }] : []));

  let aggregate: Promise<{ total: number; counts: TimelineCounts }> | undefined;
  const connection = new TimelineConnection();
  Object.assign(connection, {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage: backward ? before !== undefined : more,
      hasPreviousPage: backward ? more : after !== undefined,
      startCursor: rows.length ? encodeKey(keyOf(rows[0]!, direction), direction) : null,
      endCursor: rows.length ? encodeKey(keyOf(rows[rows.length - 1]!, direction), direction) : null,
    },
    aggregate: () => {
      aggregate ??= (async () => {
        const counts = readModelServes(scope, conditions) ? registryCountsSql(scope, conditions) : countsSql(scope, conditions);
        const grouped = counts ? await runSql<{ year: number | null; kind: TimelineItemKind; n: number }[]>(ctx, counts.text, counts.params) : [];
        return countsOf(grouped);
      })();
      return aggregate;
    },
  });
  return connection;
}
