import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayFromToday, signIn, startAdminFixture, type AdminFixture } from './admin-fixture.ts';

const CREATE = `
  mutation ($input: CreateMeetingInput!) {
    createMeeting(input: $input) { __typename ... on MutationCreateMeetingSuccess { meeting { id } } ... on Error { message } }
  }`;
const CONVENE = `mutation ($id: ID!) { conveneMeeting(id: $id) { __typename ... on Error { message } } }`;

describe('changing a meeting’s status in the admin app', () => {
  let fixture: AdminFixture;
  let page: Page;
  let meetingId: string;

  beforeAll(async () => {
    fixture = await startAdminFixture();
    page = await fixture.newPage();
    const created = await fixture.graphql<{ createMeeting: { meeting: { id: string } } }>('secretariat', CREATE, {
      input: {
        conventionCode: 'CCM',
        kind: 'MEETING_OF_STATES_PARTIES',
        number: 22,
        opensOn: dayFromToday(90),
        closesOn: dayFromToday(93),
        delegationDeadline: dayFromToday(60),
        venue: 'Palais des Nations',
        city: 'Geneva',
        timeZone: 'Europe/Zurich',
        symbolPrefix: 'CCM/MSP/2028',
      },
    });
    meetingId = created.createMeeting.meeting.id;
    await fixture.graphql('secretariat', CONVENE, { id: meetingId });
  });

  afterAll(async () => {
    await fixture?.close();
  });

  const offered = () => page.getByLabel('New status').locator('option').allTextContents();

  it('offers only the moves the meeting workflow allows from the current status, until the meeting is closed', async () => {
    await signIn(page, 'secretariat');
    await page.goto(`/meetings/${encodeURIComponent(meetingId)}`);
    await expect.poll(() => page.getByTestId('meeting-status').textContent()).toBe('Convened');
    expect(await offered()).toEqual(['In session', 'Cancelled']);

    await page.getByRole('button', { name: 'Change status' }).click();
    await expect.poll(() => page.getByTestId('meeting-status').textContent()).toBe('In session');
    await expect.poll(offered).toEqual(['Closed']);

    await page.getByRole('button', { name: 'Change status' }).click();
    await expect.poll(() => page.getByTestId('meeting-status').textContent()).toBe('Closed');
    // CLOSED is final: nothing is offered.
    await expect.poll(() => page.getByLabel('New status').count()).toBe(0);
  });
});
