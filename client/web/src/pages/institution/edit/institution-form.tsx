import { useApolloClient, useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import { InstitutionPicker } from '../../../components/pickers/institution-picker';
import { RecordPageState } from '../../../components/record-page';
import {
  AdminOnly,
  ConflictNotice,
  EditPage,
  FormActions,
  FormStatus,
  LeaveGuard,
  SelectInput,
  TextInput,
  TextListInput,
  useFormMutation,
  useRecordForm,
} from '../../../forms';
import { CountryInput } from '../../../forms/country-input';
import { useSavedNavigation } from '../../../forms/use-saved-navigation';
import { graphql } from '../../../gql';
import type { InstitutionEditQuery as InstitutionEditData, InstitutionKind, InstitutionStatus } from '../../../gql/graphql';
import { recordPath } from '../../../lib/routes';
import { usePageTitle } from '../../../lib/use-page-title';
import { DuplicateHint } from './duplicate-hint';
import { DeleteInstitution } from './delete-institution';

const InstitutionEditQuery = graphql(`
  query InstitutionEdit($id: ID!) {
    institution(id: $id) {
      id
      version
      name
      acronym
      aliases
      kind
      country
      website
      description
      status
      parent {
        id
        name
      }
      children {
        id
        name
      }
      identifiers {
        scheme
        value
        url
      }
    }
  }
`);

const CreateInstitution = graphql(`
  mutation CreateInstitution($input: CreateInstitutionInput!) {
    createInstitution(input: $input) {
      institution {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const UpdateInstitution = graphql(`
  mutation UpdateInstitution($input: UpdateInstitutionInput!) {
    updateInstitution(input: $input) {
      institution {
        id
        version
        name
        acronym
        aliases
        kind
        country
        countryName
        website
        description
        status
        parent {
          id
          name
        }
        identifiers {
          scheme
          value
          url
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const KINDS: InstitutionKind[] = ['OMBUDSMAN', 'NHRI', 'GOVERNMENT_BODY', 'INTERGOVERNMENTAL_ORGANIZATION', 'IGO_BODY', 'NETWORK', 'NGO', 'ACADEMIC', 'MEDIA', 'OTHER'];
const STATUSES: InstitutionStatus[] = ['ACTIVE', 'INACTIVE', 'MERGED', 'DISSOLVED'];

type Identifier = { scheme: string; value: string; url: string };
type Values = {
  name: string;
  acronym: string;
  aliases: string[];
  kind: InstitutionKind | null;
  country: string | null;
  parent: { id: string; name: string } | null;
  website: string;
  description: string;
  status: InstitutionStatus;
  identifiers: Identifier[];
};
type InstitutionRecord = NonNullable<InstitutionEditData['institution']>;

const EMPTY: Values = { name: '', acronym: '', aliases: [], kind: null, country: null, parent: null, website: '', description: '', status: 'ACTIVE', identifiers: [] };

function valuesOf(i: InstitutionRecord): Values {
  return {
    name: i.name,
    acronym: i.acronym ?? '',
    aliases: [...i.aliases],
    kind: i.kind,
    country: i.country ?? null,
    parent: i.parent ? { id: i.parent.id, name: i.parent.name } : null,
    website: i.website ?? '',
    description: i.description ?? '',
    status: i.status,
    identifiers: i.identifiers.map((x) => ({ scheme: x.scheme, value: x.value, url: x.url ?? '' })),
  };
}

const LABELS: Partial<{ [K in keyof Values]: string }> = {
  name: 'Name',
  acronym: 'Acronym',
  aliases: 'Aliases',
  kind: 'Kind',
  country: 'Country',
  parent: 'Part of',
  website: 'Website',
  description: 'Description',
  status: 'Status',
  identifiers: 'Identifiers',
};
const shown = (v: Values) => ({
  ...v,
  parent: v.parent?.name ?? '',
  identifiers: v.identifiers.map((x) => `${x.scheme}: ${x.value}`),
});

const blank = (text: string) => (text.trim() === '' ? null : text.trim());

function inputOf(v: Values) {
  return {
    name: v.name.trim(),
    acronym: blank(v.acronym),
    aliases: v.aliases,
    kind: v.kind as InstitutionKind,
    country: v.country,
    parentId: v.parent?.id ?? null,
    website: blank(v.website),
    description: blank(v.description),
    status: v.status,
    identifiers: v.identifiers.filter((x) => x.scheme.trim() || x.value.trim()).map((x) => ({ scheme: x.scheme.trim(), value: x.value.trim(), url: blank(x.url) })),
  };
}

/** Create (institutions/new) or edit (institutions/:id/edit) an institution. */
export function Component() {
  const { id } = useParams();
  return <EditPage>{id ? <EditInstitution id={id} /> : <InstitutionForm />}</EditPage>;
}

function EditInstitution({ id }: { id: string }) {
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(InstitutionEditQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const record = data?.institution;
  // The record as it is now, outside the cache (the form keeps what the person typed).
  const reload = async () => (await client.query({ query: InstitutionEditQuery, variables: { id }, fetchPolicy: 'no-cache' })).data?.institution ?? null;
  return (
    <RecordPageState loading={loading} error={error} hasData={!!record} what="institution" onRetry={() => refetch()}>
      {() => <InstitutionForm record={record!} reload={reload} />}
    </RecordPageState>
  );
}

function InstitutionForm({ record, reload }: { record?: InstitutionRecord; reload?: () => Promise<InstitutionRecord | null> }) {
  usePageTitle(record ? `Edit ${record.name}` : 'New institution');
  const state = useRecordForm(record, valuesOf, EMPTY);
  const { values, set, version, dirty } = state;
  const create = useFormMutation(CreateInstitution, { payload: (d) => d.createInstitution });
  const update = useFormMutation(UpdateInstitution, { payload: (d) => d.updateInstitution, recordId: record?.id });
  const form = record ? update : create;
  const [saved, goTo] = useSavedNavigation();

  async function save(withVersion = version, withValues = values) {
    if (record) {
      const payload = await update.submit({ input: { id: record.id, version: withVersion, ...inputOf(withValues) } });
      if (payload?.institution) goTo(recordPath('Institution', payload.institution.id)!);
    } else {
      const payload = await create.submit({ input: inputOf(values) });
      if (payload?.institution) {
          goTo(recordPath('Institution', payload.institution.id)!);
      }
    }
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  const cancelTo = record ? recordPath('Institution', record.id)! : '/';
  const placed = ['name', 'acronym', 'aliases', 'kind', 'country', 'parentId', 'website', 'description', 'status', 'identifiers'];
  return (
    <div className="page">
      <LeaveGuard when={dirty && !saved} />
      <h1>{record ? `Edit ${record.name}` : 'New institution'}</h1>
      {form.conflict && reload && (
        <ConflictNotice {...state.conflictProps({ conflict: form.conflict, reload, reset: update.reset, save: (v, vals) => void save(v, vals), labels: LABELS, shown })} />
      )}
      <Form className="edit-form" onSubmit={onSubmit} validationBehavior="aria" aria-label={record ? `Edit ${record.name}` : 'New institution'}>
        <TextInput label="Name" isRequired autoFocus value={values.name} onChange={(v) => set('name', v)} error={form.fieldError('name')} />
        <DuplicateHint name={values.name} exceptId={record?.id} />
        <div className="field-row">
          <TextInput label="Acronym" value={values.acronym} onChange={(v) => set('acronym', v)} error={form.fieldError('acronym')} />
          <SelectInput label="Kind" isRequired value={values.kind} options={KINDS} onChange={(v) => set('kind', v)} error={form.fieldError('kind')} />
          <SelectInput label="Status" value={values.status} options={STATUSES} onChange={(v) => set('status', v ?? 'ACTIVE')} error={form.fieldError('status')} />
        </div>
        <TextListInput label="Aliases" value={values.aliases} onChange={(v) => set('aliases', v)} error={form.fieldError('aliases')} description="Other names it goes by, one per line (also found by search)" />
        <div className="field-row">
          <CountryInput value={values.country} onChange={(v) => set('country', v)} error={form.fieldError('country')} />
          <div className="field">
            <InstitutionPicker label="Part of (parent body)" selectedId={values.parent?.id ?? null} selectedName={values.parent?.name} onChange={(p) => set('parent', p)} />
            {form.fieldError('parentId') && <p className="field-error">{form.fieldError('parentId')}</p>}
          </div>
        </div>
        <TextInput label="Website" type="url" value={values.website} onChange={(v) => set('website', v)} error={form.fieldError('website')} />
        <TextInput label="Description" multiline value={values.description} onChange={(v) => set('description', v)} error={form.fieldError('description')} />
        <IdentifiersInput value={values.identifiers} onChange={(v) => set('identifiers', v)} fieldError={form.fieldError} />
        <FormStatus failure={form.failure} errors={form.otherErrors(placed).filter((e) => !e.field[1]?.startsWith('identifiers'))} />
        <FormActions pending={form.pending} saveLabel={record ? 'Save changes' : 'Create institution'}>
          <Link to={cancelTo}>Cancel</Link>
        </FormActions>
      </Form>
      {record && (
        <AdminOnly>
          <DeleteInstitution record={record} />
        </AdminOnly>
      )}
    </div>
  );
}

function IdentifiersInput({ value, onChange, fieldError }: { value: Identifier[]; onChange(value: Identifier[]): void; fieldError(field: string): string | undefined }) {
  const edit = (n: number, patch: Partial<Identifier>) => onChange(value.map((x, i) => (i === n ? { ...x, ...patch } : x)));
  return (
    <fieldset className="field identifiers">
      <legend className="field-label">Identifiers in other registries</legend>
      {value.map((x, n) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; their position is their identity
        <div className="field-row" key={n}>
          <TextInput label={`Scheme ${n + 1}`} value={x.scheme} onChange={(v) => edit(n, { scheme: v })} placeholder="WIKIDATA" error={fieldError(`identifiers.${n}.scheme`)} />
          <TextInput label={`Identifier ${n + 1}`} value={x.value} onChange={(v) => edit(n, { value: v })} error={fieldError(`identifiers.${n}.value`)} />
          <TextInput label={`Link ${n + 1}`} type="url" value={x.url} onChange={(v) => edit(n, { url: v })} error={fieldError(`identifiers.${n}.url`)} />
          <Button className="link-button" onPress={() => onChange(value.filter((_, i) => i !== n))}>
            Remove identifier {n + 1}
          </Button>
        </div>
      ))}
      <Button className="button" onPress={() => onChange([...value, { scheme: '', value: '', url: '' }])}>
        Add an identifier
      </Button>
    </fieldset>
  );
}
