import { useQuery } from '@apollo/client/react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import { RecordLink } from '../../components/record-link';
import { ErrorState, Empty, Skeleton } from '../../components/states';
import { graphql } from '../../gql';
import { formatPartialDate, todayIso } from '../../lib/dates';
import { useUrlState } from '../../lib/use-url-state';
import { humanize } from '../../lib/words';

const PartnersQuery = graphql(`
  query InstitutionPartners($id: ID!, $date: LocalDate!, $from: LocalDate!, $compare: Boolean!) {
    partnersAsOf(institutionId: $id, date: $date) {
      date
      partners {
        institution {
          id
          name
          acronym
          countryName
        }
        relations {
          id
          kind
          role
          subject {
            ... on Institution {
              id
            }
          }
        }
        agreements {
          id
          title
        }
      }
    }
    partnerChanges(institutionId: $id, from: $from, to: $date) @include(if: $compare) {
      from
      to
      partnersGained {
        id
        name
      }
      partnersLost {
        id
        name
      }
      agreementsEntered {
        id
        title
      }
      agreementsLeft {
        id
        title
      }
      relationsStarted {
        id
        kind
        object {
          id
          name
        }
      }
      relationsEnded {
        id
        kind
        object {
          id
          name
        }
      }
    }
  }
`);

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Partners as of a day (default today) — through which relations and agreements — and, with a
 * second day, what changed between the two. Both days live in the URL (?asOf=…&since=…).
 */
export function PartnersPanel({ institutionId }: { institutionId: string }) {
  const url = useUrlState();
  const today = todayIso();
  const asOf = DAY.test(url.get('asOf') ?? '') ? url.get('asOf')! : today;
  const since = DAY.test(url.get('since') ?? '') ? url.get('since')! : null;
  const { data, previousData, error, loading, refetch } = useQuery(PartnersQuery, {
    variables: { id: institutionId, date: asOf, from: since ?? asOf, compare: since !== null },
  });
  const shown = data ?? previousData;
  const partners = shown?.partnersAsOf.partners ?? [];
  const changes = data?.partnerChanges;
  return (
    <section className="panel" aria-labelledby="partners-heading">
      <div className="toolbar">
        <h2 id="partners-heading" style={{ margin: 0 }}>
          Partners as of {formatPartialDate(asOf)} ({partners.length})
        </h2>
        <TextField className="field inline" value={asOf} onChange={(v) => DAY.test(v) && url.set({ asOf: v === today ? null : v })}>
          <Label>As of</Label>
          <Input type="date" />
        </TextField>
        <TextField className="field inline" value={since ?? ''} onChange={(v) => url.set({ since: DAY.test(v) ? v : null })}>
          <Label>Changes since</Label>
          <Input type="date" />
        </TextField>
        {(url.get('asOf') || since) && (
          <Button className="link-button" onPress={() => url.set({ asOf: null, since: null })}>
            Reset to today
          </Button>
        )}
      </div>
      {error && <ErrorState error={error} onRetry={() => refetch()} />}
      {loading && !shown ? (
        <Skeleton lines={4} />
      ) : partners.length === 0 ? (
        <Empty>No partner on this day: no active relation or agreement in force. Try another date.</Empty>
      ) : (
        <table className="table compact">
          <thead>
            <tr>
              <th scope="col">Partner</th>
              <th scope="col">Country</th>
              <th scope="col">Through</th>
            </tr>
          </thead>
          <tbody>
            {partners.map((p) => (
              <tr key={p.institution.id}>
                <td>
                  <RecordLink typename="Institution" id={p.institution.id}>
                    {p.institution.name}
                  </RecordLink>
                  {p.institution.acronym && <span className="muted"> ({p.institution.acronym})</span>}
                </td>
                <td>{p.institution.countryName}</td>
                <td>
                  {[
                    ...p.relations.map((r) => {
                      const outward = r.subject.__typename === 'Institution' && r.subject.id === institutionId;
                      return `${humanize(r.kind)}${outward ? '' : ' (them → us)'}${r.role ? `: ${r.role}` : ''}`;
                    }),
                  ].join('; ')}
                  {p.agreements.map((a, n) => (
                    <span key={a.id}>
                      {(n > 0 || p.relations.length > 0) && '; '}
                      <RecordLink typename="Agreement" id={a.id}>
                        {a.title}
                      </RecordLink>
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {since && changes && (
        <div className="changes" aria-live="polite">
          <h3>
            Changes from {formatPartialDate(changes.from)} to {formatPartialDate(changes.to)}
          </h3>
          <ChangeList label="Partners gained" items={changes.partnersGained.map((x) => ({ id: x.id, name: x.name, type: 'Institution' }))} />
          <ChangeList label="Partners lost" items={changes.partnersLost.map((x) => ({ id: x.id, name: x.name, type: 'Institution' }))} />
          <ChangeList label="Agreements entered into force" items={changes.agreementsEntered.map((x) => ({ id: x.id, name: x.title, type: 'Agreement' }))} />
          <ChangeList label="Agreements ended" items={changes.agreementsLeft.map((x) => ({ id: x.id, name: x.title, type: 'Agreement' }))} />
          <ChangeList label="Relations started" items={changes.relationsStarted.map((x) => ({ id: x.object.id, name: `${humanize(x.kind)} ${x.object.name}`, type: 'Institution' }))} />
          <ChangeList label="Relations ended" items={changes.relationsEnded.map((x) => ({ id: x.object.id, name: `${humanize(x.kind)} ${x.object.name}`, type: 'Institution' }))} />
          {Object.values(changes).every((v) => !Array.isArray(v) || v.length === 0) && <Empty>Nothing changed between these days.</Empty>}
        </div>
      )}
    </section>
  );
}

function ChangeList({ label, items }: { label: string; items: { id: string; name: string; type: string }[] }) {
  if (items.length === 0) return null;
  return (
    <p>
      <span className="muted">{label}: </span>
      {items.map((item, n) => (
        <span key={`${item.id}-${item.name}`}>
          {n > 0 && ', '}
          <RecordLink typename={item.type} id={item.id}>
            {item.name}
          </RecordLink>
        </span>
      ))}
    </p>
  );
}
