import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ComboBox, Form, Input, Label, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import { FormActions, FormDialog, FormStatus, forgetLists, PartialDateInput, SelectInput, TextInput, useFormMutation } from '../forms';
import { graphql } from '../gql';
import type { ClaimQualifier, SourceKind } from '../gql/graphql';
import { formatPartialDate } from '../lib/dates';
import { useDebounced } from '../lib/use-debounced';

const SourcePickerQuery = graphql(`
  query SourcePicker($text: String!) {
    search(text: $text, types: [SOURCE], first: 10) {
      title
      node {
        id
        ... on Source {
          publisherName
          publishedOn
        }
      }
    }
  }
`);

const CreateSource = graphql(`
  mutation CreateSourceForm($input: CreateSourceInput!) {
    createSource(input: $input) {
      source {
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

const CiteSource = graphql(`
  mutation CiteSourceForm($input: CiteSourceInput!) {
    citeSource(input: $input) {
      citation {
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

const ReportFigure = graphql(`
  mutation ReportFigureForm($input: ReportFigureInput!) {
    reportFigure(input: $input) {
      claim {
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

const SOURCE_KINDS: SourceKind[] = ['NEWS_ARTICLE', 'OFFICIAL_DOCUMENT', 'PRESS_RELEASE', 'WEBSITE', 'INTERVIEW', 'INTERNAL_NOTE', 'OTHER'];
const QUALIFIERS: ClaimQualifier[] = ['EXACT', 'ABOUT', 'MORE_THAN', 'AT_LEAST', 'AT_MOST', 'FEWER_THAN'];
const NEW = '__new__';

type NewSource = { title: string; kind: SourceKind | null; url: string; publisherName: string; publishedOn: string };
const NO_SOURCE: NewSource = { title: '', kind: 'NEWS_ARTICLE', url: '', publisherName: '', publishedOn: '' };
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The source a citation points at: one already in the registry (by search), or a new one. */
function useSourceChoice() {
  const [picked, setPicked] = useState<{ id: string; title: string } | null>(null);
  const [creating, setCreating] = useState(false);
  const [draft, setDraft] = useState<NewSource>(NO_SOURCE);
  const create = useFormMutation(CreateSource, { payload: (d) => d.createSource });
  return {
    picked,
    creating,
    draft,
    create,
    setDraft,
    choose(source: { id: string; title: string } | null, isNew: boolean) {
      setPicked(source);
      setCreating(isNew);
    },
    /** The chosen source's ID, creating it first when new (null when refused). */
    async sourceId(): Promise<string | null> {
      if (!creating) return picked?.id ?? null;
      const { title, kind, url, publisherName, publishedOn } = draft;
      const payload = await create.submit({ input: { title: title.trim(), kind: kind as SourceKind, url: orNull(url), publisherName: orNull(publisherName), publishedOn: orNull(publishedOn) } });
      return payload?.source?.id ?? null;
    },
  };
}

function SourceFields({ choice, error }: { choice: ReturnType<typeof useSourceChoice>; error?: string }) {
  const [text, setText] = useState('');
  const settled = useDebounced(text.trim(), 200);
  const { data, loading } = useQuery(SourcePickerQuery, { variables: { text: settled }, skip: settled.length < 2 });
  const hits = (settled.length < 2 ? [] : (data?.search ?? [])).map((h) => ({
    id: h.node.id,
    title: h.title,
    detail: h.node.__typename === 'Source' ? [h.node.publisherName, formatPartialDate(h.node.publishedOn)].filter(Boolean).join(' · ') : '',
  }));
  const items = [...hits, { id: NEW, title: text.trim() ? `New source “${text.trim()}”…` : 'New source…', detail: '' }];
  const { draft, setDraft, create } = choice;
  return (
    <>
      <ComboBox
        className="field picker"
        items={items}
        inputValue={text}
        onInputChange={setText}
        onSelectionChange={(key) => {
          if (key === NEW) {
            setDraft({ ...draft, title: draft.title || text.trim() });
            choice.choose(null, true);
          } else {
            const hit = hits.find((h) => h.id === key);
            if (hit) {
              setText(hit.title);
              choice.choose({ id: hit.id, title: hit.title }, false);
            }
          }
        }}
        menuTrigger="focus"
        allowsCustomValue
        allowsEmptyCollection
        isInvalid={!!error}
      >
        <Label>Source</Label>
        <Input placeholder="Type a title or publisher…" />
        {error && <p className="field-error">{error}</p>}
        <Popover className="search-popover" placement="bottom start" isNonModal>
          <ListBox className="search-results" renderEmptyState={() => <p className="empty">{loading ? 'Searching…' : 'No source matches.'}</p>}>
            {(item: (typeof items)[number]) => (
              <ListBoxItem id={item.id} textValue={item.title} className="search-option">
                <span>{item.title}</span>
                {item.detail && <span className="hit-detail">{item.detail}</span>}
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      {choice.creating && (
        <fieldset className="field identifiers">
          <legend className="field-label">New source</legend>
          <TextInput label="Title" isRequired value={draft.title} onChange={(v) => setDraft({ ...draft, title: v })} error={create.fieldError('title')} />
          <div className="field-row">
            <SelectInput label="Kind" value={draft.kind} options={SOURCE_KINDS} onChange={(v) => setDraft({ ...draft, kind: v })} error={create.fieldError('kind')} />
            <TextInput label="Publisher" value={draft.publisherName} onChange={(v) => setDraft({ ...draft, publisherName: v })} error={create.fieldError('publisherName')} />
            <PartialDateInput label="Published" value={draft.publishedOn} onChange={(v) => setDraft({ ...draft, publishedOn: v })} error={create.fieldError('publishedOn')} />
          </div>
          <TextInput label="Link" type="url" value={draft.url} onChange={(v) => setDraft({ ...draft, url: v })} error={create.fieldError('url')} />
          <FormStatus failure={create.failure} errors={create.otherErrors(['title', 'kind', 'publisherName', 'publishedOn', 'url'])} />
        </fieldset>
      )}
    </>
  );
}

function useRefresh() {
  const client = useApolloClient();
  return async () => {
    forgetLists(client);
    await client.refetchQueries({ include: 'active' });
  };
}

function CitationForm({ recordId, done }: { recordId: string; done(): void }) {
  const choice = useSourceChoice();
  const [quote, setQuote] = useState('');
  const [locator, setLocator] = useState('');
  const cite = useFormMutation(CiteSource, { payload: (d) => d.citeSource });
  const refresh = useRefresh();
  return (
    <Form
      validationBehavior="aria"
      onSubmit={async (event) => {
        event.preventDefault();
        const sourceId = await choice.sourceId();
        if (!sourceId && !choice.creating) return void cite.submit({ input: { recordId, sourceId: '', quote: orNull(quote), locator: orNull(locator) } });
        if (!sourceId) return;
        const payload = await cite.submit({ input: { recordId, sourceId, quote: orNull(quote), locator: orNull(locator) } });
        if (payload?.citation) {
          await refresh();
          done();
        }
      }}
    >
      <SourceFields choice={choice} error={cite.fieldError('sourceId')} />
      <TextInput label="Quote" multiline value={quote} onChange={setQuote} error={cite.fieldError('quote')} description="The words of the source that support this record" />
      <TextInput label="Locator" value={locator} onChange={setLocator} error={cite.fieldError('locator')} description="Page, paragraph or timestamp" />
      <FormStatus failure={cite.failure} errors={cite.otherErrors(['sourceId', 'quote', 'locator'])} />
      <FormActions pending={cite.pending || choice.create.pending} saveLabel="Add citation" />
    </Form>
  );
}

function FigureForm({ recordId, done }: { recordId: string; done(): void }) {
  const choice = useSourceChoice();
  const [figure, setFigure] = useState({ measure: '', qualifier: 'EXACT' as ClaimQualifier | null, value: '', asOf: '', statement: '', quote: '', locator: '' });
  const set = (patch: Partial<typeof figure>) => setFigure((f) => ({ ...f, ...patch }));
  const report = useFormMutation(ReportFigure, { payload: (d) => d.reportFigure });
  const refresh = useRefresh();
  return (
    <Form
      validationBehavior="aria"
      onSubmit={async (event) => {
        event.preventDefault();
        const sourceId = choice.creating || choice.picked ? await choice.sourceId() : null;
        if (choice.creating && !sourceId) return;
        const payload = await report.submit({
          input: {
            recordId,
            measure: figure.measure.trim(),
            qualifier: figure.qualifier,
            value: Number(figure.value),
            asOf: orNull(figure.asOf),
            statement: orNull(figure.statement),
            sourceId,
            quote: sourceId ? orNull(figure.quote) : null,
            locator: sourceId ? orNull(figure.locator) : null,
          },
        });
        if (payload?.claim) {
          await refresh();
          done();
        }
      }}
    >
      <div className="field-row">
        <SelectInput label="Qualifier" value={figure.qualifier} options={QUALIFIERS} onChange={(v) => set({ qualifier: v })} error={report.fieldError('qualifier')} />
        <TextInput label="Value" isRequired type="number" value={figure.value} onChange={(v) => set({ value: v })} error={report.fieldError('value')} />
        <TextInput label="Measure" isRequired value={figure.measure} onChange={(v) => set({ measure: v })} error={report.fieldError('measure')} placeholder="participants" />
      </div>
      <div className="field-row">
        <PartialDateInput label="As of" value={figure.asOf} onChange={(v) => set({ asOf: v })} error={report.fieldError('asOf')} />
        <TextInput label="As the source words it" value={figure.statement} onChange={(v) => set({ statement: v })} error={report.fieldError('statement')} placeholder="over 200 representatives" />
      </div>
      <SourceFields choice={choice} error={report.fieldError('sourceId')} />
      {(choice.picked || choice.creating) && (
        <>
          <TextInput label="Quote" multiline value={figure.quote} onChange={(v) => set({ quote: v })} error={report.fieldError('quote')} />
          <TextInput label="Locator" value={figure.locator} onChange={(v) => set({ locator: v })} error={report.fieldError('locator')} />
        </>
      )}
      <FormStatus failure={report.failure} errors={report.otherErrors(['measure', 'qualifier', 'value', 'asOf', 'statement', 'sourceId', 'quote', 'locator'])} />
      <FormActions pending={report.pending || choice.create.pending} saveLabel="Add figure" />
    </Form>
  );
}

/** Add a citation (pick or create a source, quote, locator) or a reported figure to any record. */
export default function ProvenanceEditor({ recordId }: { recordId: string }) {
  return (
    <div className="edit-controls">
      <FormDialog label="Add a citation" title="Add a citation">
        {(close) => <CitationForm recordId={recordId} done={close} />}
      </FormDialog>
      <FormDialog label="Add a reported figure" title="Add a reported figure">
        {(close) => <FigureForm recordId={recordId} done={close} />}
      </FormDialog>
    </div>
  );
}
