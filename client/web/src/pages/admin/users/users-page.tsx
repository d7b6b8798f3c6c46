import { useApolloClient, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Form } from 'react-aria-components';
import { Link } from 'react-router';
import { useViewer } from '../../../app/session';
import { ErrorState, Skeleton } from '../../../components/states';
import { CheckboxInput, FormActions, FormDialog, FormStatus, fieldKey, formatDateTime, SelectInput, TextInput, useFormMutation } from '../../../forms';
import '../admin.css';
import { graphql } from '../../../gql';
import type { Role } from '../../../gql/graphql';
import { usePageTitle } from '../../../lib/use-page-title';
import { humanize } from '../../../lib/words';
import { AdminPage } from '../admin-page';

const ROLES: readonly Role[] = ['VIEWER', 'EDITOR', 'ADMIN'];
const ROLE_HELP: Record<Role, string> = {
  VIEWER: 'reads non-confidential records',
  EDITOR: 'also creates and changes records, sees confidential ones',
  ADMIN: 'also deletes, imports, manages users and tokens',
};

const UsersQuery = graphql(`
  query AdminUsers {
    users(first: 100) {
      totalCount
      nodes {
        id
        name
        email
        role
        disabled
        version
        createdAt
      }
    }
  }
`);

const CreateUserMutation = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        id
        name
        email
        role
        disabled
        version
        createdAt
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const UpdateUserMutation = graphql(`
  mutation AdminUpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user {
        id
        name
        role
        disabled
        version
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** Users and their roles (admins only): add a user, change a role, disable, open their tokens. */
export function Component() {
  usePageTitle('Users and tokens');
  return (
    <AdminPage>
      <Users />
    </AdminPage>
  );
}

function Users() {
  const me = useViewer();
  const { data, error, loading, refetch } = useQuery(UsersQuery);
  return (
    <div className="page">
      <div className="page-heading">
        <h1>Users and roles</h1>
        <FormDialog label="New user" title="New user" className="button primary">
          {(close) => <NewUserForm onDone={close} />}
        </FormDialog>
      </div>
      <p className="muted">
        A viewer {ROLE_HELP.VIEWER}; an editor {ROLE_HELP.EDITOR}; an admin {ROLE_HELP.ADMIN}. A disabled user's tokens are refused from the next request on.
      </p>
      {loading && !data && <Skeleton lines={6} label="Loading the users" />}
      {error && !data && <ErrorState error={error} onRetry={() => refetch()} />}
      {data && (
        <table className="table">
          <caption className="visually-hidden">Users ({data.users.totalCount})</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">E-mail</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Since</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.users.nodes.map((u) => (
              <tr key={u.id}>
                <th scope="row">{u.name}</th>
                <td>{u.email}</td>
                <td>{humanize(u.role)}</td>
                <td>{u.disabled ? <span className="badge danger">disabled</span> : <span className="badge ok">active</span>}</td>
                <td>{formatDateTime(u.createdAt)}</td>
                <td className="edit-controls">
                  <Link to={`/admin/users/${encodeURIComponent(u.id)}/tokens`} aria-label={`Tokens of ${u.name}`}>
                    Tokens
                  </Link>
                  {u.id !== me.id && (
                    <FormDialog label={
                        <>
                          Change<span className="visually-hidden"> {u.name}</span>
                        </>
                      } title={`Change ${u.name}`} className="link-button">
                      {(close) => <EditUserForm user={u} onDone={close} />}
                    </FormDialog>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function NewUserForm({ onDone }: { onDone(): void }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role | null>('VIEWER');
  const client = useApolloClient();
  const mutation = useFormMutation(CreateUserMutation, { payload: (d) => d.createUser });
  async function save(event: FormEvent) {
    event.preventDefault();
    const done = await mutation.submit({ input: { name, email, role: role ?? 'VIEWER' } });
    if (!done) return;
    await client.refetchQueries({ include: [UsersQuery] });
    onDone();
  }
  return (
    <Form onSubmit={save} className="edit-form">
      <TextInput label="Name" value={name} onChange={setName} error={mutation.fieldError('name')} isRequired autoFocus />
      <TextInput label="E-mail" value={email} onChange={setEmail} error={mutation.fieldError('email')} isRequired />
      <SelectInput<Role> label="Role" value={role} options={ROLES} onChange={setRole} error={mutation.fieldError('role')} describe={(r) => `${humanize(r)} — ${ROLE_HELP[r]}`} isRequired />
      <p className="field-hint">Then give them a token from their Tokens page; they sign in with it.</p>
      <FormStatus failure={mutation.failure} errors={mutation.otherErrors(['name', 'email', 'role'])} />
      <FormActions pending={mutation.pending} saveLabel="Add user" />
    </Form>
  );
}

type EditableUser = { id: string; name: string; role: Role; disabled: boolean; version: number };

function EditUserForm({ user, onDone }: { user: EditableUser; onDone(): void }) {
  const [role, setRole] = useState<Role | null>(user.role);
  const [disabled, setDisabled] = useState(user.disabled);
  const mutation = useFormMutation(UpdateUserMutation, { payload: (d) => d.updateUser });
  async function save(event: FormEvent) {
    event.preventDefault();
    const done = await mutation.submit({ input: { id: user.id, version: user.version, role: role ?? user.role, disabled } });
    if (done) onDone();
  }
  return (
    <Form onSubmit={save} className="edit-form">
      <SelectInput<Role> label="Role" value={role} options={ROLES} onChange={setRole} error={mutation.fieldError('role')} describe={(r) => `${humanize(r)} — ${ROLE_HELP[r]}`} />
      <CheckboxInput label="Disabled (all of their tokens are refused)" value={disabled} onChange={setDisabled} />
      {/* A stale version (someone changed the user meanwhile) is listed here too: nothing is overwritten. */}
      <FormStatus failure={mutation.failure} errors={mutation.errors.filter((e) => !['role', 'disabled'].includes(fieldKey(e.field)))} />
      <FormActions pending={mutation.pending} />
    </Form>
  );
}
