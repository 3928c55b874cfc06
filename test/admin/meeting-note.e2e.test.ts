import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  openScreen,
  screenshot,
  signIn,
  startAdminFixture,
  type AdminFixture,
} from './admin-fixture.ts';

// A new meeting's convening note, from nothing to its downloads, through the screens only: the secretariat creates
// the Fourteenth Meeting of States Parties, enters what its note prints, and downloads the note in English and French.

const ADDRESSEES = 'Permanent Representatives of Member and Observer States to the United Nations';
const ADDRESSEES_FR =
  'les Représentants permanents des États Membres et des États observateurs auprès de l’Organisation des Nations Unies';

describe('a new meeting’s convening note in the admin app', () => {
  let fixture: AdminFixture;
  let page: Page;

  beforeAll(async () => {
    fixture = await startAdminFixture();
    page = await fixture.newPage();
  });

  afterAll(async () => {
    await fixture?.close();
  });

  /** Downloads the note through its button on the meeting's screen and gives the file's text. */
  async function downloadNote(
    format: 'PDF' | 'HTML' | 'Text',
    language: 'English' | 'French',
  ): Promise<{ name: string; content: Buffer }> {
    const button = page.getByRole('button', { name: new RegExp(`^Convening note\\s*${format} \\(${language}\\)$`) });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    return { name: download.suggestedFilename(), content: await readFile(await download.path()) };
  }

  it('creates the Fourteenth Meeting, which has no note to download yet', async () => {
    await signIn(page, 'secretariat');
    await openScreen(page, 'Meetings');
    await page.getByRole('link', { name: 'New meeting' }).click();
    await page.getByRole('heading', { name: 'New meeting' }).waitFor();
    await page.getByLabel('Number').fill('14');
    await page.getByLabel('Document symbol prefix').fill('CCM/MSP/2026');
    await page.getByLabel('Opens on').fill('2026-09-14');
    await page.getByLabel('Closes on').fill('2026-09-17');
    await page.getByRole('button', { name: 'Create meeting' }).click();
    await page.getByRole('heading', { name: 'Fourteenth Meeting of States Parties' }).waitFor();
    await page.getByText('No convening note is recorded for this meeting').waitFor();
  });

  it('enters the note’s details, shows a mistake next to its field and keeps what was typed', async () => {
    await page.getByRole('link', { name: 'Edit meeting and convening note' }).click();
    await page.getByRole('heading', { name: 'Edit Fourteenth Meeting of States Parties' }).waitFor();
    await expectAccessible(page, 'edit meeting');

    await page.getByLabel('Venue in French').fill('le Palais des Nations');
    await page.getByLabel('City in French').fill('Genève');
    await page.getByLabel('Country in French').fill('Suisse');
    await page
      .getByLabel('Web page')
      .fill('https://meetings.unoda.org/ccm-msp/fourteenth-meeting-of-states-parties-2026');
    await page.getByLabel('Delegation deadline').fill('2026-08-28');
    await page.getByLabel('Reporting deadline').fill('2026-04-30');
    await page.getByLabel('Secretariat office').selectOption('ODA-GENEVA');
    await page.getByLabel('Note reference').fill('ODA/2026-00050');
    await page.getByLabel('Note date').fill('2026-03-16');
    await page.getByLabel('Issuing office').selectOption('ODA');
    await page.getByLabel('Mandating resolution').selectOption('77/79');
    // The French addressees first, without the English: refused, and named next to the field.
    await page.getByLabel('Addressees in French').fill(ADDRESSEES_FR);
    await page.getByRole('button', { name: 'Save meeting' }).click();
    await page.getByText('Give the addressees in English before their French wording.').waitFor();
    expect(await page.getByLabel('Addressees in French').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('City in French').inputValue()).toBe('Genève');
    await expectAccessible(page, 'edit meeting with errors');
    await screenshot(page, 'meeting-note-edit-errors');

    await page.getByLabel('Addressees', { exact: true }).fill(ADDRESSEES);
    await page.getByRole('button', { name: 'Save meeting' }).click();
    await page.getByRole('heading', { name: 'Fourteenth Meeting of States Parties', exact: true }).waitFor();
    await page.getByText('ODA/2026-00050 of').waitFor();
    await page.getByText('under resolution A/RES/77/79').waitFor();
  });

  it('downloads the note as PDF, HTML and text, in English and in French', async () => {
    await page.getByRole('heading', { name: 'Documents', level: 2 }).waitFor();
    const pdfs = [await downloadNote('PDF', 'English'), await downloadNote('PDF', 'French')];
    expect(pdfs.map((pdf) => pdf.name)).toEqual(['ODA-2026-00050-EN.pdf', 'ODA-2026-00050-FR.pdf']);
    for (const pdf of pdfs) expect(pdf.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const englishText = (await downloadNote('Text', 'English')).content.toString('utf8');
    expect(englishText).toContain(
      'convene the Fourteenth Meeting of States Parties to the Convention on Cluster Munitions from 14 to 17 September 2026 at the Palais des Nations in Geneva, Switzerland',
    );
    expect(englishText).toContain('should be submitted by Friday, 28 August 2026, to the Secretary');
    const frenchText = (await downloadNote('Text', 'French')).content.toString('utf8');
    expect(frenchText).toContain(
      'convoquer la quatorzième Assemblée des États parties à la Convention sur les armes à sous-munitions, qui se tiendra du 14 au 17 septembre 2026 au Palais des Nations à Genève (Suisse)',
    );
    expect(frenchText).toContain(
      'Le Bureau des affaires de désarmement présente ses compliments aux Représentants permanents',
    );
    expect(frenchText).not.toContain('Geneva, Switzerland');

    const englishHtml = (await downloadNote('HTML', 'English')).content.toString('utf8');
    expect(englishHtml).toContain('<html lang="en">');
    const frenchHtml = await downloadNote('HTML', 'French');
    expect(frenchHtml.name).toBe('ODA-2026-00050-FR.html');
    expect(frenchHtml.content.toString('utf8')).toContain('<html lang="fr">');
    expect(frenchHtml.content.toString('utf8')).toContain('au Palais des Nations à Genève (Suisse)');
    await expectAccessible(page, 'meeting with its convening note');
    await screenshot(page, 'meeting-note-downloads');
  });

  it('flags on the Eleventh Meeting’s screen the weekday its note printed against the calendar', async () => {
    await openScreen(page, 'Meetings');
    await page.getByRole('link', { name: 'Eleventh Meeting of States Parties', exact: true }).click();
    const flag = page.getByRole('note', { name: 'The convening note disagrees with the calendar' });
    await flag.waitFor();
    expect(await flag.textContent()).toContain('as Friday, 31 August 2023, but 31 August 2023 is a Thursday');
    const text = (await downloadNote('Text', 'English')).content.toString('utf8');
    expect(text).toContain('should be submitted by Friday, 31 August 2023, to the Secretary');
  });
});
