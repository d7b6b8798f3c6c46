import { useState } from 'react';
import { useNavigate } from 'react-router';
import { EditPage, LeaveGuard, useFormMutation } from '../../../forms';
import { graphql } from '../../../gql';
import { recordPath } from '../../../lib/routes';
import { usePageTitle } from '../../../lib/use-page-title';
import { EMPTY_PERSON, PersonForm, personInput } from '../person-form';

const CreatePerson = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      person {
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

/** /people/new — add a person (then give them posts on their page). */
export function Component() {
  usePageTitle('New person');
  return (
    <EditPage>
      <NewPerson />
    </EditPage>
  );
}

function NewPerson() {
  const navigate = useNavigate();
  const [values, setValues] = useState(EMPTY_PERSON);
  const [saved, setSaved] = useState(false);
  const mutation = useFormMutation(CreatePerson, { payload: (d) => d.createPerson });
  async function submit() {
    const done = (await mutation.submit({ input: personInput(values) })) as { person?: { id: string } | null } | null;
    if (!done?.person) return;
    setSaved(true);
    setTimeout(() => navigate(recordPath('Person', done.person!.id) ?? '/'));
  }
  return (
    <div className="page">
      <LeaveGuard when={!saved && JSON.stringify(values) !== JSON.stringify(EMPTY_PERSON)} />
      <h1>New person</h1>
      <PersonForm values={values} onChange={setValues} mutation={mutation} onSubmit={submit} onCancel={() => navigate(-1)} saveLabel="Add person" />
    </div>
  );
}
