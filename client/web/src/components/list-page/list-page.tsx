import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Button, Input, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, TextField } from 'react-aria-components';
import { Link, NavLink } from 'react-router';
import { EditOnly } from '../../forms/edit-only';
import { CountryInput } from '../../forms/country-input';
import { graphql } from '../../gql';
import { parsePartialDate } from '../../lib/dates';
import { usePageTitle } from '../../lib/use-page-title';
import { useDebounced } from '../../lib/use-debounced';
import { useUrlState } from '../../lib/use-url-state';
import { humanize } from '../../lib/words';
import { CsvDownloadButton } from '../csv-download';
import { InstitutionPicker } from '../pickers/institution-picker';
import { Empty, ErrorState, Skeleton } from '../states';
import './list-page.css';

/*
 * The registry's list pages (/institutions, /agreements, /events, /people, /documents, /visits):
 * one table over a root connection of the API, its filters and sort order in the query string
 * (shareable, survives a reload), 50 rows at a time by the API's keyset cursors, the total
 * count, and a CSV of every filtered row in the same order (POST /export with the same filter).
 * Each page declares its query, columns and filters; this component does the rest.
 */

/** The connection a list query returns (edges, so that pages append in the cache). */
export type ListConnection<Row> = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { cursor: string; node: Row }[];
};

export type ListColumn<Row> = {
  header: string;
  cell(row: Row): ReactNode;
  /** The API's order field for this column (e.g. NAME): its header sorts the list. */
  sort?: string;
  /** First direction when this column's header is pressed (dates: newest first). */
  sortFirst?: 'ASC' | 'DESC';
  /** Hidden at phone width (the list stays readable: the first columns carry the record). */
  wide?: boolean;
  className?: string;
};

/** A filter in the URL (`param`) and how it becomes the API's filter input (`field`). */
export type ListFilter =
  /** Text: `?q=` → filter.search (the API's case- and accent-insensitive match). */
  | { type: 'search'; label?: string; placeholder?: string }
  /** One value of an enum: `?<param>=` → filter.<field> as [value] (or the value, with `single`). */
  | { type: 'enum'; param: string; label: string; values: readonly string[]; field?: string; single?: boolean }
  /** `?country=` (ISO code) → filter.country as [code]. */
  | { type: 'country'; label?: string }
  /** An institution by ID: `?<param>=` → filter.<field>. */
  | { type: 'institution'; param: string; label: string; field: string }
  /** Partial dates `?from=` / `?to=` → filter.from / filter.to. */
  | { type: 'period' };

const PAGE_SIZE = 50;

const PickedInstitutionQuery = graphql(`
  query ListPickedInstitution($id: ID!) {
    node(id: $id) {
      id
      ... on Institution {
        name
      }
    }
  }
`);

const LISTS = [
  { to: '/institutions', label: 'Institutions' },
  { to: '/agreements', label: 'Agreements' },
  { to: '/events', label: 'Events' },
  { to: '/people', label: 'People' },
  { to: '/documents', label: 'Documents' },
  { to: '/visits', label: 'Visits' },
];

/** The paths of the list pages (the header's "Records" entry is current on any of them). */
export const LIST_PATHS = LISTS.map((l) => l.to);

const validPartial = (v: string | null) => (v && parsePartialDate(v) ? v : null);

function paramsOf(filter: ListFilter): string[] {
  switch (filter.type) {
    case 'search':
      return ['q'];
    case 'country':
      return ['country'];
    case 'period':
      return ['from', 'to'];
    default:
      return [filter.param];
  }
}

/** The API's filter input from the URL: only valid values (a mistyped URL narrows nothing). */
function filterOf(filters: readonly ListFilter[], url: ReturnType<typeof useUrlState>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of filters) {
    if (f.type === 'search') {
      const q = url.get('q')?.trim();
      if (q) out.search = q;
    } else if (f.type === 'enum') {
      const v = url.get(f.param);
      if (v && f.values.includes(v)) out[f.field ?? f.param] = f.single ? v : [v];
    } else if (f.type === 'country') {
      const v = url.get('country')?.toUpperCase();
      if (v && /^[A-Z]{2}$/.test(v)) out.country = [v];
    } else if (f.type === 'institution') {
      const v = url.get(f.param);
      if (v) out[f.field] = v;
    } else {
      const from = validPartial(url.get('from'));
      const to = validPartial(url.get('to'));
      if (from) out.from = from;
      if (to) out.to = to;
    }
  }
  return out;
}

export function ListPage<TData, TVars, Row extends { id: string }>({
  title,
  lead,
  query,
  connection,
  columns,
  filters,
  defaultSort,
  csv,
  create,
  empty,
  noun,
}: {
  title: string;
  lead?: ReactNode;
  /** A list query taking `filter`, `orderBy`, `first` and `after`, selecting `edges { cursor node }`. */
  query: TypedDocumentNode<TData, TVars>;
  connection(data: TData): ListConnection<Row>;
  columns: readonly ListColumn<Row>[];
  filters: readonly ListFilter[];
  defaultSort: { field: string; direction: 'ASC' | 'DESC' };
  /** The CSV's query: the same root field with `$filter` and `$orderBy`, its selection the columns. */
  csv: { query: string; filename: string };
  /** "New …" for editors. */
  create?: { to: string; label: string };
  /** What to say (and suggest) when the registry has none of these at all. */
  empty: ReactNode;
  /** "institution" / "institutions" for the count. */
  noun: [string, string];
}) {
  usePageTitle(title);
  const url = useUrlState();
  // At phone width the filters fold away behind a button (the table is what one reads there).
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filter = filterOf(filters, url);
  const sortParam = url.get('sort');
  const sortable = columns.filter((c) => c.sort).map((c) => c.sort as string);
  const sortField = sortParam?.replace(/^-/, '').toUpperCase();
  const orderBy =
    sortField && sortable.includes(sortField) ? { field: sortField, direction: sortParam?.startsWith('-') ? 'DESC' : 'ASC' } : defaultSort;
  const variables = { filter, orderBy, first: PAGE_SIZE } as TVars;
  const { data, previousData, error, loading, fetchMore, refetch } = useQuery(query, { variables, notifyOnNetworkStatusChange: true } as never) as {
    data: TData | undefined;
    previousData: TData | undefined;
    error: unknown;
    loading: boolean;
    fetchMore(options: { variables: { after: string } }): Promise<unknown>;
    refetch(): Promise<unknown>;
  };
  const shown = data ?? previousData;
  const list = shown ? connection(shown) : null;
  const more = list?.pageInfo.hasNextPage ? (list.pageInfo.endCursor ?? null) : null;

  // The next page when the end of the table scrolls into view (the button does the same by hand).
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = sentinel.current;
    if (!el || !more) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && !loading) void fetchMore({ variables: { after: more } });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [more, loading, fetchMore]);

  const filterParams = filters.flatMap(paramsOf);
  const filtered = Object.keys(filter).length > 0;
  const sortColumn = columns.find((c) => c.sort === orderBy.field);
  const sortedBy = `sorted by ${(sortColumn?.header ?? humanize(orderBy.field)).toLowerCase()}, ${orderBy.direction === 'ASC' ? 'ascending' : 'descending'}`;

  const toggleSort = (column: ListColumn<Row>) => {
    const field = column.sort as string;
    const direction = orderBy.field === field ? (orderBy.direction === 'ASC' ? 'DESC' : 'ASC') : (column.sortFirst ?? 'ASC');
    const isDefault = field === defaultSort.field && direction === defaultSort.direction;
    url.set({ sort: isDefault ? null : `${direction === 'DESC' ? '-' : ''}${field.toLowerCase()}` });
  };

  return (
    <div className="page list-page">
      <RecordLists />
      <div className="list-title">
        <h1>{title}</h1>
        {create && (
          <EditOnly>
            <Link to={create.to} className="button primary">
              {create.label}
            </Link>
          </EditOnly>
        )}
      </div>
      {lead && <p className="lead">{lead}</p>}
      <Button className="button filters-toggle" aria-expanded={filtersOpen} aria-controls="list-filters" onPress={() => setFiltersOpen(!filtersOpen)}>
        Filters{filtered ? ` (${Object.keys(filter).length})` : ''} {filtersOpen ? '▴' : '▾'}
      </Button>
      <search id="list-filters" className="filters list-filters" data-open={filtersOpen || undefined} aria-label={`Filter ${title.toLowerCase()}`}>
        <div className="toolbar">
          {filters.map((f) => (
            <FilterControl key={paramsOf(f).join()} filter={f} url={url} />
          ))}
          {filtered && (
            <Button className="link-button clear-filters" onPress={() => url.set(Object.fromEntries(filterParams.map((p) => [p, null])))}>
              Clear filters
            </Button>
          )}
        </div>
      </search>
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {!list && loading ? (
        <Skeleton lines={12} label={`Loading ${title.toLowerCase()}`} />
      ) : (
        list && (
          <>
            <div className="list-head">
              <p className="muted" aria-live="polite" data-testid="list-count">
                {list.totalCount} {list.totalCount === 1 ? noun[0] : noun[1]}
                {list.edges.length < list.totalCount && `, showing ${list.edges.length}`}
                {filtered && ' matching the filters'}
              </p>
              {list.totalCount > 0 && <CsvDownloadButton what={{ query: csv.query, variables: { filter, orderBy } }} filename={csv.filename} />}
            </div>
            {list.edges.length === 0 ? (
              <Empty>{filtered ? 'Nothing matches these filters. Clear a filter or widen it.' : empty}</Empty>
            ) : (
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than a phone scrolls sideways; the keyboard must reach it
              <section className="table-scroll" tabIndex={0} aria-label={`${title} table`}>
                <table className="table list-table" aria-busy={loading}>
                  <caption className="visually-hidden">
                    {title}, {sortedBy}
                  </caption>
                  <thead>
                    <tr>
                      {columns.map((c) => (
                        <th
                          key={c.header}
                          scope="col"
                          className={[c.wide ? 'wide-only' : '', c.className ?? ''].join(' ').trim() || undefined}
                          aria-sort={c.sort && c.sort === orderBy.field ? (orderBy.direction === 'ASC' ? 'ascending' : 'descending') : undefined}
                        >
                          {c.sort ? (
                            <Button className="sort-button" onPress={() => toggleSort(c)}>
                              {c.header}
                              <span aria-hidden="true" className="sort-mark">
                                {c.sort === orderBy.field ? (orderBy.direction === 'ASC' ? ' ▲' : ' ▼') : ' ↕'}
                              </span>
                            </Button>
                          ) : (
                            c.header
                          )}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {list.edges.map(({ node }) => (
                      <tr key={node.id}>
                        {columns.map((c) => (
                          <td key={c.header} className={[c.wide ? 'wide-only' : '', c.className ?? ''].join(' ').trim() || undefined}>
                            {c.cell(node)}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            )}
            {more && (
              <div ref={sentinel} className="load-more">
                <Button className="button" isDisabled={loading} onPress={() => void fetchMore({ variables: { after: more } })}>
                  {loading ? 'Loading…' : `Load more (${list.totalCount - list.edges.length} left)`}
                </Button>
              </div>
            )}
          </>
        )
      )}
    </div>
  );
}

/** The list pages, one tab each (the header has a single "Records" entry). */
function RecordLists() {
  return (
    <nav aria-label="Record lists" className="record-lists">
      <ul>
        {LISTS.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function FilterControl({ filter, url }: { filter: ListFilter; url: ReturnType<typeof useUrlState> }) {
  switch (filter.type) {
    case 'search':
      return <SearchFilter label={filter.label ?? 'Name contains'} placeholder={filter.placeholder} url={url} />;
    case 'enum':
      return <EnumFilter filter={filter} url={url} />;
    case 'country': {
      const code = url.get('country')?.toUpperCase() ?? null;
      return <CountryInput key={code ?? 'none'} label={filter.label ?? 'Country'} value={code} onChange={(c) => url.set({ country: c })} />;
    }
    case 'institution':
      return <InstitutionFilter param={filter.param} label={filter.label} url={url} />;
    case 'period':
      return (
        <>
          <PeriodField label="From" param="from" placeholder="2023 or 2025-05" url={url} />
          <PeriodField label="To" param="to" placeholder="2025-12-31" url={url} />
        </>
      );
  }
}

/** Free text, sent to the URL (and the API) once typing pauses. */
function SearchFilter({ label, placeholder, url }: { label: string; placeholder?: string; url: ReturnType<typeof useUrlState> }) {
  const inUrl = url.get('q') ?? '';
  const [text, setText] = useState(inUrl);
  const settled = useDebounced(text, 300);
  const seen = useRef({ settled, inUrl });
  // Runs after every render, acting only on what changed since the last one.
  useEffect(() => {
    if (settled !== seen.current.settled) {
      seen.current.settled = settled;
      if (settled.trim() !== inUrl) url.set({ q: settled.trim() || null });
    }
    if (inUrl !== seen.current.inUrl) {
      seen.current.inUrl = inUrl;
      // "Clear filters" or a link changed the URL: the box follows.
      if (inUrl !== text.trim()) setText(inUrl);
    }
  });
  return (
    <TextField className="field search-filter" value={text} onChange={setText} type="search">
      <Label>{label}</Label>
      <Input placeholder={placeholder ?? 'Type to filter…'} />
    </TextField>
  );
}

function EnumFilter({ filter, url }: { filter: Extract<ListFilter, { type: 'enum' }>; url: ReturnType<typeof useUrlState> }) {
  const value = url.get(filter.param);
  const selected = value && filter.values.includes(value) ? value : 'all';
  const items = [{ id: 'all', name: 'Any' }, ...filter.values.map((v) => ({ id: v, name: humanize(v) }))];
  return (
    <Select className="field" selectedKey={selected} onSelectionChange={(key) => url.set({ [filter.param]: key === 'all' ? null : String(key) })}>
      <Label className="field-label">{filter.label}</Label>
      <Button className="select-button">
        <SelectValue />
        <span aria-hidden="true"> ▾</span>
      </Button>
      <Popover className="search-popover">
        <ListBox className="search-results" items={items}>
          {(item) => (
            <ListBoxItem id={item.id} className="search-option">
              {item.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}

function InstitutionFilter({ param, label, url }: { param: string; label: string; url: ReturnType<typeof useUrlState> }) {
  const id = url.get(param);
  const { data } = useQuery(PickedInstitutionQuery, { variables: { id: id ?? '' }, skip: !id });
  const name = data?.node?.__typename === 'Institution' ? data.node.name : null;
  // Remounted when the name arrives, so the box shows it (the picker keeps what is typed).
  return <InstitutionPicker key={`${id}:${name}`} label={label} selectedId={id} selectedName={name} onChange={(picked) => url.set({ [param]: picked?.id ?? null })} />;
}

function PeriodField({ label, param, placeholder, url }: { label: string; param: string; placeholder: string; url: ReturnType<typeof useUrlState> }) {
  const value = url.get(param) ?? '';
  const [text, setText] = useState(value);
  const seen = useRef(value);
  useEffect(() => {
    if (value !== seen.current) {
      seen.current = value;
      if (value !== text.trim()) setText(value);
    }
  });
  const invalid = text.trim() !== '' && !validPartial(text.trim());
  return (
    <TextField
      className="field"
      value={text}
      isInvalid={invalid}
      onChange={(v) => {
        setText(v);
        const ok = validPartial(v.trim());
        if (ok || v.trim() === '') url.set({ [param]: ok });
      }}
    >
      <Label>{label}</Label>
      <Input placeholder={placeholder} size={13} />
      {invalid && <span className="field-error">YYYY, YYYY-MM or YYYY-MM-DD</span>}
    </TextField>
  );
}
