import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dayFromToday,
  expectAccessible,
  openScreen,
  screenshot,
  signIn,
  startAdminFixture,
  USERS,
  type AdminFixture,
} from './admin-fixture.ts';

// One secretariat officer's day, in order: each step builds on the one before.
describe('the admin app for the secretariat', () => {
  let fixture: AdminFixture;
  let page: Page;

  beforeAll(async () => {
    fixture = await startAdminFixture();
    page = await fixture.newPage();
  });

  afterAll(async () => {
    await fixture?.close();
  });

  it('signs in and always shows the user and role', async () => {
    await page.goto('/');
    await expect.poll(() => page.getByRole('heading', { name: 'Sign in' }).isVisible()).toBe(true);
    await expectAccessible(page, 'sign in');
    await page.getByLabel('E-mail address').fill(USERS.secretariat.email);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    await signIn(page, 'secretariat');
    await expect.poll(() => page.locator('.role-badge').textContent()).toBe('Secretariat');
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await page.getByText('Article 7 reports overdue').waitFor();
    await expectAccessible(page, 'dashboard');
    await screenshot(page, 'secretariat-dashboard');
  });

  it('creates a meeting, shows the API’s messages next to the fields, and convenes it', async () => {
    await openScreen(page, 'Meetings');
    await page.getByRole('row', { name: /Eleventh Meeting of States Parties/ }).waitFor();
    await expectAccessible(page, 'meetings');
    await page.getByRole('link', { name: 'New meeting' }).click();
    await page.getByRole('heading', { name: 'New meeting' }).waitFor();

    await page.getByLabel('Number').fill('20');
    await page.getByLabel('Document symbol prefix').fill('CCM/MSP/2027');
    await page.getByLabel('Opens on').fill(dayFromToday(60));
    await page.getByLabel('Closes on').fill(dayFromToday(57));
    // The deadline has passed already, so any delegation registered now is late.
    await page.getByLabel('Delegation deadline').fill(dayFromToday(-1));
    await page.getByRole('button', { name: 'Create meeting' }).click();
    await page.getByText('The meeting cannot close before it opens.').waitFor();
    expect(await page.getByLabel('Closes on').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'new meeting with errors');
    await screenshot(page, 'secretariat-new-meeting-errors');

    await page.getByLabel('Closes on').fill(dayFromToday(63));
    await page.getByRole('button', { name: 'Create meeting' }).click();
    await page.getByRole('heading', { name: 'Twentieth Meeting of States Parties' }).waitFor();
    await expect.poll(() => page.getByTestId('meeting-status').textContent()).toBe('Draft');

    await page.getByRole('button', { name: 'Convene meeting' }).click();
    await expect.poll(() => page.getByTestId('meeting-status').textContent()).toBe('Convened');
    await page.getByRole('row', { name: /State party \d+/ }).waitFor();
    const statesParties = Number(
      (await page.getByRole('row', { name: /State party \d+/ }).textContent())?.replace(/\D/g, ''),
    );
    expect(statesParties).toBeGreaterThan(100);
    await expectAccessible(page, 'meeting detail');
    await screenshot(page, 'secretariat-meeting-convened');
  });

  it('registers a delegation after the deadline and shows it marked late', async () => {
    await page.getByRole('button', { name: 'Record a delegation' }).click();
    await page.getByLabel('Participant', { exact: true }).selectOption({ label: 'Norway — State party' });
    await page.getByLabel('Role').selectOption('HEAD');
    await page.getByLabel('Form of address').fill('H.E. Ms.');
    await page.getByLabel('Given name').fill('Kari');
    await page.getByLabel('Family name').fill('Nordmann');
    await page.getByLabel('Official title').fill('Ambassador, Permanent Representative');
    await page.getByRole('button', { name: 'Record the delegation' }).click();
    const row = page.getByRole('row', { name: /Norway/ }).filter({ hasText: 'Kari Nordmann' });
    await row.waitFor();
    expect(await row.locator('.badge').textContent()).toBe('Late');
    expect(await row.textContent()).toContain('Not received');

    await page.getByLabel('Received on').fill(dayFromToday(0));
    await page.getByLabel('Credentials status').selectOption('ACCEPTED');
    await page.getByRole('button', { name: 'Record credentials' }).click();
    await expect.poll(() => row.textContent()).toContain('Accepted (Original');
    await expectAccessible(page, 'meeting with a late delegation');
    await screenshot(page, 'secretariat-late-delegation');
  });

  it('sets the cost estimate, issues the shares and exports them to CSV', async () => {
    await page.getByLabel('Description').fill('Conference services');
    await page.getByLabel('Amount', { exact: true }).fill('120000.001');
    await page.getByRole('button', { name: 'Save the estimate' }).click();
    await page
      .getByRole('form', { name: 'Set the cost estimate' })
      .locator('.field-errors')
      .getByText('at most 2 decimal places')
      .waitFor();
    expect(await page.getByLabel('Amount', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Amount', { exact: true }).fill('120000.00');
    await page.getByRole('button', { name: 'Save the estimate' }).click();
    await expect.poll(() => page.getByTestId('estimate-total').textContent()).toBe('CHF 120,000.00');

    // The scale is the one in force when the meeting opens (2025-2027, for a meeting two months from now).
    await page.getByRole('button', { name: 'Issue shares' }).click();
    const france = page.getByRole('region', { name: 'Cost shares 20MSP' }).getByRole('row', { name: /^France/ });
    await france.waitFor();
    await page.getByText(/outstanding CHF 120,000.00/).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV of Cost shares 20MSP' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^cost-shares-20msp-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    const [header, ...rows] = csv.trimEnd().split('\r\n');
    expect(header).toBe('State,Code,UN rate (%),Share (%),Amount,Paid,Outstanding,Currency,Payments');
    await page.getByText(/issued .* on the 2025-2027 scale/).waitFor();
    expect(rows.find((line) => line.startsWith('France,FRA,'))).toMatch(
      /^France,FRA,3\.858,[\d.]+,[\d.]+,0(\.00)?,[\d.]+,CHF,$/,
    );
    // Every UN Member State has its rate on the complete scale; the Holy See, an observer State, is listed as unassessed.
    expect(rows.find((line) => line.startsWith('Norway,NOR,'))).toMatch(
      /^Norway,NOR,0\.653,[\d.]+,[\d.]+,0(\.00)?,[\d.]+,CHF,$/,
    );
    expect(rows.find((line) => line.startsWith('Holy See,VAT,'))).toBe('Holy See,VAT,unassessed,,,0.00,,CHF,');
    expect(rows.length).toBeGreaterThan(100);

    await page.getByLabel('From').selectOption({
      label: (await page.getByLabel('From').locator('option', { hasText: 'France' }).textContent()) ?? '',
    });
    await page.getByRole('form', { name: 'Record a payment' }).getByLabel('Amount').fill('100.00');
    await page.getByRole('button', { name: 'Record the payment' }).click();
    await expect.poll(() => france.textContent()).toContain('100.00 on');
    await expectAccessible(page, 'meeting with cost shares');
    await screenshot(page, 'secretariat-cost-shares');
  });

  it('lists the meeting’s documents and downloads its convening note as a PDF', async () => {
    // The new meeting has no convening note: the section says so instead of offering a download that would fail.
    await page.getByRole('heading', { name: 'Documents', level: 2 }).waitFor();
    await page.getByText('No convening note is recorded for this meeting').waitFor();
    await openScreen(page, 'Meetings');
    await page.getByRole('link', { name: 'Eleventh Meeting of States Parties', exact: true }).click();
    await page.getByRole('heading', { name: 'Documents', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Export CSV of Documents of 11MSP' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Convening note\s*PDF \(English\)$/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect((await readFile(await download.path())).subarray(0, 5).toString()).toBe('%PDF-');
    await expectAccessible(page, 'meeting documents');
  });

  it('records who took part in the 11th Meeting from a pasted list, naming a bad row, then issues its shares on the 2022-2024 scale', async () => {
    const section = page.getByRole('region', { name: 'Participants recorded after the meeting' });
    await section.getByText('No participants have been recorded after the meeting.').waitFor();
    const csv = section.getByLabel('Paste the CSV');
    await csv.fill('iso3,capacity\nNOR,STATE_PARTY\nCHE,STATE_PARTY\nUSA,STATE_PARTY\n');
    await section.getByRole('button', { name: 'Record the participants' }).click();
    await section
      .getByRole('alert')
      .getByText('United States of America (USA) was a State not party on 2023-09-11')
      .waitFor();
    await csv.fill('iso3,capacity\nNOR,STATE_PARTY\nCHE,STATE_PARTY\nALB,STATE_PARTY\nUSA,NON_SIGNATORY_OBSERVER\n');
    await section.getByRole('button', { name: 'Record the participants' }).click();
    await section.getByRole('row', { name: /Norway/ }).waitFor();
    expect(await section.getByRole('row').count()).toBe(5);
    await expectAccessible(page, 'participants recorded after the meeting');

    await page.getByLabel('Description').fill('Conference services');
    await page.getByLabel('Amount', { exact: true }).fill('100000.00');
    await page.getByRole('button', { name: 'Save the estimate' }).click();
    // A scale whose period does not cover the meeting is refused without a reason, and the refusal is beside the reason.
    await page.getByLabel('Scale of assessment').selectOption('2025-2027');
    await page.getByRole('button', { name: 'Issue shares' }).click();
    await page
      .getByRole('form', { name: 'Issue cost shares' })
      .locator('.field-errors')
      .getByText('use the scale in force that year')
      .waitFor();
    expect(await page.getByLabel('Reason for applying a scale outside its period').getAttribute('aria-invalid')).toBe(
      'true',
    );
    await page.getByLabel('Scale of assessment').selectOption({ label: 'The scale in force when the meeting opens' });
    await page.getByRole('button', { name: 'Issue shares' }).click();
    await page.getByText(/issued .* on the 2022-2024 scale/).waitFor();
    // Norway 0.679, Switzerland 1.134, Albania 0.008, the United States 22.000: 23.821 in all; Norway pays
    // 0.679 / 23.821 * 100,000.00 = 2,850.4261, rounded up to 2,850.43 by largest remainder.
    const norway = page.getByRole('region', { name: 'Cost shares 11MSP' }).getByRole('row', { name: /^Norway/ });
    await expect.poll(() => norway.textContent()).toContain('2,850.43');
    await screenshot(page, 'secretariat-recorded-participants');
  });

  it('imports a scale with a bad row, names the row, and saves nothing', async () => {
    await openScreen(page, 'Scales of assessment');
    await page.getByLabel('Name', { exact: true }).fill('Extract of 2025-2027');
    await page.getByLabel('First year').fill('2025');
    await page.getByLabel('Last year').fill('2027');
    await page.getByLabel('Resolution').fill('A/RES/79/249');
    await page.getByLabel('Source').fill('A/RES/79/249, annex');
    await page.getByLabel('Or paste the CSV').fill('# test scale\niso3,rate_percent\nCHE,1.134\nXXX,0.5\nNOR,abc\n');
    await page.getByRole('button', { name: 'Import the scale' }).click();
    const problems = page.locator('.row-issues');
    await problems.waitFor();
    const text = await problems.textContent();
    expect(text).toContain('Row 2 (line 4: XXX, 0.5), State code: No State has the code XXX');
    expect(text).toContain('Row 3 (line 5: NOR, abc), rate in per cent:');
    await expectAccessible(page, 'scale import with errors');
    await screenshot(page, 'secretariat-scale-import-errors');
    // The header and the three seeded scales.
    expect(await page.getByRole('region', { name: 'Scales of assessment' }).getByRole('row').count()).toBe(4);

    await page.getByLabel('Or paste the CSV').fill('iso3,rate_percent\nCHE,1.134\nNOR,0.679\n');
    await page.getByRole('button', { name: 'Import the scale' }).click();
    await page.getByText('Imported Extract of 2025-2027 with 2 rates.').waitFor();
    await page
      .getByRole('region', { name: 'Scales of assessment' })
      .getByRole('row', { name: /Extract of 2025-2027/ })
      .waitFor();
  });

  it('lists States with their status on a chosen day, in the language chosen', async () => {
    await openScreen(page, 'States');
    await page.getByRole('row', { name: /Norway/ }).waitFor();
    await page.getByLabel('Treaty status on').fill('2009-01-01');
    await expect.poll(() => page.getByRole('row', { name: /Norway/ }).textContent()).toContain('Signatory');
    await expectAccessible(page, 'states');
    await page.getByLabel('State names in').selectOption('ar');
    const arabic = page.locator('td span[dir="rtl"][lang="ar"]').first();
    await arabic.waitFor();
    expect(await arabic.textContent()).toMatch(/[\u0600-\u06FF]/);
    await expectAccessible(page, 'states in Arabic');
    await screenshot(page, 'secretariat-states-arabic');
    await page.getByLabel('State names in').selectOption('en');

    await page.getByRole('link', { name: 'Norway' }).click();
    await page.getByRole('heading', { name: 'Treaty history' }).waitFor();
    await page
      .getByRole('region', { name: 'Delegations of NOR' })
      .getByText('Twentieth Meeting of States Parties')
      .waitFor();
    await expectAccessible(page, 'state detail');
    await screenshot(page, 'secretariat-state-detail');
  });

  it('shows reporting compliance per year as a table and a chart', async () => {
    await openScreen(page, 'Reporting compliance');
    await page.locator('figure.chart svg rect').first().waitFor();
    await page
      .getByRole('region', { name: 'Article 7 compliance per year' })
      .getByRole('row', { name: /^2015/ })
      .waitFor();
    await expectAccessible(page, 'compliance');
    await screenshot(page, 'secretariat-compliance');
  });

  it('does not let the secretariat open the users and API keys screen', async () => {
    expect(
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users and API keys' }).count(),
    ).toBe(0);
    await page.goto('/access');
    await page.getByText('Only administrators manage users and API keys.').waitFor();
    expect(await page.getByRole('heading', { name: 'API keys', exact: true }).count()).toBe(0);
    await expectAccessible(page, 'access refused');
    await screenshot(page, 'secretariat-access-refused');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  });
});
