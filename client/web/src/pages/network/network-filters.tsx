import { useState } from 'react';
import { Button, Checkbox, CheckboxGroup, Form, Input, Label, Radio, RadioGroup, TextField } from 'react-aria-components';
import type { CooperationKind, InstitutionKind } from '../../gql/graphql';
import { humanize } from '../../lib/words';
import type { NetworkParams } from './network-params';
import { COOPERATION_KINDS, INSTITUTION_KINDS } from './network-query';

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Hops, record kinds, institution kinds, a date window and a minimum weight: what the API's CooperationFilter offers. */
export function NetworkFilters({ params, onChange }: { params: NetworkParams; onChange: (next: NetworkParams) => void }) {
  const [from, setFrom] = useState(params.from);
  const [to, setTo] = useState(params.to);
  const [minWeight, setMinWeight] = useState(params.minWeight ? String(params.minWeight) : '');
  const dateError = (v: string) => (v && !PARTIAL_DATE.test(v) ? 'Use a year, year-month or date: 2023, 2023-05, 2023-05-18' : null);
  return (
    <div className="filters network-filters">
      <RadioGroup
        className="field"
        orientation="horizontal"
        value={String(params.hops)}
        onChange={(v) => onChange({ ...params, hops: Number(v) as 1 | 2 | 3 })}
      >
        <Label>Hops</Label>
        <div className="checkboxes">
          {['1', '2', '3'].map((h) => (
            <Radio key={h} value={h} className="checkbox radio">
              <span className="box" aria-hidden="true" />
              {h}
            </Radio>
          ))}
        </div>
      </RadioGroup>
      <CheckboxGroup
        className="field"
        value={params.kinds}
        onChange={(v) => onChange({ ...params, kinds: v as CooperationKind[] })}
      >
        <Label>Connected by (none ticked: all)</Label>
        <div className="checkboxes">
          {COOPERATION_KINDS.map((k) => (
            <Checkbox key={k} value={k} className="checkbox">
              <span className="box" aria-hidden="true" />
              {humanize(k)}s
            </Checkbox>
          ))}
        </div>
      </CheckboxGroup>
      <details className="field more-filters">
        <summary>
          Institution kinds{params.institutionKinds.length ? ` (${params.institutionKinds.length})` : ''}
        </summary>
        <CheckboxGroup
          aria-label="Only pass through institutions of these kinds"
          value={params.institutionKinds}
          onChange={(v) => onChange({ ...params, institutionKinds: v as InstitutionKind[] })}
        >
          <div className="checkboxes">
            {INSTITUTION_KINDS.map((k) => (
              <Checkbox key={k} value={k} className="checkbox">
                <span className="box" aria-hidden="true" />
                {humanize(k)}
              </Checkbox>
            ))}
          </div>
        </CheckboxGroup>
      </details>
      <Form
        className="field-row"
        onSubmit={(event) => {
          event.preventDefault();
          if (dateError(from) || dateError(to)) return;
          const weight = Number(minWeight);
          onChange({ ...params, from, to, minWeight: Number.isFinite(weight) && weight > 0 ? weight : null });
        }}
      >
        <TextField className="field small" value={from} onChange={setFrom} isInvalid={!!dateError(from)}>
          <Label>From</Label>
          <Input className="input" placeholder="2023" />
        </TextField>
        <TextField className="field small" value={to} onChange={setTo} isInvalid={!!dateError(to)}>
          <Label>To</Label>
          <Input className="input" placeholder="2025-06" />
        </TextField>
        <TextField className="field small" value={minWeight} onChange={setMinWeight} inputMode="decimal">
          <Label>Min. weight</Label>
          <Input className="input" placeholder="0" />
        </TextField>
        <Button type="submit" className="button">
          Apply
        </Button>
        {(dateError(from) || dateError(to)) && (
          <p className="field-error" role="alert">
            {dateError(from) ?? dateError(to)}
          </p>
        )}
      </Form>
    </div>
  );
}
