import { useApolloClient, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link, useParams, useSearchParams } from 'react-router';
import { InstitutionPicker } from '../../../components/pickers/institution-picker';
import { RecordPageState } from '../../../components/record-page';
import { PageSkeleton } from '../../../components/states';
import {
  CheckboxInput,
  ConflictNotice,
  DateInput,
  EditPage,
  FormActions,
  FormStatus,
  LeaveGuard,
  SelectInput,
  TextInput,
  useFormMutation,
  useRecordForm,
} from '../../../forms';
import { useSavedNavigation } from '../../../forms/use-saved-navigation';
import { graphql } from '../../../gql';
import type { AgreementEditQuery as AgreementEditData, AgreementKind, AgreementPartyRole } from '../../../gql/graphql';
import { recordPath } from '../../../lib/routes';
import { usePageTitle } from '../../../lib/use-page-title';
import { AGREEMENT_KINDS, PARTY_ROLES } from './agreement-enums';

const AgreementEditQuery = graphql(`
  query AgreementEdit($id: ID!) {
    agreement(id: $id) {
      id
      version
      title
      kind
      summary
      effectiveFrom
      expiresOn
      reviewDue
      autoRenews
      noticePeriodDays
      confidential
      parties {
        id
        role
        institution {
          id
          name
        }
      }
    }
  }
`);

const PartyQuery = graphql(`
  query AgreementDraftParty($id: ID!) {
    institution(id: $id) {
      id
      name
    }
  }
`);

const CreateAgreement = graphql(`
  mutation CreateAgreement($input: CreateAgreementInput!) {
    createAgreement(input: $input) {
      agreement {
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

const UpdateAgreement = graphql(`
  mutation UpdateAgreement($input: UpdateAgreementInput!) {
    updateAgreement(input: $input) {
      agreement {
        id
        version
        title
        kind
        summary
        effectiveFrom
        expiresOn
        reviewDue
        noticeDeadline
        daysToExpiry
        autoRenews
        noticePeriodDays
        confidential
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

type Party = { institution: { id: string; name: string } | null; role: AgreementPartyRole };
type Values = {
  title: string;
  kind: AgreementKind | null;
  summary: string;
  effectiveFrom: string;
  expiresOn: string;
  reviewDue: string;
  autoRenews: boolean;
  noticePeriodDays: string;
  confidential: boolean;
};
type AgreementRecord = NonNullable<AgreementEditData['agreement']>;

const EMPTY: Values = { title: '', kind: 'MEMORANDUM_OF_UNDERSTANDING', summary: '', effectiveFrom: '', expiresOn: '', reviewDue: '', autoRenews: false, noticePeriodDays: '', confidential: false };
const LABELS: Partial<{ [K in keyof Values]: string }> = {
  title: 'Title',
  kind: 'Kind',
  summary: 'Summary',
  effectiveFrom: 'In force from',
  expiresOn: 'Expires on',
  reviewDue: 'Review due',
  autoRenews: 'Renews automatically',
  noticePeriodDays: 'Notice period (days)',
  confidential: 'Confidential',
};

function valuesOf(a: AgreementRecord): Values {
  return {
    title: a.title,
    kind: a.kind,
    summary: a.summary ?? '',
    effectiveFrom: a.effectiveFrom ?? '',
    expiresOn: a.expiresOn ?? '',
    reviewDue: a.reviewDue ?? '',
    autoRenews: a.autoRenews,
    noticePeriodDays: a.noticePeriodDays === null ? '' : String(a.noticePeriodDays),
    confidential: a.confidential,
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
function inputOf(v: Values) {
  return {
    title: v.title.trim(),
    kind: v.kind as AgreementKind,
    summary: orNull(v.summary),
    effectiveFrom: orNull(v.effectiveFrom),
    expiresOn: orNull(v.expiresOn),
    reviewDue: orNull(v.reviewDue),
    autoRenews: v.autoRenews,
    noticePeriodDays: v.noticePeriodDays.trim() === '' ? null : Number(v.noticePeriodDays),
    confidential: v.confidential,
  };
}

/** Draft an agreement (agreements/new, ?party= or ?renews=) or edit one (agreements/:id/edit). */
export function Component() {
  const { id } = useParams();
  return <EditPage>{id ? <EditAgreement id={id} /> : <NewAgreement />}</EditPage>;
}

function EditAgreement({ id }: { id: string }) {
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(AgreementEditQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const reload = async () => (await client.query({ query: AgreementEditQuery, variables: { id }, fetchPolicy: 'no-cache' })).data?.agreement ?? null;
  return (
    <RecordPageState loading={loading} error={error} hasData={!!data?.agreement} what="agreement" onRetry={() => refetch()}>
      {() => <AgreementForm record={data!.agreement} reload={reload} />}
    </RecordPageState>
  );
}

/** A new draft; a renewal starts from the agreement it renews (its kind, terms and parties). */
function NewAgreement() {
  const [params] = useSearchParams();
  const renewsId = params.get('renews');
  const partyId = params.get('party');
  const renews = useQuery(AgreementEditQuery, { variables: { id: renewsId ?? '' }, skip: !renewsId });
  const party = useQuery(PartyQuery, { variables: { id: partyId ?? '' }, skip: !partyId });
  if ((renews.loading && !renews.data) || (party.loading && !party.data)) return <PageSkeleton label="Loading" />;
  const previous = renews.data?.agreement;
  const initial: Values = previous ? { ...valuesOf(previous), title: `${previous.title} (renewal)`, effectiveFrom: previous.expiresOn ?? '', expiresOn: '', reviewDue: '' } : EMPTY;
  const parties: Party[] = previous
    ? previous.parties.map((p) => ({ institution: p.institution, role: p.role }))
    : [{ institution: party.data?.institution ?? null, role: 'PARTY' }, { institution: null, role: 'PARTY' }];
  return <AgreementForm initialValues={initial} initialParties={parties} renews={previous ? { id: previous.id, title: previous.title } : undefined} />;
}

function AgreementForm({ record, reload, initialValues = EMPTY, initialParties = [], renews }: {
  record?: AgreementRecord;
  reload?: () => Promise<AgreementRecord | null>;
  initialValues?: Values;
  initialParties?: Party[];
  renews?: { id: string; title: string };
}) {
  const title = record ? `Edit ${record.title}` : renews ? 'Renew the agreement' : 'Draft an agreement';
  usePageTitle(title);
  const state = useRecordForm(record, valuesOf, initialValues);
  const { values, set, version } = state;
  const [parties, setParties] = useState<Party[]>(initialParties);
  const [partiesAtStart] = useState(initialParties);
  const create = useFormMutation(CreateAgreement, { payload: (d) => d.createAgreement });
  const update = useFormMutation(UpdateAgreement, { payload: (d) => d.updateAgreement, recordId: record?.id });
  const form = record ? update : create;
  const [saved, goTo] = useSavedNavigation();
  const dirty = state.dirty || JSON.stringify(parties) !== JSON.stringify(partiesAtStart);

  async function save(withVersion = version, withValues = values) {
    if (record) {
      const payload = await update.submit({ input: { id: record.id, version: withVersion, ...inputOf(withValues) } });
      if (payload?.agreement) goTo(recordPath('Agreement', payload.agreement.id)!);
      return;
    }
    const chosen = parties.filter((p) => p.institution).map((p) => ({ institutionId: p.institution!.id, role: p.role }));
    const payload = await create.submit({ input: { ...inputOf(values), renewsId: renews?.id ?? null, parties: chosen } });
    if (payload?.agreement) {
      goTo(recordPath('Agreement', payload.agreement.id)!);
    }
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  const placed = ['title', 'kind', 'summary', 'effectiveFrom', 'expiresOn', 'reviewDue', 'autoRenews', 'noticePeriodDays', 'confidential', 'parties'];
  return (
    <div className="page">
      <LeaveGuard when={dirty && !saved} />
      <h1>{title}</h1>
      {renews && (
        <p className="lead">
          Renews <Link to={recordPath('Agreement', renews.id)!}>{renews.title}</Link>: when the renewal enters into force, that one becomes superseded.
        </p>
      )}
      {form.conflict && reload && (
        <ConflictNotice {...state.conflictProps({ conflict: form.conflict, reload, reset: update.reset, save: (v, vals) => void save(v, vals), labels: LABELS })} />
      )}
      <Form className="edit-form" onSubmit={onSubmit} validationBehavior="aria" aria-label={title}>
        <TextInput label="Title" isRequired autoFocus value={values.title} onChange={(v) => set('title', v)} error={form.fieldError('title')} />
        <SelectInput label="Kind" isRequired value={values.kind} options={AGREEMENT_KINDS} onChange={(v) => set('kind', v)} error={form.fieldError('kind')} />
        {!record && <PartiesInput value={parties} onChange={setParties} fieldError={form.fieldError} />}
        <div className="field-row">
          <DateInput label="In force from" value={values.effectiveFrom} onChange={(v) => set('effectiveFrom', v)} error={form.fieldError('effectiveFrom')} />
          <DateInput label="Expires on" value={values.expiresOn} onChange={(v) => set('expiresOn', v)} error={form.fieldError('expiresOn')} />
          <DateInput label="Review due" value={values.reviewDue} onChange={(v) => set('reviewDue', v)} error={form.fieldError('reviewDue')} />
        </div>
        <CheckboxInput label="Renews automatically unless notice is given" value={values.autoRenews} onChange={(v) => set('autoRenews', v)} />
        {values.autoRenews && (
          <TextInput
            label="Notice period (days)"
            type="number"
            value={values.noticePeriodDays}
            onChange={(v) => set('noticePeriodDays', v)}
            error={form.fieldError('noticePeriodDays')}
            description="Notice must be given this many days before the expiry date"
          />
        )}
        <TextInput label="Summary" multiline value={values.summary} onChange={(v) => set('summary', v)} error={form.fieldError('summary')} />
        <CheckboxInput label="Confidential (only editors and admins see it)" value={values.confidential} onChange={(v) => set('confidential', v)} />
        <FormStatus failure={form.failure} errors={form.otherErrors(placed).filter((e) => !e.field[1]?.startsWith('parties'))} />
        <FormActions pending={form.pending} saveLabel={record ? 'Save changes' : renews ? 'Create the renewal' : 'Create draft'}>
          <Link to={record ? recordPath('Agreement', record.id)! : renews ? recordPath('Agreement', renews.id)! : '/'}>Cancel</Link>
        </FormActions>
      </Form>
    </div>
  );
}

function PartiesInput({ value, onChange, fieldError }: { value: Party[]; onChange(value: Party[]): void; fieldError(field: string): string | undefined }) {
  const edit = (n: number, patch: Partial<Party>) => onChange(value.map((p, i) => (i === n ? { ...p, ...patch } : p)));
  return (
    <fieldset className="field identifiers">
      <legend className="field-label">Parties</legend>
      {value.map((p, n) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; their position is their identity
        <div className="party-row" key={n}>
          <div className="field">
            <InstitutionPicker label={`Party ${n + 1}`} selectedId={p.institution?.id ?? null} selectedName={p.institution?.name} onChange={(i) => edit(n, { institution: i })} />
            {fieldError(`parties.${n}.institutionId`) && <p className="field-error">{fieldError(`parties.${n}.institutionId`)}</p>}
          </div>
          <SelectInput label={`Role of party ${n + 1}`} value={p.role} options={PARTY_ROLES} onChange={(role) => edit(n, { role: role ?? 'PARTY' })} />
          <Button className="link-button" onPress={() => onChange(value.filter((_, i) => i !== n))}>
            Remove party {n + 1}
          </Button>
        </div>
      ))}
      {fieldError('parties') && <p className="field-error">{fieldError('parties')}</p>}
      <Button className="button" onPress={() => onChange([...value, { institution: null, role: 'PARTY' }])}>
        Add a party
      </Button>
    </fieldset>
  );
}
