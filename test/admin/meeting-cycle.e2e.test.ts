import { readFile } from 'node:fs/promises';
import { DEFAULT_DEMO_PASSWORD } from '@plenary/api';
import { testBackends } from '@plenary/db/testing';
import { AdminMeetingInvitationsDocument } from '@plenary/sdk';
import type { Download, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dayFromToday,
  expectAccessible,
  openScreen,
  screenshot,
  startAdminFixture,
  type AdminFixture,
} from './admin-fixture.ts';

// The README's demo users, with the README's password: what a new meetings officer signs in with.
const DEMO_ADMIN = { email: 'admin@plenary.local', name: 'Demo administrator' };
const DEMO_FOCAL_POINT = { email: 'focal.point.nor@plenary.local', name: 'Demo focal point of Norway' };

const OPENS_IN_DAYS = 40;
const NOTE_REFERENCE = 'ODA/2026-00141';
const REMINDER_REFERENCE = 'ODA/2026-00142';
const LAST_YEAR = Number(dayFromToday(0).slice(0, 4)) - 1;

async function signInAs(page: Page, user: { email: string; name: string }): Promise<void> {
  await page.goto('/');
  await page.getByLabel('E-mail address').fill(user.email);
  await page.getByLabel('Password').fill(DEFAULT_DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => page.locator('.current-user').textContent()).toContain(user.name);
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
}

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

/**
 * Holds the app's requests for `document` (sent by its hash or its text) until `release`, which then waits for the
 * held ones to be answered.
 */
async function holdRequests(page: Page, document: { __meta__?: { hash?: string }; toString(): string }) {
  const hash = document.__meta__?.hash?.replace(/^sha256:/, '') ?? 'no hash';
  const text = document.toString();
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const answered: Promise<unknown>[] = [];
  const matches = (body: string | null) =>
    body !== null && (body.includes(hash) || body.includes(JSON.stringify(text)));
  const handler = async (route: Route) => {
    if (!matches(route.request().postData())) return route.fallback();
    answered.push(route.request().response());
    await released;
    return route.continue();
  };
  await page.route('**/graphql', handler);
  return {
    async release() {
      release();
      await Promise.all(answered);
      await page.unroute('**/graphql', handler);
    },
  };
}

// One meeting's whole cycle, as the secretariat runs it on the server `npm start` starts: each step builds on the
// one before, in the order a meetings officer works.
describe.each(testBackends())(
  'the secretariat runs the Fourteenth Meeting of States Parties from convening to the audit trail (%s)',
  (backend) => {
    let fixture: AdminFixture;
    let page: Page;
    let meetingPath: string;

    beforeAll(async () => {
      fixture = await startAdminFixture({ backend });
      page = await fixture.newPage();
      // Seeded today with no report, the records begin today; this journey reminds a State of a report overdue this
      // year, so the secretariat's records are taken to be complete since 1 January (records-and-history sets it by hand).
      await fixture.graphql(
        'secretariat',
        'mutation ($on: Date!) { setReportRecordsBegin(reportRecordsBeginOn: $on) { __typename } }',
        { on: `${LAST_YEAR + 1}-01-01` },
      );
    });

    afterAll(async () => {
      await fixture?.close();
    });

    it('signs in as the README’s demo ADMIN', async () => {
      await signInAs(page, DEMO_ADMIN);
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      await screenshot(page, `journey-${backend}-01-dashboard`);
    });

    it('creates the Fourteenth Meeting of States Parties in Geneva', async () => {
      await openScreen(page, 'Meetings');
      await page.getByRole('link', { name: 'New meeting' }).click();
      await page.getByRole('heading', { name: 'New meeting' }).waitFor();
      await page.getByLabel('Number').fill('14');
      await page.getByLabel('Document symbol prefix').fill('CCM/MSP/2026');
      await page.getByLabel('Opens on').fill(dayFromToday(OPENS_IN_DAYS));
      await page.getByLabel('Closes on').fill(dayFromToday(OPENS_IN_DAYS + 3));
      await page.getByLabel('Delegation deadline').fill(dayFromToday(OPENS_IN_DAYS - 10));
      await page.getByRole('button', { name: 'Create meeting' }).click();
      await page.getByRole('heading', { name: 'Fourteenth Meeting of States Parties' }).waitFor();
      await expect.poll(() => page.getByTestId('meeting-status').textContent()).toBe('Draft');
      meetingPath = new URL(page.url()).pathname;
      await expectAccessible(page, 'new meeting');
      await screenshot(page, `journey-${backend}-02-meeting-created`);
    });

    it('enters what its convening note prints, and the note downloads in English and French', async () => {
      await page.getByRole('link', { name: 'Edit meeting and convening note' }).click();
      await page.getByRole('heading', { name: 'Edit Fourteenth Meeting of States Parties' }).waitFor();
      await page.getByLabel('Venue in French').fill('le Palais des Nations');
      await page.getByLabel('City in French').fill('Genève');
      await page.getByLabel('Country in French').fill('Suisse');
      await page.getByLabel('Secretariat office').selectOption('ODA-GENEVA');
      await page.getByLabel('Note reference').fill(NOTE_REFERENCE);
      await page.getByLabel('Note date').fill(dayFromToday(0));
      await page.getByLabel('Issuing office').selectOption('ODA');
      await page.getByLabel('Mandating resolution').selectOption('77/79');
      await page
        .getByLabel('Addressees', { exact: true })
        .fill('Permanent Representatives of Member and Observer States to the United Nations');
      await page
        .getByLabel('Addressees in French')
        .fill(
          'les Représentants permanents des États Membres et des États observateurs auprès de l’Organisation des Nations Unies',
        );
      await expectAccessible(page, 'edit meeting');
      await screenshot(page, `journey-${backend}-03-note-details`);
      await page.getByRole('button', { name: 'Save meeting' }).click();
      await page.getByRole('heading', { name: 'Fourteenth Meeting of States Parties', exact: true }).waitFor();
      await page.getByText(`${NOTE_REFERENCE} of`).waitFor();

      const english = await downloaded(page, () =>
        page.getByRole('button', { name: /^Convening note\s*PDF \(English\)$/ }).click(),
      );
      expect(english.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const french = await downloaded(page, () =>
        page.getByRole('button', { name: /^Convening note\s*HTML \(French\)$/ }).click(),
      );
      const frenchText = french.bytes.toString('utf8');
      expect(frenchText).toMatch(/quatorzième Assemblée des États parties/i);
      expect(frenchText).toContain('Genève');
    });

    it('convenes it and invites the States Parties, observers and organisations of right', async () => {
      await page.getByRole('button', { name: 'Convene meeting' }).click();
      await expect.poll(() => page.getByTestId('meeting-status').textContent()).toBe('Convened');
      const counts = page.getByRole('table', { name: 'Invited by capacity' });
      const invited = async (capacity: string) =>
        Number(
          (await counts
            .getByRole('row', { name: new RegExp(`^${capacity}`) })
            .locator('td')
            .textContent()) ?? 'NaN',
        );
      await counts.getByRole('row', { name: /^State party/ }).waitFor();
      // The seed's 197 States: over a hundred Parties, the signatories that have not ratified, and the rest.
      expect(await invited('State party')).toBeGreaterThan(100);
      expect(await invited('Signatory observer')).toBeGreaterThan(5);
      expect(await invited('Non signatory observer')).toBeGreaterThan(50);
      expect(await invited('Organisation of right')).toBe(5);
      const invitations = page.getByRole('region', { name: 'Invitations to 14MSP' });
      for (const organisation of [
        'International Committee of the Red Cross',
        'Cluster Munition Coalition',
        'United Nations',
      ]) {
        await invitations
          .getByRole('row', { name: new RegExp(organisation) })
          .first()
          .waitFor();
      }
      await expectAccessible(page, 'convened meeting');
      await screenshot(page, `journey-${backend}-04-convened`);
      await signOut(page);
    });

    it('lets Norway’s focal point register its delegation on time and amend it', async () => {
      await signInAs(page, DEMO_FOCAL_POINT);
      await page.goto(meetingPath);
      await page.getByRole('heading', { name: 'Your delegation' }).waitFor();
      await page.getByRole('button', { name: 'Record a delegation' }).click();
      await page.getByLabel('Form of address').fill('H.E. Ms.');
      await page.getByLabel('Given name').fill('Kari');
      await page.getByLabel('Family name').fill('Nordmann');
      await page.getByLabel('Official title').fill('Ambassador, Permanent Representative');
      // A save closes its form once the lists it changed are fetched again. The invitations are held back until the
      // focal point, seeing the new row, has opened the amendment: the registration's late close leaves that open.
      const invitations = await holdRequests(page, AdminMeetingInvitationsDocument);
      await page.getByRole('button', { name: 'Record the delegation' }).click();
      const row = page.getByRole('row', { name: /Kari Nordmann/ });
      await row.waitFor();
      expect(await row.locator('.badge').textContent()).toBe('On time');
      await page.getByRole('button', { name: 'Amend the delegation of Norway' }).click();
      await page.getByRole('form', { name: 'Amend the delegation' }).waitFor();
      await invitations.release();
      await page.waitForLoadState('networkidle');

      await page.getByRole('button', { name: 'Add a member' }).click();
      await page.getByRole('group', { name: 'Member 2' }).getByLabel('Given name').fill('Ola');
      await page.getByRole('group', { name: 'Member 2' }).getByLabel('Family name').fill('Hansen');
      await page.getByRole('group', { name: 'Member 2' }).getByLabel('Role').selectOption('ADVISER');
      await page.getByRole('button', { name: 'Save the delegation' }).click();
      await expect.poll(() => row.textContent()).toMatch(/Kari Nordmann.*2/);
      await expectAccessible(page, 'focal point’s delegation');
      await screenshot(page, `journey-${backend}-05-focal-point-delegation`);
      await signOut(page);
    });

    it('records Switzerland’s delegation after the deadline has passed, marked late, as Norway’s now is too', async () => {
      await signInAs(page, DEMO_ADMIN);
      await page.goto(meetingPath);
      // The deadline passes: the secretariat records it as yesterday. Timeliness follows the deadline in force.
      await page.getByRole('link', { name: 'Edit meeting and convening note' }).click();
      await page.getByLabel('Delegation deadline').fill(dayFromToday(-1));
      await page.getByRole('button', { name: 'Save meeting' }).click();
      await page.getByRole('heading', { name: 'Fourteenth Meeting of States Parties', exact: true }).waitFor();
      const norway = page.getByRole('row', { name: /Norway/ }).filter({ hasText: 'Kari Nordmann' });
      await expect.poll(() => norway.locator('.badge').textContent()).toBe('Late');

      await page.getByRole('button', { name: 'Record a delegation' }).click();
      await page.getByLabel('Participant', { exact: true }).selectOption({ label: 'Switzerland — State party' });
      await page.getByLabel('Role').selectOption('HEAD');
      await page.getByLabel('Given name').fill('Félix');
      await page.getByLabel('Family name').fill('Baumann');
      await page.getByRole('button', { name: 'Record the delegation' }).click();
      const switzerland = page.getByRole('row', { name: /Switzerland/ }).filter({ hasText: 'Félix Baumann' });
      await switzerland.waitFor();
      expect(await switzerland.locator('.badge').textContent()).toBe('Late');
      await screenshot(page, `journey-${backend}-06-late-delegation`);
    });

    it('shows Norway’s change history: its focal point’s submission and amendment, before and after', async () => {
      const norway = page.getByRole('row', { name: /Norway/ }).filter({ hasText: 'Kari Nordmann' });
      await norway.getByRole('button', { name: /^History/ }).click();
      const history = page.getByRole('table', { name: /Submission and amendments/ });
      const amendment = history.getByRole('row', { name: /2 \(amended\)/ });
      await expect.poll(() => amendment.textContent()).toContain(DEMO_FOCAL_POINT.name);
      expect(await amendment.textContent()).toContain('Ola Hansen');
      expect(await history.getByRole('row', { name: /1 \(submitted\)/ }).textContent()).toContain(
        'Nothing: first submission.',
      );
      await expectAccessible(page, 'delegation history');
      await screenshot(page, `journey-${backend}-07-change-history`);
    });

    it('sets the cost estimate, issues the shares, opens France’s assessment notice and records its payment', async () => {
      await page.getByRole('heading', { name: 'Cost estimate and shares (Art. 14)' }).waitFor();
      await page.getByLabel('Description').fill('Conference services');
      await page.getByLabel('Amount', { exact: true }).fill('120000.00');
      await page.getByRole('button', { name: 'Save the estimate' }).click();
      await expect.poll(() => page.getByTestId('estimate-total').textContent()).toBe('CHF 120,000.00');
      await page.getByRole('button', { name: 'Issue shares' }).click();
      const shares = page.getByRole('region', { name: 'Cost shares 14MSP' });
      const france = shares.getByRole('row', { name: /^France/ });
      await france.waitFor();
      await page.getByText(/outstanding CHF 120,000.00/).waitFor();

      const notice = await downloaded(page, () =>
        france.getByRole('button', { name: /Assessment notice \(PDF\)/ }).click(),
      );
      expect(notice.download.suggestedFilename()).toMatch(/ASSESSMENT-FRA-EN\.pdf$/);
      expect(notice.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

      const payments = page.getByRole('form', { name: 'Record a payment' });
      await payments.getByLabel('From').selectOption({
        label: (await payments.getByLabel('From').locator('option', { hasText: 'France' }).textContent()) ?? '',
      });
      await payments.getByLabel('Amount').fill('1000.00');
      await payments.getByLabel('Received on').fill(dayFromToday(0));
      await payments.getByLabel('Bank reference').fill('FR-2026-14');
      await page.getByRole('button', { name: 'Record the payment' }).click();
      await payments.getByRole('status').filter({ hasText: 'Payment recorded.' }).waitFor();
      await expect.poll(() => france.textContent()).toContain('1,000.00 on');
      await expectAccessible(page, 'cost shares');
      await screenshot(page, `journey-${backend}-08-cost-shares`);
    });

    it('produces the lists of participants: the official one with contacts, the public one without them', async () => {
      const official = await downloaded(page, () =>
        page.getByRole('button', { name: 'List of participants Official (CSV)' }).click(),
      );
      const officialCsv = official.bytes.toString('utf8');
      expect(officialCsv.split('\n')[0]).toContain('E-mail,Telephone');
      expect(officialCsv).toContain('Nordmann');
      expect(officialCsv).toContain('Hansen');
      const officialPdf = await downloaded(page, () =>
        page.getByRole('button', { name: 'List of participants Official (PDF)' }).click(),
      );
      expect(officialPdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const publicList = await downloaded(page, () =>
        page.getByRole('button', { name: 'List of participants Public (CSV)' }).click(),
      );
      // Neither delegation consented to the public list naming its members: it names the States only.
      const publicCsv = publicList.bytes.toString('utf8');
      expect(publicCsv).toContain('Norway');
      expect(publicCsv).not.toContain('Nordmann');
      expect(publicCsv).not.toContain('E-mail');
      await screenshot(page, `journey-${backend}-09-documents`);
    });

    it('records Norway’s Article 7 report, publishes it and sees it in the compliance table', async () => {
      await page.goto('/states/NOR');
      await page.getByRole('heading', { name: 'Article 7 reports' }).waitFor();
      await page.getByRole('button', { name: 'Record a report' }).click();
      await page.getByLabel('Year covered').fill(String(LAST_YEAR));
      await page.getByLabel('Received through').selectOption('EMAIL');
      await page.getByRole('button', { name: 'Record the report' }).click();
      const report = page.getByRole('row', { name: new RegExp(`Annual ${LAST_YEAR}`) });
      await expect.poll(() => report.textContent()).toContain('Not published');
      await report.getByRole('button', { name: `Publish the annual report ${LAST_YEAR}` }).click();
      await expect.poll(() => report.textContent()).toMatch(/Published \d/);
      await screenshot(page, `journey-${backend}-10-report`);

      await openScreen(page, 'Reporting compliance');
      const norway = page.getByRole('row', { name: /Norway/ }).filter({ hasText: `Annual ${LAST_YEAR}` });
      await expect.poll(() => norway.textContent()).toMatch(/Late|On time/);
      expect(await norway.getByRole('button', { name: /Prepare a reminder/ }).count()).toBe(0);
      await expectAccessible(page, 'compliance');
      await screenshot(page, `journey-${backend}-11-compliance`);
    });

    it('sends the reminder of an overdue report, recorded as sent', async () => {
      const overdue = page
        .getByRole('row')
        .filter({ has: page.getByRole('button', { name: /Prepare a reminder/ }) })
        .first();
      await overdue.getByRole('button', { name: /Prepare a reminder/ }).click();
      await page.getByLabel('Note reference').fill(REMINDER_REFERENCE);
      await page.getByLabel('Issuing office').fill('ODA');
      await page.getByRole('button', { name: 'Preview the note' }).click();
      await expect.poll(() => page.locator('.note-preview pre').textContent()).toContain('presents its compliments');
      await page.getByRole('button', { name: 'Record the note as sent' }).click();
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: REMINDER_REFERENCE }).textContent())
        .toContain('recorded as sent');
      await screenshot(page, `journey-${backend}-12-reminder`);
    });

    it('shows each step in the audit trail: the meeting’s, then the reports’', async () => {
      await openScreen(page, 'Audit trail');
      const events = page.getByRole('table', { name: 'Audit events' });
      await page.getByLabel('Meeting').selectOption(decodeURIComponent(meetingPath.split('/')[2] ?? ''));
      await page.getByRole('button', { name: 'Show events' }).click();
      const meetingSteps = [
        'meeting.create',
        'meeting.update',
        'meeting.convene',
        'delegation.submit',
        'delegation.amend',
        'costEstimate.set',
        'costShares.issue',
        'payment.record',
      ];
      for (const action of meetingSteps) await events.getByRole('row').filter({ hasText: action }).first().waitFor();
      await expect.poll(() => events.getByRole('row').filter({ hasText: 'transparencyReport' }).count()).toBe(0);
      expect(await events.getByRole('row').filter({ hasText: 'delegation.amend' }).textContent()).toContain(
        DEMO_FOCAL_POINT.name,
      );
      await expectAccessible(page, 'audit trail');
      await screenshot(page, `journey-${backend}-13-audit-trail`);

      await page.getByLabel('Meeting').selectOption('');
      await page.getByRole('button', { name: 'Show events' }).click();
      for (const action of ['reportReminder.send', 'transparencyReport.publish', 'transparencyReport.record']) {
        await events.getByRole('row').filter({ hasText: action }).first().waitFor();
      }
      expect(
        await events.getByRole('row').filter({ hasText: 'transparencyReport.publish' }).first().textContent(),
      ).toContain(DEMO_ADMIN.name);
    });
  },
);
