import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import { Link } from 'react-router';
import { RecordLink } from '../../components/record-link';
import { Empty, ErrorState, Skeleton } from '../../components/states';
import { formatDateRange, formatPartialDate, relativeHint } from '../../lib/dates';
import { recordPath } from '../../lib/routes';
import { readToken } from '../../lib/session';
import { humanize, plural } from '../../lib/words';
import type { ConflictEntry } from './agenda-model';
import { ExpiringQuery } from './planner-query';

/** Clashes in the period: shared people, hosts or venues (approximate ones "may" clash). */
export function ConflictsPanel({ items, total }: { items: ConflictEntry[]; total: number }) {
  return (
    <section className="panel" aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">
        Conflicts <span className={total ? 'badge warn' : 'badge'}>{total}</span>
      </h2>
      {items.length === 0 ? (
        <Empty>No clashes in this period.</Empty>
      ) : (
        <ul className="plain-list">
          {items.map((c) => (
            <li key={`${c.record.id}:${c.other.id}:${c.kind}:${c.from}`}>
              <span className="badge">{humanize(c.kind)}</span> {c.approximate && <span className="badge">may overlap</span>}{' '}
              <RecordLink typename={c.record.__typename} id={c.record.id}>
                {'title' in c.record ? c.record.title : 'record'}
              </RecordLink>{' '}
              and{' '}
              <RecordLink typename={c.other.__typename} id={c.other.id}>
                {'title' in c.other ? c.other.title : 'record'}
              </RecordLink>
              <div className="muted small">
                {formatDateRange(c.from, c.to)} · {c.message}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const DEADLINE = { EXPIRY: 'expires', REVIEW: 'review due', NOTICE_DEADLINE: 'last day to give notice' } as const;

/** Agreements whose expiry, review or notice deadline is near, and those overdue (past expiry, still in force). */
export function ExpiringPanel({ institutionId }: { institutionId: string | null }) {
  const [days, setDays] = useState(90);
  const { data, error, loading, refetch } = useQuery(ExpiringQuery, { variables: { days, institutionId } });
  const e = data?.expiringAgreements;
  return (
    <section className="panel" aria-labelledby="expiring-heading">
      <h2 id="expiring-heading">Agreements: expiring and overdue</h2>
      <p className="muted small">
        Within{' '}
        {[30, 90, 365].map((d) => (
          <Button key={d} className={d === days ? 'chip selected' : 'chip'} onPress={() => setDays(d)} aria-pressed={d === days}>
            {d} days
          </Button>
        ))}
      </p>
      {error && <ErrorState error={error} onRetry={() => refetch()} />}
      {loading && !data && <Skeleton lines={3} />}
      {e && e.overdue.length > 0 && (
        <>
          <h3>Overdue ({e.overdue.length})</h3>
          <ul className="plain-list">
            {e.overdue.map((d) => (
              <li key={`${d.agreement.id}:${d.kind}`}>
                <Link to={recordPath('Agreement', d.agreement.id) ?? '#'}>{d.agreement.title}</Link>
                <div className="muted small">
                  {DEADLINE[d.kind]} {formatPartialDate(d.date)} ({relativeHint(d.date, e.asOf)}) — still marked {humanize(d.agreement.status)}: record the
                  expiry or the renewal.
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      {e && (
        <>
          <h3>Upcoming ({e.upcoming.length})</h3>
          {e.upcoming.length === 0 ? (
            <Empty>No agreement expires, is due for review or needs notice in the next {plural(days, 'day')}.</Empty>
          ) : (
            <ul className="plain-list">
              {e.upcoming.map((d) => (
                <li key={`${d.agreement.id}:${d.kind}`}>
                  <Link to={recordPath('Agreement', d.agreement.id) ?? '#'}>{d.agreement.title}</Link>
                  <div className="muted small">
                    {DEADLINE[d.kind]} {formatPartialDate(d.date)} ({plural(d.daysLeft, 'day')} left)
                  </div>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/** The /calendar.ics address for calendar apps: with the signed-in token (apps cannot send headers), scoped like the planner. */
export function calendarFeedUrl(origin: string, token: string | null, institutionId: string | null): string {
  const search = new URLSearchParams();
  if (token) search.set('token', token);
  if (institutionId) search.set('institution', institutionId);
  const query = search.toString();
  return `${origin}/calendar.ics${query ? `?${query}` : ''}`;
}

/** "Subscribe": the feed URL to paste into Outlook, Google Calendar, Apple Calendar or Thunderbird, with a copy button. */
export function SubscribePanel({ institutionId }: { institutionId: string | null }) {
  const token = readToken();
  const url = calendarFeedUrl(window.location.origin, token, institutionId);
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <section className="panel" aria-labelledby="subscribe-heading">
      <h2 id="subscribe-heading">Subscribe in your calendar app</h2>
      <TextField className="field" value={url} isReadOnly>
        <Label>Calendar address (iCalendar)</Label>
        <Input className="input mono" data-testid="calendar-url" onFocus={(event) => event.currentTarget.select()} />
      </TextField>
      <p>
        <Button
          className="button"
          onPress={() =>
            navigator.clipboard.writeText(url).then(
              () => setCopied('Copied — paste it into your calendar app as a subscription.'),
              () => setCopied('Could not copy: select the address and copy it by hand.'),
            )
          }
        >
          Copy address
        </Button>{' '}
        <a href={url} download="accord.ics">
          Download .ics
        </a>
      </p>
      <p role="status" className="small">
        {copied}
      </p>
      <p className="muted small">
        {token
          ? 'The address contains your API token: anyone who has it sees what you see. Prefer a token made just for the calendar (a VIEWER token is enough) and revoke it if the address leaks.'
          : 'The server runs in development auth mode, so the address needs no token. Elsewhere it carries the API token of whoever signed in.'}{' '}
        Events, visits and agreement deadlines{institutionId ? ' of this institution' : ''}, a year back to two years ahead; apps refresh it hourly.
      </p>
    </section>
  );
}
