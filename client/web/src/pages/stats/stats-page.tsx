import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useState } from 'react';
import { Button, Checkbox, CheckboxGroup, Form, Input, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, TextField } from 'react-aria-components';
import { Link, useSearchParams } from 'react-router';
import { CsvDownloadButton } from '../../components/csv-download';
import { Empty, ErrorState, Skeleton } from '../../components/states';
import type { StatsDimension, StatsRecordType } from '../../gql/graphql';
import { recordPath } from '../../lib/routes';
import { usePageTitle } from '../../lib/use-page-title';
import { humanize, plural } from '../../lib/words';
import { chartRows, DIMENSION_LABELS, readStatsParams, type StatsParams, statsSearch, statsVariables, valueLabel } from './stats-model';
import { DIMENSIONS, RECORD_TYPES, StatsViewQuery } from './stats-query';
import '../../components/controls.css';
import './stats.css';

const StatsChart = lazy(() => import('./stats-chart'));
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function DimensionSelect({ label, value, onChange, allowNone }: { label: string; value: StatsDimension | null; onChange: (d: StatsDimension | null) => void; allowNone?: boolean }) {
  const options = [...(allowNone ? [{ id: 'NONE', name: '— nothing —' }] : []), ...DIMENSIONS.map((d) => ({ id: d, name: DIMENSION_LABELS[d] }))];
  return (
    <Select className="field select" selectedKey={value ?? 'NONE'} onSelectionChange={(key) => onChange(key === 'NONE' ? null : (key as StatsDimension))}>
      <Label>{label}</Label>
      <Button className="button select-button">
        <SelectValue />
        <span aria-hidden="true"> ▾</span>
      </Button>
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(o) => (
            <ListBoxItem id={o.id} className="listbox-item">
              {o.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}

/** /statistics?by=YEAR&split=TYPE… — counts of records by any dimension: a chart, the table beneath, and the CSV. */
export function Component() {
  usePageTitle('Statistics');
  const [search, setSearch] = useSearchParams();
  const params = readStatsParams(search);
  const set = (next: Partial<StatsParams>) => setSearch(statsSearch({ ...params, ...next }), { replace: true });
  const variables = statsVariables(params);
  const { data, previousData, error, loading, refetch } = useQuery(StatsViewQuery, { variables });
  const shown = data ?? previousData;
  const [from, setFrom] = useState(params.from);
  const [to, setTo] = useState(params.to);
  const badDate = [from, to].some((v) => v && !PARTIAL_DATE.test(v));
  const title = `Records by ${DIMENSION_LABELS[params.by].toLowerCase()}${params.split ? ` and ${DIMENSION_LABELS[params.split].toLowerCase()}` : ''}`;
  const chart = shown ? chartRows(shown.stats.groups, params.by, params.split) : null;
  return (
    <div className="page stats-page">
      <header className="page-header">
        <h1>Statistics</h1>
        <p className="muted">
          Counts of events, visits, agreements, documents, commitments and relations. Confidential records count only for roles that may see
          them.
        </p>
      </header>
      <div className="stats-controls">
        <DimensionSelect label="Count by" value={params.by} onChange={(d) => d && set({ by: d, split: params.split === d ? null : params.split })} />
        <DimensionSelect label="Split by" value={params.split} allowNone onChange={(d) => set({ split: d === params.by ? null : d })} />
        <CheckboxGroup className="field" value={params.types} onChange={(v) => set({ types: v as StatsRecordType[] })}>
          <Label>Records (none ticked: all)</Label>
          <div className="checkboxes">
            {RECORD_TYPES.map((t) => (
              <Checkbox key={t} value={t} className="checkbox">
                <span className="box" aria-hidden="true" />
                {humanize(t)}s
              </Checkbox>
            ))}
          </div>
        </CheckboxGroup>
        <Form
          className="field-row"
          onSubmit={(event) => {
            event.preventDefault();
            if (!badDate) set({ from, to });
          }}
        >
          <TextField className="field small" value={from} onChange={setFrom} isInvalid={!!from && !PARTIAL_DATE.test(from)}>
            <Label>From</Label>
            <Input className="input" placeholder="2023" />
          </TextField>
          <TextField className="field small" value={to} onChange={setTo} isInvalid={!!to && !PARTIAL_DATE.test(to)}>
            <Label>To</Label>
            <Input className="input" placeholder="2025-12" />
          </TextField>
          <Button type="submit" className="button">
            Apply
          </Button>
          {badDate && (
            <p className="field-error" role="alert">
              Use a year, year-month or date: 2023, 2023-05, 2023-05-18
            </p>
          )}
        </Form>
      </div>
      {error && <ErrorState error={error} onRetry={() => refetch()} />}
      {!shown && loading && <Skeleton lines={10} label="Counting" />}
      {shown && chart && (
        <section aria-labelledby="stats-heading" aria-busy={loading}>
          <div className="stats-heading-row">
            <h2 id="stats-heading">
              {title} <span className="muted small">({plural(shown.stats.total, 'record')})</span>
            </h2>
            <CsvDownloadButton what={{ name: 'stats', variables }} filename={`accord-stats-${variables.groupBy.join('-').toLowerCase()}.csv`} />
          </div>
          {shown.stats.truncated && <p className="notice">More than 5,000 groups: only the first are shown. Narrow the records or the dates.</p>}
          {shown.stats.groups.length === 0 ? (
            <Empty>No records match. Tick more record types or widen the dates.</Empty>
          ) : (
            <>
              <Suspense fallback={<Skeleton lines={8} label="Loading the chart" />}>
                <StatsChart rows={chart.rows} series={chart.series} label={`Bar chart: ${title}. The table below lists the same counts.`} />
              </Suspense>
              <table className="table stats-table" data-testid="stats-table">
                <caption className="visually-hidden">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{DIMENSION_LABELS[params.by]}</th>
                    {params.split && <th scope="col">{DIMENSION_LABELS[params.split]}</th>}
                    <th scope="col" className="num">
                      Records
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {shown.stats.groups.map((g) => (
                    <tr key={`${valueLabel(g, params.by)}|${params.split ? valueLabel(g, params.split) : ''}`}>
                      <th scope="row">{cell(g, params.by)}</th>
                      {params.split && <td>{cell(g, params.split)}</td>}
                      <td className="num">{g.count}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={params.split ? 2 : 1}>
                      Records (each counted once)
                    </th>
                    <td className="num">{shown.stats.total}</td>
                  </tr>
                </tfoot>
              </table>
            </>
          )}
        </section>
      )}
    </div>
  );
}

function cell(group: Parameters<typeof valueLabel>[0], dimension: StatsDimension) {
  const text = valueLabel(group, dimension);
  if (dimension === 'INSTITUTION' && group.institution) return <Link to={recordPath('Institution', group.institution.id) ?? '#'} title={group.institution.name}>{text}</Link>;
  if (dimension === 'TOPIC' && group.topic) return <Link to={recordPath('Topic', group.topic.id) ?? '#'}>{text}</Link>;
  return text;
}
