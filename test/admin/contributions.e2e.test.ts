import { readFile } from 'node:fs/promises';
import { testBackends } from '@plenary/db/testing';
import type { Download, Page } from 'playwright-core';
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

const CREATE = `
  mutation ($input: CreateMeetingInput!) {
    createMeeting(input: $input) { __typename ... on MutationCreateMeetingSuccess { meeting { id } } ... on Error { message } }
  }`;
const CONVENE = `mutation ($id: ID!) { conveneMeeting(id: $id) { __typename ... on Error { message } } }`;
const FRANCE = `{ state(iso3: "FRA") { contributions { totals { currency amountAssessed paid outstanding } } } }`;

/** Clicks a download button and returns the file; a refusal the app shows instead fails with its words. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const refusal = page.locator('.notice-error[role=alert]');
  const [outcome] = await Promise.all([
    Promise.race([
      page.waitForEvent('download'),
      refusal.waitFor().then(async () => new Error(`the app refused the download: ${await refusal.textContent()}`)),
    ]),
    click(),
  ]);
  if (outcome instanceof Error) throw outcome;
  return { download: outcome, bytes: await readFile(await outcome.path()) };
}

/** "5460.51" -> "5,460.51", as the app shows amounts. */
function grouped(amount: string): string {
  return amount.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

// The secretariat issues the shares of a meeting, records France's first payment, and reads what France owes on
// the Contributions screen: today (not yet due), and as it will stand when the share is past due.
describe.each(testBackends())('the status of contributions in the admin app (%s)', (backend) => {
  let fixture: AdminFixture;
  let page: Page;
  let meetingId: string;

  beforeAll(async () => {
    fixture = await startAdminFixture({ backend });
    page = await fixture.newPage();
    const created = await fixture.graphql<{ createMeeting: { meeting: { id: string } } }>('secretariat', CREATE, {
      input: {
        conventionCode: 'CCM',
        kind: 'MEETING_OF_STATES_PARTIES',
        number: 23,
        opensOn: dayFromToday(60),
        closesOn: dayFromToday(63),
        delegationDeadline: dayFromToday(30),
        venue: 'Palais des Nations',
        city: 'Geneva',
        timeZone: 'Europe/Zurich',
        symbolPrefix: 'CCM/MSP/2027',
      },
    });
    meetingId = created.createMeeting.meeting.id;
    await fixture.graphql('secretariat', CONVENE, { id: meetingId });
  });

  afterAll(async () => {
    await fixture?.close();
  });

  it('issues the shares of a meeting and records France’s payment', async () => {
    await signIn(page, 'secretariat');
    await page.goto(`/meetings/${encodeURIComponent(meetingId)}`);
    await page.getByRole('heading', { name: 'Cost estimate and shares (Art. 14)' }).waitFor();
    await page.getByLabel('Description').fill('Conference services');
    await page.getByLabel('Amount', { exact: true }).fill('120000.00');
    await page.getByRole('button', { name: 'Save the estimate' }).click();
    await expect.poll(() => page.getByTestId('estimate-total').textContent()).toBe('CHF 120,000.00');
    await page.getByRole('button', { name: 'Issue shares' }).click();
    const france = page.getByRole('region', { name: /^Cost shares/ }).getByRole('row', { name: /^France/ });
    await france.waitFor();
    const payments = page.getByRole('form', { name: 'Record a payment' });
    await payments.getByLabel('From').selectOption({
      label: (await payments.getByLabel('From').locator('option', { hasText: 'France' }).textContent()) ?? '',
    });
    await payments.getByLabel('Amount').fill('1000.00');
    await payments.getByLabel('Received on').fill(dayFromToday(0));
    await payments.getByLabel('Bank reference').fill('FR-2027-23');
    await page.getByRole('button', { name: 'Record the payment' }).click();
    // The shares' list refetches after the payment; under load on Postgres that took over the default 5 s.
    await expect.poll(() => france.textContent(), { timeout: 20_000 }).toContain('1,000.00 on');
  });

  it('shows what France owes: assessed, paid, and the rest not yet due; past due once its 30 days have run', async () => {
    const { state } = await fixture.graphql<{
      state: {
        contributions: { totals: { currency: string; amountAssessed: string; paid: string; outstanding: string }[] };
      };
    }>('secretariat', FRANCE);
    const [owed] = state.contributions.totals;
    expect(owed).toMatchObject({ currency: 'CHF', paid: '1000.00' });

    await openScreen(page, 'Contributions');
    await page.getByRole('heading', { name: 'Status of contributions', level: 1 }).waitFor();
    const france = page.getByRole('row', { name: /^France/ });
    await expect
      .poll(() => france.locator('td').allTextContents())
      .toEqual([
        'France',
        'CHF',
        `CHF ${grouped(owed?.amountAssessed ?? '')}`,
        'CHF 1,000.00',
        `CHF ${grouped(owed?.outstanding ?? '')}`,
        `CHF ${grouped(owed?.outstanding ?? '')}`,
        'CHF 0.00',
        'CHF 0.00',
        'CHF 0.00',
        'CHF 0.00',
      ]);
    expect((await france.getAttribute('class')) ?? '').not.toContain('row-late');
    await expectAccessible(page, 'contributions');
    await screenshot(page, `contributions-${backend}-today`);

    // The share falls due 30 days after today's issue: on the 31st day it is under one year past due.
    await page.getByLabel('As of', { exact: true }).fill(dayFromToday(31));
    await expect
      .poll(async () => (await france.locator('td').allTextContents()).slice(5, 7))
      .toEqual(['CHF 0.00', `CHF ${grouped(owed?.outstanding ?? '')}`]);
    expect((await france.getAttribute('class')) ?? '').toContain('row-late');
    await screenshot(page, `contributions-${backend}-past-due`);
  });

  it('downloads the status as CSV, with France’s line and no bank reference, and as PDF', async () => {
    const csv = await downloaded(page, () => page.getByRole('button', { name: 'Status of contributions CSV' }).click());
    expect(csv.download.suggestedFilename()).toMatch(/^status-of-contributions-\d{4}-\d{2}-\d{2}-EN\.csv$/);
    const text = csv.bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toBe(
      'ISO code,State,Meeting code,Meeting,Currency,Issued on,Due on,Assessed,Paid,Outstanding,Credit,Outstanding for',
    );
    expect(text).toMatch(
      /FRA,France,23MSP,Twenty-third Meeting of States Parties,CHF,[\d-]+,[\d-]+,[\d.]+,1000\.00,[\d.]+,0\.00,Under 1 year/,
    );
    expect(text).not.toContain('FR-2027-23');
    const pdf = await downloaded(page, () =>
      page.getByRole('button', { name: 'Status of contributions PDF', exact: true }).click(),
    );
    expect(pdf.download.suggestedFilename()).toMatch(/-EN\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const french = await downloaded(page, () =>
      page.getByRole('button', { name: 'Status of contributions PDF (French)' }).click(),
    );
    expect(french.download.suggestedFilename()).toMatch(/-FR\.pdf$/);
  });
});
