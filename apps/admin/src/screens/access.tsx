import {
  AdminApiKeysDocument,
  AdminCreateApiKeyDocument,
  AdminCreateUserDocument,
  AdminRevokeApiKeyDocument,
  AdminUpdateUserDocument,
  AdminUsersDocument,
  type CreateApiKeyInput,
  type CreateUserInput,
  type UserRole,
} from '@plenary/sdk';
import { USER_ROLES } from '@plenary/domain/enums';
import { createApiKeyInputSchema, createUserInputSchema } from '@plenary/domain/inputs/access-input';
import { inputIssues } from '@plenary/domain/inputs/parse-input';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { DataTable } from '../components/data-table.tsx';
import { FormProblem, SelectField, TextField } from '../components/field.tsx';
import { QueryView } from '../components/status.tsx';
import { issuesAt, successOf } from '../lib/action.ts';
import { fetchAll } from '../lib/fetch-all.ts';
import { optional } from '../lib/form-values.ts';
import { formatDateTime, humanise } from '../lib/format.ts';
import { useAction } from '../lib/use-action.ts';
import { useClient, useSignedInUser } from '../session.tsx';

function CreateUserForm() {
  const client = useClient();
  const [values, setValues] = useState({ name: '', email: '', password: '', role: 'SECRETARIAT', stateIso3: '' });
  const create = useAction(
    async (input: CreateUserInput) => successOf((await client.request(AdminCreateUserDocument, { input })).createUser),
    {
      validate: (input) => inputIssues({ schema: createUserInputSchema, input }),
      invalidate: [['users']],
      onSuccess: () => setValues({ name: '', email: '', password: '', role: 'SECRETARIAT', stateIso3: '' }),
    },
  );
  const problem = create.problem;
  const field = (name: keyof typeof values) => ({
    value: values[name],
    onChange: (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [name]: event.target.value })),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.run({
      name: values.name.trim(),
      email: values.email.trim(),
      password: values.password,
      role: values.role as UserRole,
      stateIso3: optional(values.stateIso3.toUpperCase()),
    });
  };
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="create-user-title">
      <h3 id="create-user-title">Add a user</h3>
      <FormProblem problem={problem} shownPaths={['name', 'email', 'password', 'role', 'stateIso3']} />
      <div className="form-grid">
        <TextField label="Name" autoComplete="off" {...field('name')} errors={issuesAt(problem, 'name')} />
        <TextField
          label="E-mail address"
          type="email"
          autoComplete="off"
          {...field('email')}
          errors={issuesAt(problem, 'email')}
        />
        <TextField
          label="Initial password"
          type="password"
          autoComplete="new-password"
          {...field('password')}
          hint="At least 12 characters."
          errors={issuesAt(problem, 'password')}
        />
        <SelectField
          label="Role"
          {...field('role')}
          options={USER_ROLES.map((role) => ({ value: role, label: humanise(role) }))}
          errors={issuesAt(problem, 'role')}
        />
        <TextField
          label="State (for a STATE user)"
          {...field('stateIso3')}
          hint="Three-letter code, e.g. NOR."
          errors={issuesAt(problem, 'stateIso3')}
        />
      </div>
      <button type="submit" disabled={create.pending}>
        Add the user
      </button>
      {create.succeeded && (
        <p role="status" className="notice notice-success">
          User added.
        </p>
      )}
    </form>
  );
}

function Users() {
  const client = useClient();
  const me = useSignedInUser();
  const users = useQuery({
    queryKey: ['users'],
    queryFn: () => fetchAll(client, AdminUsersDocument, {}, (data) => data.users),
  });
  const toggle = useAction(
    async ({ id, active }: { id: string; active: boolean }) =>
      successOf((await client.request(AdminUpdateUserDocument, { id, input: { active } })).updateUser),
    {
      invalidate: [['users']],
    },
  );
  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">Users</h2>
      <FormProblem problem={toggle.problem} />
      <QueryView query={users}>
        {(rows) => (
          <DataTable
            title="Users"
            captionHidden
            rows={rows}
            rowKey={(user) => user.id}
            columns={[
              { key: 'name', header: 'Name', value: (user) => user.name },
              { key: 'email', header: 'E-mail', value: (user) => user.email },
              {
                key: 'role',
                header: 'Role',
                value: (user) => humanise(user.role) + (user.state ? ` (${user.state.iso3})` : ''),
              },
              { key: 'active', header: 'May sign in', value: (user) => (user.active ? 'Yes' : 'No') },
              {
                key: 'lastSignInAt',
                header: 'Last signed in',
                value: (user) => user.lastSignInAt,
                render: (user) => formatDateTime(user.lastSignInAt) || 'Never',
              },
              {
                key: 'change',
                header: 'Change',
                value: () => '',
                render: (user) =>
                  user.id === me.id ? (
                    'You'
                  ) : (
                    <button
                      type="button"
                      className="button-secondary"
                      disabled={toggle.pending}
                      onClick={() => toggle.run({ id: user.id, active: !user.active })}
                    >
                      {user.active ? 'Deactivate' : 'Reactivate'}
                      <span className="visually-hidden"> {user.email}</span>
                    </button>
                  ),
              },
            ]}
          />
        )}
      </QueryView>
      <CreateUserForm />
    </section>
  );
}

function CreateKeyForm() {
  const client = useClient();
  const [name, setName] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const create = useAction(
    async (input: CreateApiKeyInput) =>
      successOf((await client.request(AdminCreateApiKeyDocument, { input })).createApiKey),
    {
      validate: (input) =>
        inputIssues({
          schema: createApiKeyInputSchema({ now: new Date() }),
          input: { ...input, expiresAt: input.expiresAt ? new Date(input.expiresAt) : undefined },
        }),
      invalidate: [['apiKeys']],
      onSuccess: () => setName(''),
    },
  );
  const problem = create.problem;
  return (
    <form
      className="card"
      noValidate
      aria-labelledby="create-key-title"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        // A key expires at the end of the day chosen.
        create.run({
          name: name.trim(),
          scopes: ['READ_PUBLIC'],
          ...(expiresOn && { expiresAt: `${expiresOn}T23:59:59Z` }),
        });
      }}
    >
      <h3 id="create-key-title">Issue an API key</h3>
      <FormProblem problem={problem} shownPaths={['name', 'expiresAt']} />
      <div className="form-grid">
        <TextField
          label="Whom the key is for"
          value={name}
          onChange={(event) => setName(event.target.value)}
          hint='E.g. "ICBL-CMC monitor".'
          errors={issuesAt(problem, 'name')}
        />
        <TextField
          label="Expires on (optional)"
          type="date"
          value={expiresOn}
          onChange={(event) => setExpiresOn(event.target.value)}
          errors={issuesAt(problem, 'expiresAt')}
        />
      </div>
      <p className="hint">Scope: read public data only.</p>
      <button type="submit" disabled={create.pending}>
        Issue the key
      </button>
      {create.result && (
        <div className="notice notice-success secret" role="status">
          <p>
            <strong>Copy the key now: it is shown only this once.</strong>
          </p>
          <p>
            <code data-testid="new-api-key">{create.result.key}</code>
          </p>
          <button
            type="button"
            className="button-secondary"
            onClick={() => void navigator.clipboard?.writeText(create.result?.key ?? '')}
          >
            Copy the key
          </button>
        </div>
      )}
    </form>
  );
}

function ApiKeys() {
  const client = useClient();
  const keys = useQuery({
    queryKey: ['apiKeys'],
    queryFn: () => fetchAll(client, AdminApiKeysDocument, {}, (data) => data.apiKeys),
  });
  const revoke = useAction(
    async (id: string) => successOf((await client.request(AdminRevokeApiKeyDocument, { id })).revokeApiKey),
    { invalidate: [['apiKeys']] },
  );
  return (
    <section aria-labelledby="keys-title">
      <h2 id="keys-title">API keys</h2>
      <FormProblem problem={revoke.problem} />
      <QueryView query={keys}>
        {(rows) => (
          <DataTable
            title="API keys"
            captionHidden
            rows={rows}
            rowKey={(key) => key.id}
            empty="No API key has been issued."
            columns={[
              { key: 'name', header: 'For', value: (key) => key.name },
              { key: 'prefix', header: 'Key starts', value: (key) => `plk_${key.prefix}_…` },
              { key: 'status', header: 'Status', value: (key) => humanise(key.status) },
              {
                key: 'createdAt',
                header: 'Issued',
                value: (key) => key.createdAt,
                render: (key) => formatDateTime(key.createdAt),
              },
              {
                key: 'expiresAt',
                header: 'Expires',
                value: (key) => key.expiresAt,
                render: (key) => formatDateTime(key.expiresAt) || 'Never',
              },
              {
                key: 'lastUsedAt',
                header: 'Last used',
                value: (key) => key.lastUsedAt,
                render: (key) => formatDateTime(key.lastUsedAt) || 'Never',
              },
              {
                key: 'revoke',
                header: 'Revoke',
                value: () => '',
                render: (key) =>
                  key.status === 'ACTIVE' ? (
                    <button
                      type="button"
                      className="button-danger"
                      disabled={revoke.pending}
                      onClick={() => {
                        if (window.confirm(`Revoke the key for ${key.name}? It stops working at once.`))
                          revoke.run(key.id);
                      }}
                    >
                      Revoke<span className="visually-hidden"> the key for {key.name}</span>
                    </button>
                  ) : (
                    formatDateTime(key.revokedAt)
                  ),
              },
            ]}
          />
        )}
      </QueryView>
      <CreateKeyForm />
    </section>
  );
}

export function AccessScreen() {
  const user = useSignedInUser();
  if (user.role !== 'ADMIN') {
    return (
      <>
        <h1>Users and API keys</h1>
        <p className="notice notice-error" role="alert">
          Only administrators manage users and API keys. Ask an administrator if you need access.
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Users and API keys</h1>
      <Users />
      <ApiKeys />
    </>
  );
}
