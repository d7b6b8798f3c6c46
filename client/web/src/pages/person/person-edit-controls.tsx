import { useApolloClient, useQuery } from '@apollo/client/react';
import { type FormEvent, useRef, useState } from 'react';
import { Form } from 'react-aria-components';
import { InstitutionPicker } from '../../components/pickers/institution-picker';
import { CheckboxInput, ConflictNotice, compareValues, mergeValues, EditOnly, FormActions, FormDialog, FormStatus, PartialDateInput, SelectInput, TextInput, useFormMutation } from '../../forms';
import { graphql } from '../../gql';
import { type PersonValues, PersonForm, personInput } from './person-form';

const UpdatePerson = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      person {
        id
        version
        name
        honorific
        aliases
        country
        countryName
        description
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const InstitutionPosts = graphql(`
  query InstitutionPosts($id: ID!) {
    institution(id: $id) {
      id
      posts {
        id
        title
      }
    }
  }
`);

const CreatePost = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      post {
        id
        title
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const CreateTenure = graphql(`
  mutation CreateTenure($input: CreateTenureInput!) {
    createTenure(input: $input) {
      tenure {
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

type PersonRef = { id: string; version: number; name: string; honorific?: string | null; aliases: readonly string[]; country?: string | null; description?: string | null };

const valuesOf = (p: PersonRef): PersonValues => ({ name: p.name, honorific: p.honorific ?? '', aliases: [...p.aliases], country: p.country ?? '', description: p.description ?? '' });
const LABELS = { name: 'Name', honorific: 'Honorific', aliases: 'Other spellings', country: 'Country', description: 'Description' };

/** Edit a person and record a post they hold or held (editors only). */
export function PersonActions({ person, onChanged }: { person: PersonRef; onChanged(): void }) {
  return (
    <EditOnly>
      <div className="edit-controls">
        <FormDialog label="Edit" title={`Edit ${person.name}`}>
          {(close) => (
            <EditPersonForm
              person={person}
              onDone={() => {
                close();
                onChanged();
              }}
            />
          )}
        </FormDialog>
        <FormDialog label="Add a post" title={`A post held by ${person.name}`}>
          {(close) => (
            <TenureForm
              personId={person.id}
              onDone={() => {
                close();
                onChanged();
              }}
            />
          )}
        </FormDialog>
      </div>
    </EditOnly>
  );
}

// The person as it is now, outside the cache (the Compare of the conflict notice).
const CurrentPerson = graphql(`
  query CurrentPerson($id: ID!) {
    node(id: $id) {
      id
      ... on Person {
        version
        name
        honorific
        aliases
        country
        description
      }
    }
  }
`);

function EditPersonForm({ person, onDone }: { person: PersonRef; onDone(): void }) {
  const client = useApolloClient();
  const [values, setValues] = useState(() => valuesOf(person));
  const [version, setVersion] = useState(person.version);
  const compared = useRef<PersonValues | null>(null);
  const mutation = useFormMutation(UpdatePerson, { payload: (d) => d.updatePerson, recordId: person.id });
  async function submit(withValues = values, withVersion = version) {
    if (await mutation.submit({ input: { id: person.id, version: withVersion, ...personInput(withValues) } })) onDone();
  }
  return (
    <PersonForm
      values={values}
      onChange={setValues}
      mutation={mutation}
      onSubmit={() => submit()}
      saveLabel="Save"
      top={
        mutation.conflict && (
          <ConflictNotice
            conflict={mutation.conflict}
            onReload={() => window.location.reload()}
            onCompare={async () => {
              const { data } = await client.query({ query: CurrentPerson, variables: { id: person.id }, fetchPolicy: 'no-cache' });
              const current = data?.node?.__typename === 'Person' ? valuesOf({ ...data.node, id: person.id } as PersonRef) : valuesOf(person);
              compared.current = current;
              return compareValues(values, current, LABELS);
            }}
            onOverwrite={(current, takeCurrent) => {
              const merged = compared.current ? mergeValues(values, compared.current, takeCurrent) : values;
              setValues(merged);
              setVersion(current);
              void submit(merged, current);
            }}
          />
        )
      }
    />
  );
}

const NEW_POST = 'new';

/** A tenure: a post at an institution (an existing one, or a new post created first), with dates. */
function TenureForm({ personId, onDone }: { personId: string; onDone(): void }) {
  const [institution, setInstitution] = useState<{ id: string; name: string } | null>(null);
  const [postId, setPostId] = useState<string | null>(null);
  const [postTitle, setPostTitle] = useState('');
  const [isHead, setIsHead] = useState(false);
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [acting, setActing] = useState(false);
  const { data } = useQuery(InstitutionPosts, { variables: { id: institution?.id ?? '' }, skip: !institution });
  const posts = data?.institution.posts ?? [];
  const post = useFormMutation(CreatePost, { payload: (d) => d.createPost });
  const tenure = useFormMutation(CreateTenure, { payload: (d) => d.createTenure });
  async function submit(e: FormEvent) {
    e.preventDefault();
    let id = postId === NEW_POST || !postId ? null : postId;
    if (!id && institution) {
      const created = (await post.submit({ input: { institutionId: institution.id, title: postTitle, isHead } })) as { post?: { id: string } | null } | null;
      if (!created?.post) return;
      id = created.post.id;
      setPostId(id);
    }
    const done = await tenure.submit({ input: { personId, postId: id ?? '', startDate: startDate.trim() || null, endDate: endDate.trim() || null, acting } });
    if (done) onDone();
  }
  const creatingPost = !!institution && (postId === NEW_POST || posts.length === 0);
  return (
    <Form onSubmit={submit} className="edit-form">
      <InstitutionPicker label="Institution" selectedId={institution?.id ?? null} onChange={(i) => {
          setInstitution(i);
          setPostId(null);
        }} isRequired error={post.fieldError('institutionId')} />
      {institution && posts.length > 0 && (
        <SelectInput<string>
          label="Post"
          value={postId}
          options={[...posts.map((p) => p.id), NEW_POST]}
          describe={(id) => (id === NEW_POST ? 'A new post…' : (posts.find((p) => p.id === id)?.title ?? id))}
          onChange={setPostId}
          error={tenure.fieldError('postId')}
          isRequired
        />
      )}
      {creatingPost && (
        <div className="field-row">
          <TextInput label="Title of the new post" value={postTitle} onChange={setPostTitle} error={post.fieldError('title')} isRequired placeholder="e.g. Commissioner for Human Rights" />
          <CheckboxInput label="Head of the institution" value={isHead} onChange={setIsHead} />
        </div>
      )}
      <div className="field-row">
        <PartialDateInput label="From" value={startDate} onChange={setStartDate} error={tenure.fieldError('startDate')} />
        <PartialDateInput label="Until" value={endDate} onChange={setEndDate} error={tenure.fieldError('endDate')} description="Blank while in office" />
      </div>
      <CheckboxInput label="Acting or interim" value={acting} onChange={setActing} />
      <FormStatus failure={post.failure ?? tenure.failure} errors={[...post.otherErrors(['title', 'institutionId']), ...tenure.otherErrors(['postId', 'startDate', 'endDate'])]} />
      <FormActions pending={post.pending || tenure.pending} saveLabel="Add the post" />
    </Form>
  );
}
