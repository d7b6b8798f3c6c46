import { createHash } from 'node:crypto';
import type { AnyFastify } from '../../api/http.js';
import type { FastifyBaseLogger, FastifyReply, } from 'fastify';
import type { Config } from '../../kernel/config.js';
import type { DatabaseHandle } from '../../api/http.js';
import { createRequestContext } from '../../api/context.js';
import { isDatabaseOutage } from '../../api/format-error.js';
import { decodeIdOf } from '../../kernel/global-id.js';
import { IdentifyError, requireCaller } from '../../records/auth/identify.js';
import { ScheduleStatus } from '../../records/event/event.enums.js';
import { Institution } from '../../records/institution/institution.entity.js';
import { Person } from '../../records/person/person.entity.js';
import { buildCalendar } from './calendar.js';
import { findAgreements, findCommitments, findEvents, findVisits, MILESTONE_STATUSES } from './sources.js';
import { addDays, daysBetween } from '../../kernel/days.js';
import { todayIn } from './span.js';
import { MAX_DAYS, type Scope, type Window } from './window.js';

/*
 * GET /calendar.ics — the registry as an iCalendar feed for calendar apps (RFC 5545).
 *
 * Query parameters (all optional):
 *   institution=<Institution ID>  only what this institution takes part in, hosts, is party to or owns
 *   person=<Person ID>            only what this person takes part in, travels with or signs
 *   kinds=event,visit,agreement,commitment   (default: event,visit,agreement)
 *   status=planned,confirmed,…    only events and visits in these statuses (default: all, CANCELLED included)
 *   from=YYYY-MM-DD, to=YYYY-MM-DD   the window (default: one year back to two years ahead)
 *   token=acc_…                   the API token, for calendar apps that cannot send headers
 *
 * Authentication as for /graphql: `Authorization: Bearer <token>` (or `?token=`); no valid token
 * → 401, except in AUTH_DEV_MODE where a request without a token acts as an administrator.
 * VIEWER tokens never see confidential records (the same ORM filter as GraphQL).
 */

export type CalendarRouteDeps = { db: DatabaseHandle; config: Pick<Config, 'authDevMode'> & Partial<Pick<Config, 'authCacheTtlMs'>> };


const FEED_KINDS = ['event', 'visit', 'agreement', 'commitment'] as const;
type FeedKind = (typeof FEED_KINDS)[number];
const DEFAULT_KINDS: FeedKind[] = ['event', 'visit', 'agreement'];
const PAST_DAYS = 365;
const FUTURE_DAYS = 730;

class FeedError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function list(value: unknown, name: string): string[] | null {
  if (value === undefined) return null;
  if (typeof value !== 'string') throw new FeedError(400, 'BAD_USER_INPUT', `${name}: give it once, comma-separated`);
  return value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

function single(value: unknown, name: string): string | null {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') throw new FeedError(400, 'BAD_USER_INPUT', `${name}: give it once`);
  return value;
}

export type FeedQuery = { scope: Scope; kinds: Set<FeedKind>; statuses: ScheduleStatus[] | null; window: Window };

/** Reads and checks the query parameters; FeedError (400) when one is wrong. */
export function parseFeedQuery(query: Record<string, unknown>, today = todayIn(null)): FeedQuery {
  const scope: Scope = {};
  const institution = single(query.institution, 'institution');
  if (institution) {
    const id = decodeIdOf('Institution', institution);
    if (!id) throw new FeedError(400, 'BAD_USER_INPUT', 'institution: not an Institution ID');
    scope.institutionId = id;
  }
  const person = single(query.person, 'person');
  if (person) {
    const id = decodeIdOf('Person', person);
    if (!id) throw new FeedError(400, 'BAD_USER_INPUT', 'person: not a Person ID');
    scope.personId = id;
  }
  const kindList = list(query.kinds, 'kinds')?.map((k) => k.toLowerCase());
  const badKind = kindList?.find((k) => !(FEED_KINDS as readonly string[]).includes(k));
  if (badKind !== undefined) throw new FeedError(400, 'BAD_USER_INPUT', `kinds: unknown kind "${badKind}"; use ${FEED_KINDS.join(', ')}`);
  const kinds = new Set((kindList?.length ? kindList : DEFAULT_KINDS) as FeedKind[]);
  const statusList = list(query.status, 'status')?.map((s) => s.toUpperCase());
  const badStatus = statusList?.find((s) => !(Object.values(ScheduleStatus) as string[]).includes(s));
  if (badStatus !== undefined) {
    throw new FeedError(400, 'BAD_USER_INPUT', `status: unknown status "${badStatus}"; use ${Object.values(ScheduleStatus).join(', ')}`);
  }
  const day = /^\d{4}-\d{2}-\d{2}$/;
  const fromText = single(query.from, 'from');
  const toText = single(query.to, 'to');
  for (const [name, value] of [['from', fromText], ['to', toText]] as const) {
    if (value && (!day.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))) throw new FeedError(400, 'BAD_USER_INPUT', `${name}: must be a date YYYY-MM-DD`);
  }
  const from = fromText ?? addDays(today, -PAST_DAYS);
  const to = toText ?? addDays(fromText ?? today, fromText ? PAST_DAYS + FUTURE_DAYS : FUTURE_DAYS);
  if (to < from) throw new FeedError(400, 'BAD_USER_INPUT', 'to: must not be before from');
  if (daysBetween(from, to) + 1 > MAX_DAYS) throw new FeedError(400, 'BAD_USER_INPUT', `the window may span at most ${MAX_DAYS} days`);
  return { scope, kinds, statuses: statusList?.length ? (statusList as ScheduleStatus[]) : null, window: { from, to } };
}

function fail(reply: FastifyReply, error: FeedError) {
  if (error.status === 401) reply.header('www-authenticate', 'Bearer realm="accord"');
  if (error.status === 503) reply.header('retry-after', '1');
  return reply.code(error.status).type('application/json; charset=utf-8').send({ error: { code: error.code, message: error.message } });
}

/** Registers GET /calendar.ics on the app (call before it listens). */
export function registerCalendarRoute(app: AnyFastify, deps: CalendarRouteDeps): void {
  // logLevel 'warn': the request line carries ?token=…, which must not land in the info-level request logs.
  app.get('/calendar.ics', { logLevel: 'warn' }, async (request, reply) => {
    try {
      const query = (request.query ?? {}) as Record<string, unknown>;
      const token = single(query.token, 'token');
      const header = request.headers.authorization ?? (token ? `Bearer ${token}` : undefined);
      const viewer = await requireCaller(deps.db, deps.config, header, 'sign in: send "Authorization: Bearer <token>" or add ?token=<token> to the feed URL');
      const feed = parseFeedQuery(query);
      const ctx = createRequestContext(deps.db.orm.em, request.id, request.log as FastifyBaseLogger, viewer);

      let name = 'Accord';
      if (feed.scope.institutionId) {
        const institution = await ctx.em.findOne(Institution, { id: feed.scope.institutionId });
        if (!institution) throw new FeedError(404, 'NOT_FOUND', 'institution: no institution has this ID');
        name = `Accord — ${institution.name}`;
      }
      if (feed.scope.personId) {
        const person = await ctx.em.findOne(Person, { id: feed.scope.personId });
        if (!person) throw new FeedError(404, 'NOT_FOUND', 'person: no person has this ID');
        name = `${name === 'Accord' ? 'Accord' : name} — ${person.name}`;
      }
      const q = { window: feed.window, scope: feed.scope, statuses: feed.statuses, includeCancelled: true };
      const [events, visits, agreements, commitments] = await Promise.all([
        feed.kinds.has('event') ? findEvents(ctx.em, q) : [],
        feed.kinds.has('visit') ? findVisits(ctx.em, q) : [],
        feed.kinds.has('agreement') ? findAgreements(ctx.em, { window: feed.window, scope: feed.scope, statuses: MILESTONE_STATUSES }) : [],
        feed.kinds.has('commitment') ? findCommitments(ctx.em, { window: feed.window, scope: feed.scope }) : [],
      ]);
      const body = buildCalendar({ events, visits, agreements, commitments }, { name, window: feed.window });
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
      reply.header('cache-control', 'private, max-age=300').header('etag', etag).header('vary', 'authorization');
      if (request.headers['if-none-match'] === etag) return reply.code(304).send();
      return reply.type('text/calendar; charset=utf-8').header('content-disposition', 'inline; filename="accord.ics"').send(body);
    } catch (error) {
      if (error instanceof FeedError) return fail(reply, error);
      if (error instanceof IdentifyError) return fail(reply, new FeedError(error.status, error.code, error.message));
      if (isDatabaseOutage(error)) return fail(reply, new FeedError(503, 'DATABASE_UNAVAILABLE', 'The database is unavailable; retry shortly.'));
      request.log.error({ err: error }, 'calendar feed failed');
      return fail(reply, new FeedError(500, 'INTERNAL_SERVER_ERROR', `internal error (request ${request.id})`));
    }
  });
}
