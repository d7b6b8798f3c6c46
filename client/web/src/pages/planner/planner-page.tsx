import { useQuery } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { Button, Checkbox, CheckboxGroup, Label, Radio, RadioGroup } from 'react-aria-components';
import { Link, useSearchParams } from 'react-router';
import { EditOnly } from '../../forms';
import { ErrorState, Skeleton } from '../../components/states';
import type { AgendaItemKind } from '../../gql/graphql';
import { todayIso } from '../../lib/dates';
import { usePageTitle } from '../../lib/use-page-title';
import { humanize, plural } from '../../lib/words';
import { AgendaList } from './agenda-list';
import { ConflictsPanel, ExpiringPanel, SubscribePanel } from './planner-panels';
import { type PlannerParams, type PlannerView, periodTitle, plannerSearch, readPlannerParams, stepDate, windowOf } from './planner-params';
import { AGENDA_KINDS, PlannerWindowQuery } from './planner-query';
import { TimeZonePicker } from './time-zone-picker';
import '../../components/controls.css';
import './planner.css';

const PlannerCalendar = lazy(() => import('./planner-calendar'));

/** /planner?view=month|week|agenda&date=…&tz=… — what is coming, what clashes, what needs renewing. */
export function Component() {
  usePageTitle('Planner');
  const [search, setSearch] = useSearchParams();
  const params = readPlannerParams(search);
  // Moving to another period or view is a step Back can undo; filter changes replace the entry.
  const set = (next: Partial<PlannerParams>) => setSearch(plannerSearch({ ...params, ...next }), { replace: next.date === undefined && next.view === undefined });
  const period = windowOf(params.view, params.date);
  const { data, previousData, error, loading, refetch } = useQuery(PlannerWindowQuery, {
    variables: {
      ...period,
      timeZone: params.timeZone,
      kinds: params.kinds.length ? params.kinds : null,
      includeClosed: params.includeClosed,
      institutionId: params.institution,
    },
  });
  const shown = data ?? previousData;
  const title = periodTitle(params.view, params.date);
  return (
    <div className="page planner-page">
      <header className="page-header">
        <h1>Planner</h1>
        <p className="muted">Events, visits, agreement deadlines and commitments due, with clashes and agreements to renew.</p>
        <EditOnly>
          <div className="edit-controls">
            <Link className="button primary" to={`/events/new${params.institution ? `?host=${encodeURIComponent(params.institution)}` : ''}`}>
              Schedule an event
            </Link>
            <Link className="button" to="/visits/new">
              Record a visit
            </Link>
          </div>
        </EditOnly>
      </header>
      <div className="planner-toolbar">
        <Button className="button" onPress={() => set({ date: stepDate(params.view, params.date, -1) })}>
          ← Previous
        </Button>
        <Button className="button" onPress={() => set({ date: todayIso() })}>
          Today
        </Button>
        <Button className="button" onPress={() => set({ date: stepDate(params.view, params.date, 1) })}>
          Next →
        </Button>
        <h2 className="period-title" aria-live="polite">
          {title}
        </h2>
        <RadioGroup className="field view-switch" orientation="horizontal" value={params.view} onChange={(v) => set({ view: v as PlannerView })}>
          <Label className="visually-hidden">View</Label>
          <div className="segments">
            {(['month', 'week', 'agenda'] as const).map((v) => (
              <Radio key={v} value={v} className="segment">
                {humanize(v)}
              </Radio>
            ))}
          </div>
        </RadioGroup>
        <TimeZonePicker value={params.timeZone} onChange={(tz) => set({ timeZone: tz })} />
      </div>
      <details className="planner-filters">
        <summary>
          Filters{params.kinds.length ? ` (${params.kinds.length} kinds)` : ''}
          {params.includeClosed ? ' · closed included' : ''}
        </summary>
        <CheckboxGroup className="field" value={params.kinds} onChange={(v) => set({ kinds: v as AgendaItemKind[] })}>
          <Label>Show (none ticked: all)</Label>
          <div className="checkboxes">
            {AGENDA_KINDS.map((k) => (
              <Checkbox key={k} value={k} className="checkbox">
                <span className="box" aria-hidden="true" />
                {humanize(k)}
              </Checkbox>
            ))}
          </div>
        </CheckboxGroup>
        <Checkbox className="checkbox" isSelected={params.includeClosed} onChange={(v) => set({ includeClosed: v })}>
          <span className="box" aria-hidden="true" />
          Include cancelled events and visits, done and dropped commitments
        </Checkbox>
      </details>
      {error && <ErrorState error={error} onRetry={() => refetch()} />}
      <div className="columns planner-columns">
        <div className="main" aria-busy={loading}>
          {!shown && loading && <Skeleton lines={10} label="Loading the agenda" />}
          {shown && (
            <>
              {params.view !== 'agenda' && (
                <Suspense fallback={<Skeleton lines={10} label="Loading the calendar" />}>
                  <PlannerCalendar view={params.view} date={params.date} timeZone={params.timeZone} items={shown.agenda.items} />
                </Suspense>
              )}
              <h2 className={params.view === 'agenda' ? undefined : 'section-title'}>
                Agenda <span className="muted small">({plural(shown.agenda.totalCount, 'entry', 'entries')}, times in {params.timeZone.replaceAll('_', ' ')})</span>
              </h2>
              {shown.agenda.truncated && <p className="notice">Only the first {shown.agenda.items.length} entries are shown: choose a shorter period or fewer kinds.</p>}
              <AgendaList items={shown.agenda.items} timeZone={params.timeZone} caption={`Agenda, ${title}`} />
            </>
          )}
        </div>
        <aside className="side">
          {shown && <ConflictsPanel items={shown.conflicts.items} total={shown.conflicts.totalCount} />}
          <ExpiringPanel institutionId={params.institution} />
          <SubscribePanel institutionId={params.institution} />
        </aside>
      </div>
    </div>
  );
}
