import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dayFromToday,
  expectAccessible,
  screenshot,
  signIn,
  startAdminFixture,
  type AdminFixture,
} from './admin-fixture.ts';

const CREATE_AND_CONVENE = `
  mutation ($input: CreateMeetingInput!) {
    createMeeting(input: $input) { __typename ... on MutationCreateMeetingSuccess { meeting { id code } } ... on Error { message } }
  }`;
const CONVENE = `mutation ($id: ID!) { conveneMeeting(id: $id) { __typename ... on Error { message } } }`;

const ORGANISATION = {
  name: 'Cluster Munition Survey Network',
  acronym: 'CMSN',
  contact: 'Amina Diallo',
  email: 'amina.diallo@cmsn.example.org',
};
const LABEL = `${ORGANISATION.name} (${ORGANISATION.acronym})`;

/** The decision buttons offered on the organisation's application, in the order shown. */
async function decisionButtons(page: Page): Promise<string[]> {
  const group = page.getByRole('group', { name: `Decisions on ${LABEL}` });
  if ((await group.count()) === 0) return [];
  return (await group.getByRole('button').allTextContents()).map((text) => text.trim());
}

function applicationRow(page: Page) {
  return page.getByRole('row').filter({ hasText: ORGANISATION.email });
}

// An organisation applies without an account; the secretariat provisionally invites it, then the meeting approves it.
describe('observer applications (rule 1.3) in the admin app', () => {
  let fixture: AdminFixture;
  let meeting: { id: string; code: string };

  beforeAll(async () => {
    fixture = await startAdminFixture();
    const created = await fixture.graphql<{ createMeeting: { meeting: { id: string; code: string } } }>(
      'secretariat',
      CREATE_AND_CONVENE,
      {
        input: {
          conventionCode: 'CCM',
          kind: 'MEETING_OF_STATES_PARTIES',
          number: 22,
          opensOn: dayFromToday(120),
          closesOn: dayFromToday(123),
          venue: 'Palais des Nations',
          city: 'Geneva',
          timeZone: 'Europe/Zurich',
          symbolPrefix: 'CCM/MSP/2028',
        },
      },
    );
    meeting = created.createMeeting.meeting;
    await fixture.graphql('secretariat', CONVENE, { id: meeting.id });
  });

  afterAll(async () => {
    await fixture?.close();
  });

  it('lets an organisation apply on the public page without an account, naming what to correct', async () => {
    const page = await fixture.newPage();
    await page.goto(`/apply/${meeting.code}`);
    await page.getByRole('heading', { name: 'Apply to observe the Twenty-second Meeting of States Parties' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Sign in' }).count()).toBe(0);
    await expectAccessible(page, 'public application');

    await page.getByLabel('Organisation name').fill(ORGANISATION.name);
    await page.getByLabel('Acronym').fill(ORGANISATION.acronym);
    await page.getByLabel('Kind of organisation').selectOption('NGO');
    await page.getByLabel('Contact person').fill(ORGANISATION.contact);
    await page.getByLabel('Contact e-mail address').fill(ORGANISATION.email);
    // Blank to the API, though not to the browser's own `required` check.
    await page.getByLabel('Why the organisation asks to observe').fill('   ');
    await page.getByRole('button', { name: 'Apply to observe' }).click();
    await page.getByText('The motivation', { exact: false }).first().waitFor();
    expect(await page.getByLabel('Why the organisation asks to observe').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Organisation name').inputValue()).toBe(ORGANISATION.name);

    await page
      .getByLabel('Why the organisation asks to observe')
      .fill('We survey land contaminated by cluster munition remnants in the Sahel and assist victims.');
    await page.getByRole('button', { name: 'Apply to observe' }).click();
    await page.getByRole('status').filter({ hasText: 'your application was received' }).waitFor();
    expect(await page.getByRole('status').textContent()).toContain(ORGANISATION.email);
    await screenshot(page, 'public-observer-application');
    await page.close();
  });

  it('lets the secretariat provisionally invite, then approve, offering only the decisions the workflow allows', async () => {
    const page = await fixture.newPage();
    await signIn(page, 'secretariat');
    await page.goto(`/meetings/${meeting.id}`);
    await page.getByRole('link', { name: 'Observer applications' }).click();
    await page.getByRole('heading', { name: 'Observer applications (rule 1.3)' }).waitFor();
    await applicationRow(page).waitFor();
    expect(await applicationRow(page).textContent()).toContain('Requested');
    await expectAccessible(page, 'observer applications');

    // REQUESTED: the meeting cannot approve an organisation not provisionally invited first.
    expect(await decisionButtons(page)).toEqual(['Provisionally invite', 'Reject']);
    expect(await page.getByRole('button', { name: 'Reject' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Provisionally invite' }).click();
    await expect.poll(() => decisionButtons(page)).toEqual(['Approve', 'Reject']);

    await page.getByLabel(`Decision note for ${LABEL}`).fill('Approved by the meeting at its first plenary.');
    await page.getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => decisionButtons(page)).toEqual([]);
    const row = applicationRow(page);
    await expect.poll(() => row.textContent()).toContain('Decided');
    const history = (await row.getByRole('listitem').allTextContents()).map((step) => step.split(',')[0]);
    expect(history).toEqual(['Requested', 'Provisionally invited', 'Approved']);
    expect(await row.textContent()).toContain('Approved by the meeting at its first plenary.');
    await screenshot(page, 'secretariat-observer-applications');

    // The approved organisation now counts among those invited.
    await page.getByRole('link', { name: meeting.code }).click();
    const onRequest = page
      .getByRole('table', { name: 'Invited by capacity' })
      .getByRole('row', { name: /Organisation on request/ });
    await expect.poll(() => onRequest.getByRole('cell').textContent()).toBe('1');
    await page.close();
  });
});
