import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dayFromToday,
  expectAccessible,
  openScreen,
  screenshot,
  signIn,
  startAdminFixture,
  type AdminFixture,
} from './admin-fixture.ts';

const CREATE_AND_CONVENE = `
  mutation ($input: CreateMeetingInput!) {
    createMeeting(input: $input) { __typename ... on MutationCreateMeetingSuccess { meeting { id version } } ... on Error { message } }
  }`;
const CONVENE = `mutation ($id: ID!) { conveneMeeting(id: $id) { __typename ... on Error { message } } }`;
const INVITATION_OF = `
  query ($id: ID!) {
    meeting(id: $id) { invitations(first: 100, filter: { capacity: STATE_PARTY }) { edges { node { id participant { ... on State { iso3 } } } } } }
  }`;
const SUBMIT = `
  mutation ($invitationId: ID!, $input: DelegationInput!) {
    submitDelegation(invitationId: $invitationId, input: $input) { __typename ... on Error { message } }
  }`;

describe('what each role may do in the admin app', () => {
  let fixture: AdminFixture;
  let page: Page;
  let meetingId: string;

  beforeAll(async () => {
    fixture = await startAdminFixture();
    page = await fixture.newPage();
    // A convened meeting where France's delegation is registered already (by the secretariat, through the API).
    const created = await fixture.graphql<{ createMeeting: { meeting: { id: string } } }>(
      'secretariat',
      CREATE_AND_CONVENE,
      {
        input: {
          conventionCode: 'CCM',
          kind: 'MEETING_OF_STATES_PARTIES',
          number: 21,
          opensOn: dayFromToday(90),
          closesOn: dayFromToday(93),
          delegationDeadline: dayFromToday(60),
          venue: 'Palais des Nations',
          city: 'Geneva',
          timeZone: 'Europe/Zurich',
          symbolPrefix: 'CCM/MSP/2027',
        },
      },
    );
    meetingId = created.createMeeting.meeting.id;
    await fixture.graphql('secretariat', CONVENE, { id: meetingId });
    const invitations = await fixture.graphql<{
      meeting: { invitations: { edges: { node: { id: string; participant: { iso3?: string } } }[] } };
    }>('secretariat', INVITATION_OF, { id: meetingId });
    const france = invitations.meeting.invitations.edges.find((edge) => edge.node.participant.iso3 === 'FRA');
    await fixture.graphql('secretariat', SUBMIT, {
      invitationId: france?.node.id,
      input: { members: [{ role: 'HEAD', givenName: 'Marianne', familyName: 'Dupont', title: 'Ambassadrice' }] },
    });
  });

  afterAll(async () => {
    await fixture?.close();
  });

  it("lets a State's focal point see and change only its own State's delegation", async () => {
    await signIn(page, 'norway');
    expect(await page.locator('.role-badge').textContent()).toBe('State · NOR');
    expect(
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users and API keys' }).count(),
    ).toBe(0);
    await page.goto(`/meetings/${encodeURIComponent(meetingId)}`);
    await page.getByRole('heading', { name: 'Your delegation' }).waitFor();
    // No secretariat actions, no invitations list, and nothing of France's delegation.
    expect(await page.getByRole('heading', { name: 'Actions' }).count()).toBe(0);
    expect(await page.getByText('Dupont').count()).toBe(0);
    expect(await page.getByText('France').count()).toBe(0);

    await page.getByRole('button', { name: 'Record a delegation' }).click();
    const participants = await page.getByLabel('Participant', { exact: true }).locator('option').allTextContents();
    expect(participants).toEqual(['Norway — State party']);
    await page.getByLabel('Given name').fill('Ola');
    await page.getByLabel('Family name').fill('Nordmann');
    await page.getByRole('button', { name: 'Record the delegation' }).click();
    const row = page.getByRole('row', { name: /Ola Nordmann/ });
    await row.waitFor();
    expect(await row.locator('.badge').textContent()).toBe('On time');
    expect(await page.getByRole('region', { name: 'Delegations to 21MSP' }).getByRole('row').count()).toBe(2);
    await expectAccessible(page, 'meeting as a focal point');
    await screenshot(page, 'state-own-delegation');

    await page.getByRole('button', { name: 'Amend the delegation of Norway' }).click();
    await page.getByRole('button', { name: 'Add a member' }).click();
    await page.getByRole('group', { name: 'Member 2' }).getByLabel('Given name').fill('Kari');
    await page.getByRole('group', { name: 'Member 2' }).getByLabel('Family name').fill('Hansen');
    await page.getByRole('group', { name: 'Member 2' }).getByLabel('Role').selectOption('HEAD');
    await page.getByRole('button', { name: 'Save the delegation' }).click();
    // Two heads: the API's ValidationError is shown on the form, and nothing changes.
    await page.getByRole('form', { name: 'Amend the delegation' }).getByRole('alert').waitFor();
    await expectAccessible(page, 'delegation form with errors');
    await screenshot(page, 'state-delegation-errors');
    await page.getByRole('group', { name: 'Member 2' }).getByLabel('Role').selectOption('ADVISER');
    await page.getByRole('button', { name: 'Save the delegation' }).click();
    await expect.poll(() => row.textContent()).toMatch(/Ola Nordmann.*2/);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  });

  it('lets an administrator issue an API key, shown once, and revoke it', async () => {
    await signIn(page, 'admin');
    await openScreen(page, 'Users and API keys');
    await page.getByRole('heading', { name: 'API keys', exact: true }).waitFor();
    await page
      .getByRole('region', { name: 'Users' })
      .getByRole('row', { name: /focal.point.nor@plenary.test/ })
      .waitFor();
    await expectAccessible(page, 'users and API keys');

    await page.getByLabel('Whom the key is for').fill('ICBL-CMC monitor');
    await page.getByRole('button', { name: 'Issue the key' }).click();
    const key = await page.getByTestId('new-api-key').textContent();
    // The secret is all after the prefix; it may itself hold underscores, so it is not split on them.
    const secret = /^plk_[A-Za-z0-9]+_([A-Za-z0-9_-]+)$/.exec(key ?? '')?.[1];
    expect(secret).toBeDefined();
    const keyRow = page.getByRole('region', { name: 'API keys' }).getByRole('row', { name: /ICBL-CMC monitor/ });
    await keyRow.waitFor();
    expect(await keyRow.textContent()).not.toContain(secret);
    const headers = await page.getByRole('region', { name: 'API keys' }).getByRole('columnheader').allTextContents();
    const lastUsed = () =>
      keyRow
        .getByRole('cell')
        .nth(headers.findIndex((header) => header.includes('Last used')))
        .textContent();
    expect(await lastUsed()).toBe('Never');
    await screenshot(page, 'admin-api-key-created');

    const health = await fetch(`${fixture.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key ?? '' },
      body: JSON.stringify({ query: '{ meetings(first: 1) { totalCount } }' }),
    });
    expect(health.status).toBe(200);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Revoke the key for ICBL-CMC monitor' }).click();
    await expect.poll(() => keyRow.textContent()).toContain('Revoked');
    // The list read again after the revocation shows the key's use.
    expect(await lastUsed()).not.toBe('Never');
    const refused = await fetch(`${fixture.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key ?? '' },
      body: JSON.stringify({ query: '{ meetings(first: 1) { totalCount } }' }),
    });
    expect(refused.status).toBe(401);

    await page.getByLabel('Name', { exact: true }).fill('New Officer');
    await page.getByLabel('E-mail address').fill('not-an-address');
    await page.getByLabel('Initial password').fill('short');
    await page.getByRole('button', { name: 'Add the user' }).click();
    await page.getByText('The password must be at least 12 characters long.').waitFor();
    await page.getByText('The e-mail address is not valid; write it like name@example.org.').waitFor();
    await expectAccessible(page, 'add user with errors');
    await screenshot(page, 'admin-users-errors');
  });

  it('keeps working when the API fails, and shows an unknown page as such', async () => {
    await page.route('**/graphql', (route) =>
      route.fulfill({ status: 503, contentType: 'text/plain', body: 'unavailable' }),
    );
    await page.goto('/states');
    await page.getByText('The server answered with an error (HTTP 503).').waitFor();
    await page.getByRole('button', { name: 'Try again' }).first().waitFor();
    await screenshot(page, 'api-unavailable');
    await page.unroute('**/graphql');
    await page.goto('/no-such-screen');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await expectAccessible(page, 'not found');
  });
});
