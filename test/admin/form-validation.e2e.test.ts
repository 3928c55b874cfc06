import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, signIn, startAdminFixture, type AdminFixture } from './admin-fixture.ts';

/** The `input` variable of every GraphQL request the page sends (the SDK sends documents by hash, unnamed). */
function recordInputs(page: Page): Record<string, unknown>[] {
  const inputs: Record<string, unknown>[] = [];
  page.on('request', (request: Request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const body = request.postDataJSON() as { variables?: { input?: Record<string, unknown> } } | null;
    if (body?.variables?.input) inputs.push(body.variables.input);
  });
  return inputs;
}

/** How many of `inputs` carry `field`: a meeting's `symbolPrefix`, a cost estimate's `lines`. */
const sentWith = (inputs: Record<string, unknown>[], field: string) => inputs.filter((input) => field in input).length;

// The forms check what is typed with the domain's own schemas before sending anything.
describe('the admin app’s forms', () => {
  let fixture: AdminFixture;
  let page: Page;
  let inputs: Record<string, unknown>[];

  beforeAll(async () => {
    fixture = await startAdminFixture();
    page = await fixture.newPage();
    inputs = recordInputs(page);
  });

  afterAll(async () => {
    await fixture?.close();
  });

  it('names an empty date and a meeting in 1990 next to their fields, and sends nothing', async () => {
    await signIn(page, 'secretariat');
    await page.goto('/meetings/new');
    await page.getByRole('heading', { name: 'New meeting' }).waitFor();
    await page.getByLabel('Number').fill('21');
    await page.getByLabel('Document symbol prefix').fill('CCM/MSP/1990');
    await page.getByLabel('Opens on').fill('1990-09-11');
    await page.getByRole('button', { name: 'Create meeting' }).click();

    await page
      .getByText(
        'The opening date cannot be before 2008-05-30, when the Convention was adopted; check the year (got 1990-09-11).',
      )
      .waitFor();
    await page.getByText('The closing date must be a real date written YYYY-MM-DD, for example 2023-08-31.').waitFor();
    expect(await page.getByLabel('Opens on').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Closes on').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('body').textContent()).not.toContain('Variable');
    expect(sentWith(inputs, 'symbolPrefix')).toBe(0);
    await screenshot(page, 'form-validation-new-meeting');

    await page.getByLabel('Closes on').fill('2027-09-14');
    await page.getByLabel('Opens on').fill('2027-09-13');
    await page.getByLabel('Document symbol prefix').fill('CCM/MSP/2027');
    await page.getByRole('button', { name: 'Create meeting' }).click();
    await page.getByTestId('meeting-status').waitFor();
    // Sent once corrected (twice over the wire when the server first learns the document by its hash).
    expect(sentWith(inputs, 'symbolPrefix')).toBeGreaterThan(0);
  });

  it('names an amount written "12,345.67" next to its field, and sends nothing', async () => {
    const { meetingByCode } = await fixture.graphql<{ meetingByCode: { id: string } }>(
      'secretariat',
      '{ meetingByCode(code: "11MSP") { id } }',
    );
    await page.goto(`/meetings/${encodeURIComponent(meetingByCode.id)}`);
    const form = page.getByRole('form', { name: 'Set the cost estimate' });
    await form.waitFor();
    await form.getByLabel('Description').fill('Conference services: interpretation in six languages');
    await form.getByLabel('Amount').fill('12,345.67');
    await form.getByRole('button', { name: 'Save the estimate' }).click();

    await form
      .getByText(
        'The amount must be a number of at least 0, with at most 2 decimal places and a point as separator, such as "12345.60".',
      )
      .waitFor();
    expect(await form.getByLabel('Amount').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('body').textContent()).not.toContain('Variable');
    expect(sentWith(inputs, 'lines')).toBe(0);
    await screenshot(page, 'form-validation-cost-estimate');

    await form.getByLabel('Amount').fill('12345.67');
    await form.getByRole('button', { name: 'Save the estimate' }).click();
    await page.getByTestId('estimate-total').filter({ hasText: 'CHF 12,345.67' }).waitFor();
    expect(sentWith(inputs, 'lines')).toBeGreaterThan(0);
  });
});
