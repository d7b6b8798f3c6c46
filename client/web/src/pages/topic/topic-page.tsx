import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { NameList } from '../../components/name-list';
import { HistorySection } from '../../components/history/history-panel';
import { ProvenancePanel } from '../../components/provenance';
import { RecordHeader } from '../../components/record-header';
import { RecordLink } from '../../components/record-link';
import { RecordList } from '../../components/record-list';
import { RecordPageState } from '../../components/record-page';
import { graphql } from '../../gql';
import { usePageTitle } from '../../lib/use-page-title';
import { humanize } from '../../lib/words';
import { TopicActions } from './topic-edit-controls';

const TopicPageQuery = graphql(`
  query TopicPage($id: ID!) {
    topic(id: $id) {
      id
      version
      name
      slug
      description
      parent {
        id
        name
      }
      children {
        id
        name
      }
      events {
        id
        title
        startDate
        endDate
        kind
      }
      visits {
        id
        title
        startDate
        endDate
        purpose
      }
      documents {
        id
        title
        date
        kind
      }
      agreements {
        id
        title
        status
      }
      commitments {
        id
        title
        dueDate
        status
      }
      citations {
        ...CitationFields
      }
      claims {
        ...ClaimFields
      }
    }
  }
`);

/** A topic: everything tagged with it, by kind, and the figures reported about it. */
export function Component() {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(TopicPageQuery, { variables: { id } });
  usePageTitle(data?.topic.name);
  return (
    <RecordPageState loading={loading} error={error} hasData={!!data} what="topic" onRetry={() => refetch()}>
      {() => {
        const t = data!.topic;
        return (
          <article className="page" aria-labelledby="record-title">
            <RecordHeader
              kicker="Topic"
              title={t.name}
              meta={
                <>
                  {t.parent && (
                    <span>
                      under{' '}
                      <RecordLink typename="Topic" id={t.parent.id}>
                        {t.parent.name}
                      </RecordLink>
                    </span>
                  )}
                  {t.children.length > 0 && (
                    <span>
                      narrower: <NameList typename="Topic" items={t.children} />
                    </span>
                  )}
                </>
              }
            >
              <TopicActions topic={t} onChanged={() => void refetch()} />
              {t.description && <p className="description">{t.description}</p>}
            </RecordHeader>
            <div className="columns">
              <div className="main">
                <RecordList
                  heading="Events"
                  typename="Event"
                  empty="No event tagged with this topic."
                  items={t.events.map((e) => ({ id: e.id, title: e.title, date: e.startDate, endDate: e.endDate, detail: humanize(e.kind) }))}
                />
                <RecordList
                  heading="Visits"
                  typename="Visit"
                  empty="No visit tagged with this topic."
                  items={t.visits.map((v) => ({ id: v.id, title: v.title, date: v.startDate, endDate: v.endDate, detail: humanize(v.purpose) }))}
                />
                <RecordList
                  heading="Documents"
                  typename="Document"
                  empty="No document tagged with this topic."
                  items={t.documents.map((d) => ({ id: d.id, title: d.title, date: d.date, detail: humanize(d.kind) }))}
                />
                <ProvenancePanel citations={t.citations} claims={t.claims} recordId={t.id} />
                <HistorySection recordId={t.id} />
              </div>
              <aside className="side" aria-label="Agreements and commitments">
                <RecordList
                  heading="Agreements"
                  typename="Agreement"
                  empty="None."
                  items={t.agreements.map((a) => ({ id: a.id, title: a.title, detail: humanize(a.status) }))}
                />
                <RecordList
                  heading="Commitments"
                  typename="Commitment"
                  empty="None."
                  items={t.commitments.map((c) => ({ id: c.id, title: c.title, date: c.dueDate, detail: humanize(c.status) }))}
                />
              </aside>
            </div>
          </article>
        );
      }}
    </RecordPageState>
  );
}
