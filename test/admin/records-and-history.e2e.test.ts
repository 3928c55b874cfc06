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

// The secretariat's records, in order: Norway's Article 7 report recorded and published, seen in the compliance
// table; a reminder to a State whose report is overdue; a delegation amended and its history; then each of these
// steps found in the audit trail.

const REPORT_YEAR = Number(dayFromToday(0).slice(0, 4)) - 1;
const REMINDER_REFERENCE = 'ODA/E2E-00042';

interface CreatedMeeting {
  createMeeting: { meeting?: { id: string; version: number }; message?: string };
}

describe('the secretariat’s records and their history', () => {
  let fixture: AdminFixture;
  let page: Page;
  let meetingId: string;

  beforeAll(async () => {
    fixture = await startAdminFixture();
    page = await fixture.newPage();
    // A convened meeting to register a delegation at: set up through the API, since this test is not about meetings.
    const created = await fixture.graphql<CreatedMeeting>(
      'secretariat',
      `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) {
        ... on MutationCreateMeetingSuccess { meeting { id version } } ... on Error { message } } }`,
      {
        input: {
          conventionCode: 'CCM',
          kind: 'MEETING_OF_STATES_PARTIES',
          number: 21,
          opensOn: dayFromToday(60),
          closesOn: dayFromToday(63),
          delegationDeadline: dayFromToday(30),
          city: 'Geneva',
          venue: 'Palais des Nations',
          symbolPrefix: 'CCM/MSP/2028',
          timeZone: 'Europe/Zurich',
        },
      },
    );
    if (!created.createMeeting.meeting) throw new Error(created.createMeeting.message);
    meetingId = created.createMeeting.meeting.id;
    await fixture.graphql(
      'secretariat',
      'mutation ($id: ID!, $version: Int) { conveneMeeting(id: $id, version: $version) { __typename } }',
      {
        id: meetingId,
        version: created.createMeeting.meeting.version,
      },
    );
  });

  afterAll(async () => {
    await fixture?.close();
  });

  it('records Norway’s report, showing the API’s messages next to the fields, and publishes it', async () => {
    await signIn(page, 'secretariat');
    await openScreen(page, 'States');
    await page.goto('/states/NOR');
    await page.getByRole('heading', { name: 'Article 7 reports' }).waitFor();
    await page.getByRole('button', { name: 'Record a report' }).click();
    await page.getByLabel('Year covered').fill('1850');
    await page.getByRole('button', { name: 'Record the report' }).click();
    await page.getByText('The year covered must be at least 1900.').waitFor();
    expect(await page.getByLabel('Year covered').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'record a report with errors');
    await screenshot(page, 'records-report-errors');

    await page.getByLabel('Year covered').fill(String(REPORT_YEAR));
    await page.getByLabel('Received through').selectOption('EMAIL');
    await page.getByRole('button', { name: 'Record the report' }).click();
    const row = page.getByRole('row', { name: new RegExp(`Annual ${REPORT_YEAR}`) });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain('Not published');

    await row.getByRole('button', { name: `Publish the annual report ${REPORT_YEAR}` }).click();
    await expect.poll(() => row.textContent()).toMatch(/Published \d/);
    expect(await row.getByRole('button', { name: /Publish/ }).count()).toBe(0);
    await expectAccessible(page, 'State reports');
    await screenshot(page, 'records-report-published');
  });

  it('shows the report in the compliance table', async () => {
    await openScreen(page, 'Reporting compliance');
    const norway = page.getByRole('row', { name: /Norway/ }).filter({ hasText: `Annual ${REPORT_YEAR}` });
    await norway.waitFor();
    await expect.poll(() => norway.textContent()).toMatch(/Late|On time/);
    expect(await norway.getByRole('button', { name: /Prepare a reminder/ }).count()).toBe(0);
    await expectAccessible(page, 'compliance');
  });

  it('counts reports due before the records begin as not recorded, and as overdue once the secretariat says its records begin on 1 January', async () => {
    // Plenary was seeded today with no report: whatever fell due before today is unknown, never overdue.
    await page.getByText(/The secretariat’s records begin on/).waitFor();
    await page.getByRole('row').filter({ hasText: 'Not recorded' }).first().waitFor();
    expect(await page.getByRole('button', { name: /Prepare a reminder/ }).count()).toBe(0);

    await page.getByLabel('Records complete from').fill(`${REPORT_YEAR + 1}-01-01`);
    await page.getByRole('button', { name: 'Set the day records begin' }).click();
    await page.getByRole('status').filter({ hasText: 'The records now begin on' }).waitFor();
    await page
      .getByRole('button', { name: /Prepare a reminder/ })
      .first()
      .waitFor();
    await expectAccessible(page, 'compliance with records begun');
  });

  it('imports reports received in the past, refusing a paste with a bad row as a whole', async () => {
    const csv = page.getByLabel('Reports received (CSV)');
    await csv.fill('iso3,kind,periodYear,receivedOn\nCHE,ANNUAL,2019,2020-04-20\nNOR,ANNUAL,2022,2020-03-01');
    await page.getByRole('button', { name: 'Import the reports' }).click();
    await page.getByRole('alert').filter({ hasText: 'Row 2 (receivedOn)' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('before the period it covers ends (2022-12-31)');
    await expectAccessible(page, 'historical import refused');
    await screenshot(page, 'records-historical-import-refused');

    await csv.fill('iso3,kind,periodYear,receivedOn\nCHE,ANNUAL,2019,2020-04-20');
    await page.getByRole('button', { name: 'Import the reports' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported 1 report.' }).waitFor();
  });

  it('previews the reminder of an overdue report in English and French, and records it as sent', async () => {
    const overdue = page
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: /Prepare a reminder/ }) })
      .first();
    const state = (await overdue.getByRole('link').first().textContent()) ?? '';
    await overdue.getByRole('button', { name: /Prepare a reminder/ }).click();
    await page.getByRole('heading', { name: new RegExp(`Reminder: Annual report ${REPORT_YEAR}`) }).waitFor();

    expect(await page.getByRole('button', { name: 'Record the note as sent' }).isDisabled()).toBe(true);
    await page.getByLabel('Note reference').fill(REMINDER_REFERENCE);
    await page.getByLabel('Issuing office').fill('NOWHERE');
    await page.getByRole('button', { name: 'Preview the note' }).click();
    await page.getByRole('alert').filter({ hasText: 'NOWHERE' }).waitFor();

    await page.getByLabel('Issuing office').fill('ODA');
    await page.getByRole('button', { name: 'Preview the note' }).click();
    await expect.poll(() => page.locator('.note-preview pre').textContent()).toContain('presents its compliments');
    await page.getByLabel('Language of the note').selectOption('FR');
    await page.getByRole('button', { name: 'Preview the note' }).click();
    await expect.poll(() => page.locator('.note-preview pre').textContent()).toContain('présente ses compliments');
    await expectAccessible(page, 'reminder preview');
    await screenshot(page, 'records-reminder-preview');

    await page.getByRole('button', { name: 'Record the note as sent' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: REMINDER_REFERENCE }).textContent())
      .toContain('recorded as sent');
    expect(state).not.toBe('');

    // The same reference again is refused: each note has its own.
    await page.getByRole('button', { name: 'Preview the note' }).click();
    await page.locator('.note-preview pre').waitFor();
    await page.getByRole('button', { name: 'Record the note as sent' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: `${REMINDER_REFERENCE} was already sent` })
      .waitFor();
  });

  it('shows a delegation’s change history after an amendment: who, when, before and after', async () => {
    await page.goto(`/meetings/${encodeURIComponent(meetingId)}`);
    await page.getByRole('button', { name: 'Record a delegation' }).click();
    await page.getByLabel('Participant', { exact: true }).selectOption({ label: 'Norway — State party' });
    await page.getByLabel('Role').selectOption('HEAD');
    await page.getByLabel('Given name').fill('Kari');
    await page.getByLabel('Family name').fill('Nordmann');
    await page.getByRole('button', { name: 'Record the delegation' }).click();
    const row = page.getByRole('row', { name: /Norway/ }).filter({ hasText: 'Kari Nordmann' });
    await row.waitFor();
    // The lists refetch after the registration; amending before they settle would lose the form to the re-render.
    await page.waitForLoadState('networkidle');

    await row.getByRole('button', { name: /^Amend/ }).click();
    await page.getByLabel('Family name').fill('Nordmann-Berg');
    await page.getByRole('button', { name: 'Save the delegation' }).click();
    const amended = page.getByRole('row', { name: /Norway/ }).filter({ hasText: 'Kari Nordmann-Berg' });
    await amended.waitFor();

    await amended.getByRole('button', { name: /^History/ }).click();
    const history = page.getByRole('table', { name: /Submission and amendments/ });
    await history.waitFor();
    const amendment = history.getByRole('row', { name: /2 \(amended\)/ });
    await expect.poll(() => amendment.textContent()).toContain('Sam Secretariat');
    expect(await amendment.textContent()).toContain('Head: Kari Nordmann (removed or changed)');
    expect(await amendment.textContent()).toContain('Head: Kari Nordmann-Berg (added or changed)');
    expect(await history.getByRole('row', { name: /1 \(submitted\)/ }).textContent()).toContain(
      'Nothing: first submission.',
    );
    await expectAccessible(page, 'delegation history');
    await screenshot(page, 'records-delegation-history');
  });

  it('finds these steps in the audit trail, filtered by meeting, with links to their objects', async () => {
    await openScreen(page, 'Audit trail');
    const events = page.getByRole('table', { name: 'Audit events' });
    for (const action of [
      'reportReminder.send',
      'transparencyReport.publish',
      'transparencyReport.record',
      'delegation.amend',
      'delegation.submit',
    ]) {
      await events.getByRole('row').filter({ hasText: action }).first().waitFor();
    }
    expect(await events.getByRole('row').filter({ hasText: 'transparencyReport.publish' }).textContent()).toContain(
      'Sam Secretariat',
    );
    await expectAccessible(page, 'audit trail');
    await screenshot(page, 'records-audit-trail');

    await page.getByLabel('Meeting').selectOption(meetingId);
    await page.getByRole('button', { name: 'Show events' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).filter({ hasText: 'Events' }).textContent())
      .toMatch(/of [0-9]+$/);
    await expect
      .poll(
        async () =>
          (await events.getByRole('row').filter({ hasText: 'transparencyReport' }).count()) === 0 &&
          (await events.getByRole('row').filter({ hasText: 'delegation.amend' }).count()) === 1,
      )
      .toBe(true);
    await screenshot(page, 'records-audit-trail-meeting');

    await events.getByRole('row').filter({ hasText: 'delegation.amend' }).getByRole('link').click();
    await page.getByRole('heading', { name: 'Twenty-first Meeting of States Parties' }).waitFor();

    await openScreen(page, 'Audit trail');
    await events.getByRole('row').filter({ hasText: 'transparencyReport.publish' }).getByRole('link').click();
    await page.getByRole('heading', { name: 'Article 7 reports' }).waitFor();
    expect(page.url()).toMatch(/\/states\/NOR$/);
  });

  it('records reminders to all overdue States at once, numbered, offers their PDF and CSV, and shows them on the State’s page', async () => {
    // Last, since it records a note and an audit event for every overdue State.
    await openScreen(page, 'Reporting compliance');
    await page.getByRole('button', { name: 'Prepare reminders to all overdue States' }).click();
    await page.getByRole('heading', { name: /Reminders to the \d+ States whose reports are overdue/ }).waitFor();
    await page.getByLabel('Reference pattern').fill('ODA/E2E-{nnnnn}');
    await page.getByLabel('First note number').fill('42');
    await page.getByLabel('Language of the notes').selectOption('FR');
    // 42 is the number of the note recorded above: refused whole, nothing recorded.
    await page.getByRole('button', { name: /Record \d+ notes as sent/ }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: `${REMINDER_REFERENCE} was already sent` })
      .waitFor();
    await page.getByLabel('First note number').fill('100');
    await page.getByRole('button', { name: /Record \d+ notes as sent/ }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'ODA/E2E-00100' }).textContent())
      .toMatch(/\d+ reminders recorded as sent, ODA\/E2E-00100 to/);
    await page.getByRole('button', { name: 'Download the notes (one pdf)' }).waitFor();
    await page.getByRole('button', { name: 'Download the addressees (csv)' }).waitFor();
    await expectAccessible(page, 'reminders to all overdue States');
    await screenshot(page, 'records-reminders-bulk');

    // The State reminded above has the note on its record.
    const overdue = page
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: /Prepare a reminder/ }) })
      .first();
    await overdue.getByRole('link').first().click();
    const sent = page.getByRole('region', { name: 'Reminders sent' });
    await sent.getByRole('row', { name: new RegExp(REMINDER_REFERENCE) }).waitFor();
    await expectAccessible(page, 'reminders sent to a State');
  });
});
