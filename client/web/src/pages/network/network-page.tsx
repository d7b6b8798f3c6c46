import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Button, Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorCodeOf } from '../../app/apollo';
import { InstitutionPicker } from '../../components/pickers/institution-picker';
import { Empty, ErrorState, NotFound, Skeleton } from '../../components/states';
import { formatDateRange } from '../../lib/dates';
import { networkPath, recordPath } from '../../lib/routes';
import { usePageTitle } from '../../lib/use-page-title';
import { humanize, plural } from '../../lib/words';
import { EdgeReasons } from './edge-reasons';
import { NetworkFilters } from './network-filters';
import { describeEdge, edgeKey, graphOf, type Neighbourhood, shortName } from './network-model';
import { cooperationFilter, type NetworkParams, networkSearch, readNetworkParams } from './network-params';
import { NeighbourhoodQuery } from './network-query';
import '../../components/controls.css';
import './network.css';

const NetworkGraph = lazy(() => import('./network-graph'));

/** Records shown per edge (the rest are one click away on the connection page). */
const RECORDS_PER_EDGE = 5;
const NODE_LIMIT = 60;

/** /network?center=<Institution ID>&hops=… — the cooperation neighbourhood of an institution, as a graph and as tables. */
export function Component() {
  const [search, setSearch] = useSearchParams();
  const params = readNetworkParams(search);
  // Re-centring is a step Back can undo; filter changes replace the entry (as elsewhere in the app).
  const update = (next: NetworkParams) => setSearch(networkSearch(next), { replace: next.center === params.center });
  if (!params.center) return <NetworkStart />;
  return <NetworkView params={params} onChange={update} />;
}

function NetworkStart() {
  const navigate = useNavigate();
  usePageTitle('Network');
  return (
    <div className="page">
      <h1>Cooperation network</h1>
      <p className="lead">Whom an institution works with, and through whom: pick an institution to see its neighbourhood.</p>
      <InstitutionPicker label="Institution" selectedId={null} onChange={(picked) => picked && navigate(networkPath(picked.id))} />
    </div>
  );
}

function NetworkView({ params, onChange }: { params: NetworkParams; onChange: (next: NetworkParams) => void }) {
  const center = params.center as string;
  const { data, previousData, error, loading, refetch } = useQuery(NeighbourhoodQuery, {
    variables: { institutionId: center, hops: params.hops, limit: NODE_LIMIT, filter: cooperationFilter(params), records: RECORDS_PER_EDGE },
  });
  const shown = data ?? previousData;
  usePageTitle(shown ? `Network of ${shown.neighbourhood.centre.name}` : 'Network');
  // An unknown ID, or something that is not an institution's ID at all.
  if (error && ['NOT_FOUND', 'BAD_USER_INPUT'].includes(errorCodeOf(error) ?? '')) return <NotFound what="institution" />;
  return (
    <div className="page network-page">
      <header className="page-header">
        <h1>
          Network of{' '}
          {shown ? (
            <Link to={recordPath('Institution', center) ?? '#'}>{shown.neighbourhood.centre.name}</Link>
          ) : (
            '…'
          )}
        </h1>
        <p className="muted">
          Institutions connected by relations, agreements, events, visits and documents. Thicker lines: more cooperation. Click a line to
          see why two are connected, an institution to centre the network on it.
        </p>
      </header>
      <NetworkFilters key={center} params={params} onChange={onChange} />
      {error && <ErrorState error={error} onRetry={() => refetch()} />}
      {!shown && loading ? <Skeleton lines={10} label="Loading the network" /> : shown && <NetworkBody data={shown.neighbourhood} params={params} onChange={onChange} busy={loading} />}
    </div>
  );
}

function NetworkBody({ data, params, onChange, busy }: { data: Neighbourhood; params: NetworkParams; onChange: (next: NetworkParams) => void; busy: boolean }) {
  const [selected, setSelected] = useState<string | null>(null);
  const [tab, setTab] = useState<string>('institutions');
  const graph = useMemo(() => graphOf(data, describeEdge), [data]);
  const byId = useMemo(() => new Map(data.nodes.map((n) => [n.institutionId, n])), [data]);
  const selectedEdge = data.edges.find((e) => edgeKey(e) === selected) ?? null;
  const centre = (id: string) => {
    setSelected(null);
    onChange({ ...params, center: id });
  };
  const partners = data.nodes.length - 1;
  const summary = `${plural(partners, 'institution')} within ${plural(data.hops, 'hop')} of ${data.centre.name}, ${plural(data.edges.length, 'connection')}`;
  if (partners === 0) {
    return (
      <Empty>
        No cooperation recorded for {data.centre.name}
        {params.kinds.length || params.from || params.to || params.institutionKinds.length ? ' with these filters — clear some of them' : ''}.
        Relations, agreements, events, visits and documents involving it connect it to others.
      </Empty>
    );
  }
  return (
    <div className="network-layout" aria-busy={busy}>
      <section className="network-main" aria-label="Network graph">
        <p className="network-summary" aria-live="polite">
          {summary}
          {data.truncated && <strong> — only the strongest are shown; narrow the filters to see the rest.</strong>}
        </p>
        <Suspense fallback={<Skeleton lines={8} label="Loading the graph" />}>
          <NetworkGraph
            nodes={graph.nodes}
            edges={graph.edges}
            centreId={data.centre.id}
            selectedEdge={selected}
            onSelectEdge={(key) => {
              setSelected(key);
              setTab('connections');
            }}
            onSelectNode={centre}
            label={`Graph of the network: ${summary}. The tables beside it list the same institutions and connections.`}
          />
        </Suspense>
        <p className="legend muted">
          <span className="dot ring-0" /> centre <span className="dot ring-1" /> 1 hop <span className="dot ring-2" /> 2 hops{' '}
          <span className="dot ring-3" /> 3 hops
        </p>
      </section>
      <aside className="network-side">
        {selectedEdge && (
          <EdgeReasons
            edge={selectedEdge}
            from={byId.get(selectedEdge.sourceId)?.institution ?? data.centre}
            to={byId.get(selectedEdge.targetId)?.institution ?? data.centre}
            onClose={() => setSelected(null)}
          />
        )}
        <Tabs selectedKey={tab} onSelectionChange={(k) => setTab(String(k))}>
          <TabList aria-label="The network as lists" className="tabs">
            <Tab id="institutions">
              Institutions ({data.nodes.length})
            </Tab>
            <Tab id="connections">
              Connections ({data.edges.length})
            </Tab>
          </TabList>
          <TabPanel id="institutions" >
            <table className="table">
              <caption className="visually-hidden">Institutions in the network, nearest first</caption>
              <thead>
                <tr>
                  <th scope="col">Institution</th>
                  <th scope="col">Hops</th>
                  <th scope="col">Links</th>
                  <th scope="col">Weight</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.nodes.map((n) => (
                  <tr key={n.institutionId}>
                    <th scope="row">
                      <Link to={recordPath('Institution', n.institutionId) ?? '#'}>{n.institution.name}</Link>
                      <div className="muted small">
                        {[n.institution.acronym, humanize(n.institution.kind), n.institution.countryName].filter(Boolean).join(' · ')}
                      </div>
                    </th>
                    <td>{n.distance}</td>
                    <td>{n.degree}</td>
                    <td>{n.weight}</td>
                    <td>
                      {n.distance > 0 && (
                        <Button className="link-button" onPress={() => centre(n.institutionId)}>
                          Centre here<span className="visually-hidden"> on {n.institution.name}</span>
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TabPanel>
          <TabPanel id="connections" >
            <table className="table">
              <caption className="visually-hidden">Connections in the network, heaviest first</caption>
              <thead>
                <tr>
                  <th scope="col">Between</th>
                  <th scope="col">Records</th>
                  <th scope="col">Weight</th>
                  <th scope="col">When</th>
                </tr>
              </thead>
              <tbody>
                {data.edges.map((e) => {
                  const a = byId.get(e.sourceId)?.institution;
                  const b = byId.get(e.targetId)?.institution;
                  const key = edgeKey(e);
                  const names = `${a ? shortName(a) : '?'} — ${b ? shortName(b) : '?'}`;
                  return (
                    <tr key={key} className={key === selected ? 'selected' : undefined}>
                      <th scope="row">
                        <Button className="link-button" onPress={() => setSelected(key)} aria-pressed={key === selected}>
                          <span className="visually-hidden">Why are </span>
                          {names}
                          <span className="visually-hidden"> connected?</span>
                        </Button>
                      </th>
                      <td>{e.interactions}</td>
                      <td>{e.weight}</td>
                      <td>{formatDateRange(e.firstInteraction, e.lastInteraction) || <span className="muted">undated</span>}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TabPanel>
        </Tabs>
      </aside>
    </div>
  );
}
