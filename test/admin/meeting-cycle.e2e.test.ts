import { readFile } from 'node:fs/promises';
import { DEFAULT_DEMO_PASSWORD } from '@plenary/api';
import { testBackends } from '@plenary/db/testing';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayFromToday, expectAccessible, openScreen, screenshot, startAdminFixture, type AdminFixture } from './admin-fixture.ts';

// The README's demo users, with the README's password: what a new meetings officer signs in with.
const DEMO_ADMIN = { email: 'admin@plenary.local', name: 'Demo administrator' };
const DEMO_FOCAL_POINT = { email: 'focal.point.nor@plenary.local', name: 'Demo focal point of Norway' };

const OPENS_IN_DAYS = 40;

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

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { download, bytes: await readFile(await download.path()) };
}

// One meeting's whole cycle, as the secretariat runs it on the server `npm start` starts: each step builds on the
// one before, in the order a meetings officer works.
describe.each(testBackends())('the secretariat runs the Fourteenth Meeting of States Parties from convening to the audit trail (%s)', (backend) => {
  let fixture: AdminFixture;
  let page: Page;
  let meetingPath: string;

  beforeAll(async () => {
    fixture = await startAdminFixture({ backend });
    page = await fixture.newPage();
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

  it('convenes it and invites the States Parties, observers and organisations of right', async () => {
    await page.getByRole('button', { name: 'Convene meeting' }).click();
    await expect.poll(() => page.getByTestId('meeting-status').textContent()).toBe('Convened');
    const counts = page.getByRole('table', { name: 'Invited by capacity' });
    const invited = async (capacity: string) => Number((await counts.getByRole('row', { name: new RegExp(`^${capacity}`) }).locator('td').textContent()) ?? 'NaN');
    await counts.getByRole('row', { name: /^State party/ }).waitFor();
    // The seed's 197 States: over a hundred Parties, the signatories that have not ratified, and the rest.
    expect(await invited('State party')).toBeGreaterThan(100);
    expect(await invited('Signatory observer')).toBeGreaterThan(5);
    expect(await invited('Non signatory observer')).toBeGreaterThan(50);
    expect(await invited('Organisation of right')).toBe(5);
    const invitations = page.getByRole('region', { name: 'Invitations to 14MSP' });
    for (const organisation of ['International Committee of the Red Cross', 'Cluster Munition Coalition', 'United Nations']) {
      await invitations.getByRole('row', { name: new RegExp(organisation) }).first().waitFor();
    }
    await expectAccessible(page, 'convened meeting');
    await screenshot(page, `journey-${backend}-03-convened`);
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
    await page.getByRole('button', { name: 'Record the delegation' }).click();
    const row = page.getByRole('row', { name: /Kari Nordmann/ });
    await row.waitFor();
    expect(await row.locator('.badge').textContent()).toBe('On time');

    await page.getByRole('button', { name: 'Amend the delegation of Norway' }).click();
    await page.getByRole('button', { name: 'Add a member' }).click();
    await page.getByRole('group', { name: 'Member 2' }).getByLabel('Given name').fill('Ola');
    await page.getByRole('group', { name: 'Member 2' }).getByLabel('Family name').fill('Hansen');
    await page.getByRole('group', { name: 'Member 2' }).getByLabel('Role').selectOption('ADVISER');
    await page.getByRole('button', { name: 'Save the delegation' }).click();
    await expect.poll(() => row.textContent()).toMatch(/Kari Nordmann.*2/);
    await expectAccessible(page, 'focal point’s delegation');
    await screenshot(page, `journey-${backend}-04-focal-point-delegation`);
    await signOut(page);
  });
});
