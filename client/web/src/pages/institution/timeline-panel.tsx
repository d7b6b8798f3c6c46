import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { Button, Checkbox, CheckboxGroup, Input, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, TextField } from 'react-aria-components';
import { InstitutionPicker } from '../../components/pickers/institution-picker';
import { ErrorState, Empty, Skeleton } from '../../components/states';
import { TimelineRow } from '../../components/timeline/timeline-item';
import { graphql } from '../../gql';
import type { TimelineItemKind } from '../../gql/graphql';
import { parsePartialDate } from '../../lib/dates';
import { useUrlState } from '../../lib/use-url-state';
import { humanize } from '../../lib/words';

const InstitutionTimelineQuery = graphql(`
  query InstitutionTimeline(
    $ids: [ID!]
    $bodiesOf: ID
    $sharedWith: ID
    $filter: TimelineFilter
    $order: SortDirection
    $after: String
    $withId: ID!
    $hasWith: Boolean!
  ) {
    timeline(institutionIds: $ids, bodiesOf: $bodiesOf, sharedWith: $sharedWith, filter: $filter, order: $order, first: 25, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...TimelineItemFields
        }
      }
    }
    withInstitution: node(id: $withId) @include(if: $hasWith) {
      id
      ... on Institution {
        name
      }
    }
  }
`);

const KINDS: TimelineItemKind[] = ['EVENT', 'VISIT', 'DOCUMENT', 'AGREEMENT_ACTION', 'RELATION_START', 'RELATION_END', 'COMMITMENT'];

const validPartial = (v: string | null) => (v && parsePartialDate(v) ? v : null);

/**
 * The institution's story, newest first, 25 at a time as you scroll (keyset cursors). Filters
 * live in the URL: kinds, topic, from/to (partial dates), with (another institution), bodies.
 */
export function TimelinePanel({ institutionId, hasBodies, topics }: { institutionId: string; hasBodies: boolean; topics: readonly { id: string; name: string }[] }) {
  const url = useUrlState();
  const kinds = url.list('kinds').filter((k): k is TimelineItemKind => KINDS.includes(k as TimelineItemKind));
  const topic = url.get('topic');
  const from = validPartial(url.get('from'));
  const to = validPartial(url.get('to'));
  const withId = url.get('with');
  const bodies = hasBodies && url.get('bodies') === '1';
  const oldestFirst = url.get('order') === 'asc';
  const { data, previousData, error, loading, fetchMore, refetch } = useQuery(InstitutionTimelineQuery, {
    variables: {
      ids: bodies ? null : [institutionId],
      bodiesOf: bodies ? institutionId : null,
      sharedWith: withId,
      filter: { kind: kinds.length ? kinds : null, topicId: topic ? [topic] : null, from, to },
      order: oldestFirst ? 'ASC' : 'DESC',
      withId: withId ?? '',
      hasWith: withId !== null,
    },
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  const timeline = shown?.timeline;
  const withName = data?.withInstitution?.__typename === 'Institution' ? data.withInstitution.name : null;

  const sentinel = useRef<HTMLDivElement>(null);
  const more = timeline?.pageInfo.hasNextPage ? timeline.pageInfo.endCursor : null;
  useEffect(() => {
    const el = sentinel.current;
    if (!el || !more) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && !loading) void fetchMore({ variables: { after: more } });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [more, loading, fetchMore]);

  const filtered = kinds.length > 0 || topic || from || to || withId;
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="visually-hidden">
        Timeline
      </h2>
      <div className="filters">
        <CheckboxGroup className="kinds" value={kinds} onChange={(v) => url.set({ kinds: v })} aria-label="Kinds">
          <Label className="field-label">Kinds</Label>
          <div className="checkboxes">
            {KINDS.map((k) => (
              <Checkbox key={k} value={k} className="checkbox">
                <span className="box" aria-hidden="true" />
                {humanize(k)}
              </Checkbox>
            ))}
          </div>
        </CheckboxGroup>
        <div className="toolbar">
          <Select className="field" selectedKey={topic ?? 'all'} onSelectionChange={(key) => url.set({ topic: key === 'all' ? null : String(key) })}>
            <Label>Topic</Label>
            <Button className="select-button">
              <SelectValue />
              <span aria-hidden="true"> ▾</span>
            </Button>
            <Popover className="search-popover">
              <ListBox className="search-results" items={[{ id: 'all', name: 'All topics' }, ...topics]}>
                {(t) => (
                  <ListBoxItem id={t.id} className="search-option">
                    {t.name}
                  </ListBoxItem>
                )}
              </ListBox>
            </Popover>
          </Select>
          <TextField className="field" defaultValue={from ?? ''} onChange={(v) => url.set({ from: validPartial(v.trim()) })}>
            <Label>From</Label>
            <Input placeholder="2023 or 2025-05" size={10} />
          </TextField>
          <TextField className="field" defaultValue={to ?? ''} onChange={(v) => url.set({ to: validPartial(v.trim()) })}>
            <Label>To</Label>
            <Input placeholder="2025-12-31" size={10} />
          </TextField>
          <InstitutionPicker
            label="With"
            selectedId={withId}
            selectedName={withName}
            onChange={(picked) => url.set({ with: picked?.id ?? null })}
          />
          {hasBodies && (
            <Checkbox className="checkbox" isSelected={bodies} onChange={(on) => url.set({ bodies: on ? '1' : null })}>
              <span className="box" aria-hidden="true" />
              Include its bodies
            </Checkbox>
          )}
          <Button className="link-button" onPress={() => url.set({ order: oldestFirst ? null : 'asc' })}>
            {oldestFirst ? 'Oldest first ↑' : 'Newest first ↓'}
          </Button>
          {filtered && (
            <Button className="link-button" onPress={() => url.set({ kinds: null, topic: null, from: null, to: null, with: null })}>
              Clear filters
            </Button>
          )}
        </div>
      </div>
      {error && <ErrorState error={error} onRetry={() => refetch()} />}
      {!timeline && loading ? (
        <Skeleton lines={10} label="Loading the timeline" />
      ) : timeline && timeline.edges.length === 0 ? (
        <Empty>{filtered ? 'Nothing matches these filters. Clear a filter or widen the dates.' : 'Nothing recorded with this institution yet.'}</Empty>
      ) : (
        timeline && (
          <>
            <p className="muted" aria-live="polite">
              {timeline.totalCount} {timeline.totalCount === 1 ? 'item' : 'items'}
              {timeline.edges.length < timeline.totalCount && `, showing ${timeline.edges.length}`}
            </p>
            <table className="table timeline">
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Kind</th>
                  <th scope="col">What</th>
                  <th scope="col" className="sources-cell">
                    Sources
                  </th>
                </tr>
              </thead>
              <tbody>
                {timeline.edges.map((edge) => (
                  <TimelineRow key={edge.cursor} item={edge.node} focusIds={[institutionId]} />
                ))}
              </tbody>
            </table>
            {more && (
              <div ref={sentinel} className="load-more">
                <Button className="button" isDisabled={loading} onPress={() => void fetchMore({ variables: { after: more } })}>
                  {loading ? 'Loading…' : 'Load more'}
                </Button>
              </div>
            )}
          </>
        )
      )}
    </section>
  );
}
