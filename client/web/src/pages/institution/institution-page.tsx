import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button, Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import { HistoryTable } from '../../components/history/history-panel';
import { ProvenancePanel } from '../../components/provenance';
import { RecordLink } from '../../components/record-link';
import { RecordPageState } from '../../components/record-page';
import { EditOnly } from '../../forms/edit-only';
import { graphql } from '../../gql';
import { briefingPath, networkPath, connectionPathPath } from '../../lib/routes';
import { usePageTitle } from '../../lib/use-page-title';
import { useUrlState } from '../../lib/use-url-state';
import { humanize } from '../../lib/words';
import { CommitmentDialog } from '../commitment/edit/commitment-form';
import { DocumentDialog } from '../document/edit/document-form';
import { RelationDialog } from './edit/relation-form';
import { InstitutionRecords } from './institution-records';
import { InstitutionSide } from './institution-side';
import { PartnersPanel } from './partners-panel';
import { RelationsPanel } from './relations-panel';
import { TimelinePanel } from './timeline-panel';

const InstitutionPageQuery = graphql(`
  query InstitutionPage($id: ID!) {
    institution(id: $id) {
      id
      name
      acronym
      aliases
      kind
      status
      countryName
      description
      website
      parent {
        id
        name
        acronym
      }
      children {
        id
      }
      identifiers {
        scheme
        value
        url
      }
      citations {
        ...CitationFields
      }
      claims {
        ...ClaimFields
      }
      ...InstitutionSideFields
      ...InstitutionRecordsFields
    }
    topics(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

/** An institution: who it is, where we stand with it, what happened, what is next — and says who. */
export function Component() {
  const { id = '' } = useParams();
  const url = useUrlState();
  const client = useApolloClient();
  const { data, error, loading, refetch } = useQuery(InstitutionPageQuery, { variables: { id } });
  const institution = data?.institution;
  usePageTitle(institution?.name);
  return (
    <RecordPageState loading={loading} error={error} hasData={!!institution} what="institution" onRetry={() => refetch()}>
      {() => {
        const i = institution!;
        const tab = url.get('tab') ?? 'timeline';
        return (
          <article className="page" aria-labelledby="record-title">
            <header className="record-header">
              <div className="kicker">{humanize(i.kind)}</div>
              <h1 id="record-title">
                {i.name}
                {i.acronym && <span className="muted"> ({i.acronym})</span>}
              </h1>
              <div className="meta">
                {i.countryName && <span>{i.countryName}</span>}
                {i.parent ? (
                  <span>
                    part of{' '}
                    <RecordLink typename="Institution" id={i.parent.id}>
                      {i.parent.name}
                    </RecordLink>
                  </span>
                ) : null}
                {i.status !== 'ACTIVE' && <span className="badge warn">{humanize(i.status)}</span>}
                {i.website && (
                  <a href={i.website} rel="noreferrer noopener" target="_blank">
                    website<span className="visually-hidden"> (opens in a new tab)</span>
                  </a>
                )}
                <Button className="link-button" onPress={() => url.set({ tab: 'sources' })}>
                  {i.citations.length === 0 ? 'unsourced' : `sources (${i.citations.length})`}
                </Button>
                <Link to={networkPath(i.id)}>Network</Link>
                <Link to={connectionPathPath(i.id)}>Find a path to…</Link>
                <Link to={briefingPath(i.id)}>Briefing</Link>
                <EditOnly>
                  <Link to={`/institutions/${encodeURIComponent(i.id)}/edit`} className="button">
                    Edit
                  </Link>
                  <Link to={`/agreements/new?party=${encodeURIComponent(i.id)}`}>Draft an agreement</Link>
                  <RelationDialog institution={i} onSaved={() => void client.refetchQueries({ include: 'active' })} />
                  <CommitmentDialog owner={i} />
                  <DocumentDialog institution={i} />
                </EditOnly>
              </div>
              {i.aliases.length > 0 && (
                <p className="muted">
                  Also known as: <span lang="und">{i.aliases.join(' · ')}</span>
                </p>
              )}
              {i.identifiers.length > 0 && (
                <p className="muted">
                  {i.identifiers.map((ident, n) => (
                    <span key={`${ident.scheme}:${ident.value}`}>
                      {n > 0 && ' · '}
                      {ident.scheme}:{' '}
                      {ident.url ? (
                        <a href={ident.url} rel="noreferrer noopener" target="_blank">
                          {ident.value}
                        </a>
                      ) : (
                        ident.value
                      )}
                    </span>
                  ))}
                </p>
              )}
              {i.description && <p className="description">{i.description}</p>}
            </header>
            <div className="columns">
              <div className="main">
                <PartnersPanel institutionId={i.id} />
                <Tabs selectedKey={tab} onSelectionChange={(key) => url.set({ tab: key === 'timeline' ? null : String(key) })}>
                  <TabList aria-label="Activity" className="tabs">
                    <Tab id="timeline">Timeline</Tab>
                    <Tab id="relations">Relations</Tab>
                    <Tab id="records">Events, visits, documents</Tab>
                    <Tab id="sources">Sources</Tab>
                    <Tab id="history">History</Tab>
                  </TabList>
                  <TabPanel id="timeline">
                    <TimelinePanel institutionId={i.id} hasBodies={i.children.length > 0} topics={data?.topics.nodes ?? []} />
                  </TabPanel>
                  <TabPanel id="relations">
                    <RelationsPanel institutionId={i.id} />
                  </TabPanel>
                  <TabPanel id="records">
                    <InstitutionRecords institution={i} />
                  </TabPanel>
                  <TabPanel id="sources">
                    <ProvenancePanel citations={i.citations} claims={i.claims} recordId={i.id} />
                  </TabPanel>
                  <TabPanel id="history">
                    <HistoryTable recordId={i.id} />
                  </TabPanel>
                </Tabs>
              </div>
              <InstitutionSide institution={i} />
            </div>
          </article>
        );
      }}
    </RecordPageState>
  );
}
