import { describe, expect, it } from 'vitest';
import { ELEVENTH_MEETING_NOTE } from '../fixtures/eleventh-meeting.ts';
import { ELEVENTH_MEETING, PARTICIPANTS } from '../fixtures/participants.ts';
import type { AssessmentNoticeData } from '../render-assessment-notice.ts';
import type { ReportReminderData } from '../render-report-reminder.ts';
import { renderPdf } from './render-pdf.ts';
import { toPdfDefinition } from './to-pdf-definition.ts';

// WinAnsi (Windows-1252) is Latin-1 except for 0x80-0x9F; Node's TextDecoder reads that range as Latin-1 controls.
const WIN_ANSI_0X80 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const WIN_ANSI_HIGH_START = 0x80;
const WIN_ANSI_HIGH_END = 0x9f;

function decodeWinAnsi(hex: string): string {
  return [...Buffer.from(hex, 'hex')]
    .map((byte) =>
      byte >= WIN_ANSI_HIGH_START && byte <= WIN_ANSI_HIGH_END
        ? WIN_ANSI_0X80.charAt(byte - WIN_ANSI_HIGH_START)
        : String.fromCharCode(byte),
    )
    .join('');
}

/**
 * The text drawn on the pages of an uncompressed PDF: PDFKit writes the standard fonts' text as hex strings in
 * WinAnsi inside TJ arrays, word by word. White space is dropped, since the layout decides where it goes.
 */
function pageText(pdf: Uint8Array): string {
  const file = Buffer.from(pdf).toString('latin1');
  const arrays = file.match(/\[([^\]]*)\] TJ/g) ?? [];
  return arrays
    .flatMap((array) => [...array.matchAll(/<([0-9a-f]*)>/g)].map((match) => decodeWinAnsi(match[1] ?? '')))
    .join('')
    .replace(/\s+/g, '');
}

const squash = (text: string) => text.replace(/\s+/g, '');

const NOTICE: AssessmentNoticeData = {
  reference: 'CCM/MSP/2023/ASSESSMENT/CIV',
  date: '2023-06-01',
  issuingOffice: ELEVENTH_MEETING_NOTE.secretariatOffice,
  state: { name: { EN: 'Côte d’Ivoire', FR: 'la Côte d’Ivoire' } },
  meeting: ELEVENTH_MEETING,
  convention: {
    title: ELEVENTH_MEETING_NOTE.convention.title,
    costSharingArticle: ELEVENTH_MEETING_NOTE.convention.costSharingArticle,
  },
  scale: { name: '2022-2024', resolution: 'A/RES/76/238' },
  estimate: { kind: 'ESTIMATE', total: '411257.00', currency: 'USD' },
  share: { assessed: true, ratePercent: '0.022000', sharePercent: '0.050845000', amount: '209.11' },
  payments: [{ receivedOn: '2023-07-03', amount: '100.00', currency: 'USD', reference: 'CI-1' }],
};

describe('renderPdf', () => {
  it('renders the Eleventh Meeting’s convening note as a PDF holding its reference, title and deadline', async () => {
    const pdf = await renderPdf({
      document: 'CONVENING_NOTE',
      note: ELEVENTH_MEETING_NOTE,
      language: 'EN',
      compress: false,
    });
    expect(pdf.mediaType).toBe('application/pdf');
    expect(pdf.fileName).toBe('ODA-2023-00050-EN.pdf');
    expect(Buffer.from(pdf.content.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const text = pageText(pdf.content);
    expect(text).toContain(squash('REFERENCE: ODA/2023-00050'));
    expect(text).toContain(
      squash('convene the Eleventh Meeting of States Parties to the Convention on Cluster Munitions'),
    );
    expect(text).toContain(squash('submitted by Friday, 31 August 2023'));
    expect(text).toContain(squash('[…] shall be borne by'));
  });

  it('renders the French note with its accented text intact', async () => {
    const pdf = await renderPdf({
      document: 'CONVENING_NOTE',
      note: ELEVENTH_MEETING_NOTE,
      language: 'FR',
      compress: false,
    });
    const text = pageText(pdf.content);
    expect(text).toContain(squash('RÉFÉRENCE : ODA/2023-00050'));
    expect(text).toContain(
      squash('la onzième Assemblée des États parties à la Convention sur les armes à sous-munitions'),
    );
    expect(text).toContain(squash('d’ici au vendredi 31 août 2023'));
  });

  it('compresses by default', async () => {
    const pdf = await renderPdf({ document: 'CONVENING_NOTE', note: ELEVENTH_MEETING_NOTE, language: 'EN' });
    const file = Buffer.from(pdf.content).toString('latin1');
    expect(file.startsWith('%PDF-')).toBe(true);
    expect(file).toContain('/FlateDecode');
    expect(pageText(pdf.content)).not.toContain('ODA/2023-00050');
  });

  it('renders the assessment notice in English and French, with a State whose name is not ASCII', async () => {
    const english = pageText(
      (await renderPdf({ document: 'ASSESSMENT_NOTICE', notice: NOTICE, language: 'EN', compress: false })).content,
    );
    expect(english).toContain(squash('CCM/MSP/2023/ASSESSMENT/CIV'));
    expect(english).toContain(squash('Assessment of Côte d’Ivoire'));
    expect(english).toContain(squash('Eleventh Meeting of States Parties'));
    expect(english).toContain(squash('US$109.11'));
    const french = pageText(
      (await renderPdf({ document: 'ASSESSMENT_NOTICE', notice: NOTICE, language: 'FR', compress: false })).content,
    );
    expect(french).toContain(squash('Quote-part de la Côte d’Ivoire'));
    expect(french).toContain(squash('Onzième Assemblée des États parties'));
    expect(french).toContain(squash('109,11'));
  });

  it('renders the list of participants and the report reminder too', async () => {
    const list = await renderPdf({
      document: 'LIST_OF_PARTICIPANTS',
      meeting: ELEVENTH_MEETING,
      participants: PARTICIPANTS,
      variant: 'PUBLIC',
      order: 'ENGLISH_NAME',
      language: 'EN',
      compress: false,
    });
    expect(list.fileName).toBe('public-list-of-participants-meeting_of_states_parties-11-en.pdf');
    expect(pageText(list.content)).toContain(squash('Thomas Göbel'));
    const reminder: ReportReminderData = {
      reference: 'ODA/2024-00123',
      date: '2024-03-15',
      issuingOffice: ELEVENTH_MEETING_NOTE.issuingOffice,
      addressee: 'Permanent Mission of Nigeria to the United Nations',
      state: { name: 'Nigeria' },
      convention: { title: 'Convention on Cluster Munitions', reportingArticle: 'Article 7' },
      report: { kind: 'INITIAL', periodStart: '2023-08-01', periodEnd: '2023-08-01', dueOn: '2024-01-28' },
      submission: { office: ELEVENTH_MEETING_NOTE.secretariatOffice },
    };
    expect(
      pageText((await renderPdf({ document: 'REPORT_REMINDER', reminder, language: 'EN', compress: false })).content),
    ).toContain(squash('no later than 28 January 2024'));
    const second = {
      ...reminder,
      reference: 'ODA/2024-00124',
      addressee: 'Permanent Mission of Cuba to the United Nations',
      state: { name: 'Cuba' },
    };
    const merged = await renderPdf({
      document: 'REPORT_REMINDERS',
      reminders: [reminder, second],
      title: 'Reminders of 15 March 2024',
      fileName: 'reminders-2024-03-15-EN',
      language: 'EN',
      compress: false,
    });
    expect(merged.fileName).toBe('reminders-2024-03-15-EN.pdf');
    const text = pageText(merged.content);
    expect(text.indexOf(squash('REFERENCE: ODA/2024-00123'))).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(squash('REFERENCE: ODA/2024-00124'))).toBeGreaterThan(
      text.indexOf(squash('REFERENCE: ODA/2024-00123')),
    );
    // Each note on its own page.
    expect(
      Buffer.from(merged.content)
        .toString('latin1')
        .match(/\/Type \/Page\b/g),
    ).toHaveLength(2);
  });

  it('lays out blocks for print: links only to the web and e-mail, amounts to the right', () => {
    const definition = toPdfDefinition({
      model: {
        language: 'EN',
        title: 'T',
        fileName: 't',
        blocks: [
          {
            kind: 'paragraph',
            inlines: [{ text: 'bad', href: 'javascript:x' }, { text: 'ok', href: 'https://x.org' }, 'plain'],
          },
          { kind: 'table', header: ['Item', 'Value'], rows: [['a', '1']], numericColumns: [1] },
        ],
      },
    });
    expect(definition.compress).toBe(true);
    expect(definition.content[0]).toMatchObject({ text: ['bad', { text: 'ok', link: 'https://x.org' }, 'plain'] });
    expect(definition.content[1]).toMatchObject({
      table: {
        body: [
          [
            { text: 'Item', bold: true },
            { text: 'Value', alignment: 'right' },
          ],
          [{ text: 'a' }, { text: '1', alignment: 'right' }],
        ],
      },
    });
  });
});
