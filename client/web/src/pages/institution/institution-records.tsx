import { DateText } from '../../components/date-text';
import { RecordLink } from '../../components/record-link';
import { Empty } from '../../components/states';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { humanize } from '../../lib/words';

const InstitutionRecordsFields = graphql(`
  fragment InstitutionRecordsFields on Institution {
    id
    events {
      id
      role
      rsvp
      person {
        id
        name
      }
      event {
        id
        title
        kind
        startDate
        endDate
        city
        countryName
        status
      }
    }
    visits {
      id
      title
      direction
      purpose
      startDate
      endDate
      place
      status
      delegationOf {
        id
        name
      }
      host {
        id
        name
      }
    }
    documentParties {
      id
      role
      date
      document {
        id
        title
        kind
        date
      }
    }
  }
`);

/** Everything the institution took part in, as tables: events (role, RSVP), visits, documents. */
export function InstitutionRecords(props: { institution: FragmentType<typeof InstitutionRecordsFields> }) {
  const i = getFragmentData(InstitutionRecordsFields, props.institution);
  const events = [...i.events].sort((a, b) => (b.event.startDate ?? '').localeCompare(a.event.startDate ?? ''));
  const visits = [...i.visits].sort((a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? ''));
  return (
    <div>
      <h2 id="events-heading">Events ({events.length})</h2>
      {events.length === 0 ? (
        <Empty>No event recorded with this institution.</Empty>
      ) : (
        <table className="table compact" aria-labelledby="events-heading">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Event</th>
              <th scope="col">Role</th>
              <th scope="col">RSVP</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {events.map((p) => (
              <tr key={p.id}>
                <td className="date-cell">
                  <DateText value={p.event.startDate} end={p.event.endDate} />
                </td>
                <td>
                  <RecordLink typename="Event" id={p.event.id}>
                    {p.event.title}
                  </RecordLink>
                  <div className="with">{[humanize(p.event.kind), p.event.city, p.event.countryName].filter(Boolean).join(' · ')}</div>
                </td>
                <td>
                  {humanize(p.role)}
                  {p.person && (
                    <div className="with">
                      by{' '}
                      <RecordLink typename="Person" id={p.person.id}>
                        {p.person.name}
                      </RecordLink>
                    </div>
                  )}
                </td>
                <td>{humanize(p.rsvp)}</td>
                <td>{humanize(p.event.status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 id="visits-heading">Visits ({visits.length})</h2>
      {visits.length === 0 ? (
        <Empty>No visit recorded.</Empty>
      ) : (
        <table className="table compact" aria-labelledby="visits-heading">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Visit</th>
              <th scope="col">Delegation → host</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {visits.map((v) => (
              <tr key={v.id}>
                <td className="date-cell">
                  <DateText value={v.startDate} end={v.endDate} />
                </td>
                <td>
                  <RecordLink typename="Visit" id={v.id}>
                    {v.title}
                  </RecordLink>
                  <div className="with">{[humanize(v.purpose), v.place].filter(Boolean).join(' · ')}</div>
                </td>
                <td>
                  <RecordLink typename="Institution" id={v.delegationOf.id}>
                    {v.delegationOf.name}
                  </RecordLink>
                  {v.host && (
                    <>
                      {' → '}
                      <RecordLink typename="Institution" id={v.host.id}>
                        {v.host.name}
                      </RecordLink>
                    </>
                  )}
                </td>
                <td>{humanize(v.status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 id="documents-heading">Documents ({i.documentParties.length})</h2>
      {i.documentParties.length === 0 ? (
        <Empty>No document recorded.</Empty>
      ) : (
        <table className="table compact" aria-labelledby="documents-heading">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Document</th>
              <th scope="col">Role</th>
            </tr>
          </thead>
          <tbody>
            {i.documentParties.map((d) => (
              <tr key={d.id}>
                <td className="date-cell">
                  <DateText value={d.date ?? d.document.date} />
                </td>
                <td>
                  <RecordLink typename="Document" id={d.document.id}>
                    {d.document.title}
                  </RecordLink>
                  <div className="with">{humanize(d.document.kind)}</div>
                </td>
                <td>{humanize(d.role)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
