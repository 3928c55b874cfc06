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

const CREATE = `
  mutation ($input: CreateMeetingInput!) {
    createMeeting(input: $input) { __typename ... on MutationCreateMeetingSuccess { meeting { id } } ... on Error { message } }
  }`;
const CONVENE = `mutation ($id: ID!) { conveneMeeting(id: $id) { __typename ... on Error { message } } }`;
const NORWAY_INVITATION = `
  query ($id: ID!) {
    meeting(id: $id) { version invitations(first: 100, filter: { capacity: STATE_PARTY }) { edges { node { id participant { ... on State { iso3 } } } } } }
  }`;
const SUBMIT = `
  mutation ($invitationId: ID!, $input: DelegationInput!) {
    submitDelegation(invitationId: $invitationId, input: $input) { __typename ... on Error { message } }
  }`;
const MOVE_DEADLINE = `
  mutation ($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {
    updateMeeting(id: $id, version: $version, input: $input) { __typename ... on Error { message } }
  }`;
const RECORD = `mutation ($input: RecordTreatyActionInput!) { recordTreatyAction(input: $input) { __typename ... on Error { message } } }`;

describe('the secretariat sees capacities and timeliness as they stand now', () => {
  let fixture: AdminFixture;
  let page: Page;
  let meetingId: string;

  beforeAll(async () => {
    fixture = await startAdminFixture();
    page = await fixture.newPage();
    // Convened today, opening in 200 days; delegations due in 100 days.
    const created = await fixture.graphql<{ createMeeting: { meeting: { id: string } } }>('secretariat', CREATE, {
      input: {
        conventionCode: 'CCM',
        kind: 'MEETING_OF_STATES_PARTIES',
        number: 22,
        opensOn: dayFromToday(200),
        closesOn: dayFromToday(203),
        delegationDeadline: dayFromToday(100),
        venue: 'Palais des Nations',
        city: 'Geneva',
        timeZone: 'Europe/Zurich',
        symbolPrefix: 'CCM/MSP/2027',
      },
    });
    meetingId = created.createMeeting.meeting.id;
    await fixture.graphql('secretariat', CONVENE, { id: meetingId });
    const read = await fixture.graphql<{
      meeting: { version: number; invitations: { edges: { node: { id: string; participant: { iso3?: string } } }[] } };
    }>('secretariat', NORWAY_INVITATION, { id: meetingId });
    const norway = read.meeting.invitations.edges.find((edge) => edge.node.participant.iso3 === 'NOR');
    await fixture.graphql('secretariat', SUBMIT, {
      invitationId: norway?.node.id,
      input: { members: [{ role: 'HEAD', givenName: 'Ola', familyName: 'Nordmann' }] },
    });
    // Then the deadline is brought forward to yesterday: Norway's delegation, submitted today, is now late.
    await fixture.graphql('secretariat', MOVE_DEADLINE, {
      id: meetingId,
      version: read.meeting.version,
      input: { delegationDeadline: dayFromToday(-1) },
    });
    // And Finland's accession of 30 days ago is notified: in force on the first day of the sixth month after it (Art. 17(2)), before the opening.
    await fixture.graphql('secretariat', RECORD, {
      input: {
        state: 'FIN',
        action: 'DEPOSIT',
        date: dayFromToday(-30),
        instrument: 'ACCESSION',
        source: 'C.N.1.2026.TREATIES-XXVI.6',
      },
    });
  });

  afterAll(async () => {
    await fixture?.close();
  });

  it('shows a State re-invited as a State Party with the capacity it had before, and a delegation late by the deadline in force', async () => {
    await signIn(page, 'secretariat');
    await page.goto(`/meetings/${encodeURIComponent(meetingId)}`);
    await page.getByRole('heading', { name: 'Invitations' }).waitFor();

    await page.getByLabel('Filter invitations to 22msp').fill('Finland');
    const finland = page.getByRole('region', { name: 'Invitations to 22MSP' }).getByRole('row', { name: /Finland/ });
    await finland.waitFor();
    expect(await finland.textContent()).toContain('State party (changed from Non signatory observer on');

    const norway = page.getByRole('region', { name: 'Delegations to 22MSP' }).getByRole('row', { name: /Norway/ });
    await norway.waitFor();
    expect(await norway.locator('.badge').textContent()).toBe('Late');

    await expectAccessible(page, 'meeting with a changed capacity and a late delegation');
    await screenshot(page, 'capacity-changed-and-late-delegation');
  });
});
