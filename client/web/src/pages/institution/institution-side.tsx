import { useApolloClient } from '@apollo/client/react';
import { DateText } from '../../components/date-text';
import { RecordLink } from '../../components/record-link';
import { Empty } from '../../components/states';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { mayBeOnOrAfter, todayIso } from '../../lib/dates';
import { humanize } from '../../lib/words';
import { AgreementStatusBadge } from '../agreement/agreement-status';
import { MiniNetwork } from '../network/mini-network';
import { DeletePostButton } from '../person/remove-records';

const InstitutionSideFields = graphql(`
  fragment InstitutionSideFields on Institution {
    id
    parent {
      id
      name
    }
    children {
      id
      name
      acronym
    }
    agreements {
      id
      title
      status
      expiresOn
      daysToExpiry
      isOverdueExpiry
    }
    commitments(status: [OPEN, IN_PROGRESS]) {
      id
      title
      dueDate
      isOverdue
      status
    }
    posts {
      id
      version
      title
      isHead
      holders {
        id
        name
      }
    }
    upcoming: events {
      id
      role
      event {
        id
        title
        startDate
        endDate
        status
      }
    }
  }
`);

const LIVE_AGREEMENT = new Set(['SIGNED', 'IN_FORCE', 'SUSPENDED', 'NEGOTIATION', 'DRAFT']);

/** The side column: agreements and their expiry, what is next, commitments, people, family, network. */
export function InstitutionSide(props: { institution: FragmentType<typeof InstitutionSideFields> }) {
  const client = useApolloClient();
  const i = getFragmentData(InstitutionSideFields, props.institution);
  const today = todayIso();
  const live = i.agreements.filter((a) => LIVE_AGREEMENT.has(a.status));
  const past = i.agreements.filter((a) => !LIVE_AGREEMENT.has(a.status));
  const upcoming = i.upcoming
    .filter((p) => p.event.startDate && mayBeOnOrAfter(p.event.endDate ?? p.event.startDate, today) && p.event.status !== 'CANCELLED')
    .sort((a, b) => (a.event.startDate! < b.event.startDate! ? -1 : 1));
  return (
    <aside className="side" aria-label="Where we stand">
      <section aria-labelledby="agreements-heading">
        <h2 id="agreements-heading">Agreements ({i.agreements.length})</h2>
        {i.agreements.length === 0 && <Empty>No agreement recorded.</Empty>}
        <ul className="plain">
          {[...live, ...past].map((a) => (
            <li key={a.id}>
              <RecordLink typename="Agreement" id={a.id}>
                {a.title}
              </RecordLink>{' '}
              <AgreementStatusBadge status={a.status} />
              {a.expiresOn && (
                <div className="muted">
                  {a.isOverdueExpiry ? 'expired ' : a.status === 'EXPIRED' ? 'expired ' : 'expires '}
                  <DateText value={a.expiresOn} relative />
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">Upcoming ({upcoming.length})</h2>
        {upcoming.length === 0 ? (
          <Empty>Nothing planned with this institution.</Empty>
        ) : (
          <ul className="plain">
            {upcoming.map((p) => (
              <li key={p.id}>
                <RecordLink typename="Event" id={p.event.id}>
                  {p.event.title}
                </RecordLink>
                <div className="muted">
                  <DateText value={p.event.startDate} end={p.event.endDate} /> · {humanize(p.role)}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="commitments-heading">
        <h2 id="commitments-heading">Open commitments ({i.commitments.length})</h2>
        {i.commitments.length === 0 ? (
          <Empty>No open commitment.</Empty>
        ) : (
          <ul className="plain">
            {i.commitments.map((c) => (
              <li key={c.id}>
                <RecordLink typename="Commitment" id={c.id}>
                  {c.title}
                </RecordLink>
                <div className="muted">
                  {humanize(c.status)}
                  {c.dueDate && (
                    <>
                      {' '}
                      · due <DateText value={c.dueDate} relative />
                    </>
                  )}
                  {c.isOverdue && <span className="badge danger"> overdue</span>}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="people-heading">
        <h2 id="people-heading">People and posts</h2>
        {i.posts.length === 0 ? (
          <Empty>No post recorded.</Empty>
        ) : (
          <ul className="plain">
            {[...i.posts]
              .sort((a, b) => Number(b.isHead) - Number(a.isHead))
              .map((post) => (
                <li key={post.id}>
                  <span className="muted">{post.title}: </span>
                  {post.holders.length === 0
                    ? 'vacant or unknown'
                    : post.holders.map((h, n) => (
                        <span key={h.id}>
                          {n > 0 && ', '}
                          <RecordLink typename="Person" id={h.id}>
                            {h.name}
                          </RecordLink>
                        </span>
                      ))}{' '}
                  <DeletePostButton post={post} onChanged={() => void client.refetchQueries({ include: 'active' })} />
                </li>
              ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="family-heading">
        <h2 id="family-heading">Parent and bodies</h2>
        {!i.parent && i.children.length === 0 && <Empty>Neither part of another institution nor has bodies.</Empty>}
        {i.parent && (
          <p>
            Part of{' '}
            <RecordLink typename="Institution" id={i.parent.id}>
              {i.parent.name}
            </RecordLink>
          </p>
        )}
        {i.children.length > 0 && (
          <ul className="plain">
            {i.children.map((c) => (
              <li key={c.id}>
                <RecordLink typename="Institution" id={c.id}>
                  {c.name}
                </RecordLink>
                {c.acronym && <span className="muted"> ({c.acronym})</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <MiniNetwork institutionId={i.id} />
    </aside>
  );
}
