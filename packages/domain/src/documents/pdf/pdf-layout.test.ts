import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { MeetingData } from '../document-data.ts';
import type { DocumentLanguage } from '../document-language.ts';
import { createConveningNote, ODA_GENEVA } from '../fixtures/eleventh-meeting.ts';
import { createDelegate, PARTICIPANTS } from '../fixtures/participants.ts';
import type { AssessmentNoticeData } from '../render-assessment-notice.ts';
import type { ParticipantData } from '../render-list-of-participants.ts';
import { renderPdf, type RenderPdfOptions } from './render-pdf.ts';

/** A line of a page as a reader sees it: the text runs at one height, left to right. */
interface PageLine {
  text: string;
  /** The leftmost and rightmost points of its runs, in points from the page's left edge. */
  left: number;
  right: number;
}

/** A run of text as PDF.js reads it, at its starting point in points from the page's bottom left corner. */
interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
}

interface PdfPage {
  width: number;
  runs: TextRun[];
  lines: PageLine[];
}

// Runs whose baselines differ by less than this are on one line.
const SAME_LINE_TOLERANCE = 2;
// Text may touch the margin, not cross it: PDFKit's widths are rounded to a hundredth of a point.
const MARGIN_TOLERANCE = 0.5;
// The margin toPdfDefinition sets on every side.
const PAGE_MARGIN = 57;

/** The text of a PDF as served (compressed), read with PDF.js, line by line, with where each line starts and ends. */
async function readPdf(options: RenderPdfOptions): Promise<PdfPage[]> {
  const { content } = await renderPdf(options);
  const pdf = await getDocumentProxy(new Uint8Array(content));
  const pages: PdfPage[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const [, , width] = page.view;
    const runs: TextRun[] = (await page.getTextContent()).items.flatMap((item) =>
      'str' in item && item.str.trim() !== ''
        ? [{ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width }]
        : [],
    );
    const rows: TextRun[][] = [];
    for (const run of [...runs].sort((a, b) => b.y - a.y || a.x - b.x)) {
      const row = rows.find((candidate) => Math.abs((candidate[0]?.y ?? 0) - run.y) < SAME_LINE_TOLERANCE);
      if (row) row.push(run);
      else rows.push([run]);
    }
    const lines = rows.map((row) => {
      const ordered = row.sort((a, b) => a.x - b.x);
      return {
        text: ordered.map((run) => run.text.trim()).join(' '),
        left: Math.min(...ordered.map((run) => run.x)),
        right: Math.max(...ordered.map((run) => run.x + run.width)),
      };
    });
    pages.push({ width: width ?? 0, runs, lines });
  }
  await pdf.destroy();
  return pages;
}

const allLines = (pages: readonly PdfPage[]) => pages.flatMap((page) => page.lines.map((line) => line.text));

/** Every line of every page lies between the margins: nothing runs off the page or into the margin. */
function expectWithinMargins(pages: readonly PdfPage[]): void {
  for (const page of pages) {
    const outside = page.lines.filter(
      (line) => line.left < PAGE_MARGIN - MARGIN_TOLERANCE || line.right > page.width - PAGE_MARGIN + MARGIN_TOLERANCE,
    );
    expect(
      outside.map(
        (line) => `${line.text} (${Math.round(line.left)}-${Math.round(line.right)} of ${Math.round(page.width)})`,
      ),
    ).toEqual([]);
  }
}

const LONG_EMAIL_MEETING: MeetingData = {
  kind: 'MEETING_OF_STATES_PARTIES',
  number: 14,
  opensOn: '2026-12-14',
  closesOn: '2026-12-17',
  venue: { EN: 'Palais des Nations', FR: 'le Palais des Nations' },
  city: { EN: 'Geneva', FR: 'Genève' },
};

/** Delegations as long as real ones get: long State names, hyphenated names, long titles, long e-mail addresses, many members. */
const LONG_EMAIL_PARTICIPANTS: readonly ParticipantData[] = [
  ...PARTICIPANTS,
  {
    capacity: 'STATE_PARTY',
    name: {
      EN: 'United Kingdom of Great Britain and Northern Ireland',
      FR: 'Royaume-Uni de Grande-Bretagne et d’Irlande du Nord',
    },
    publicListConsent: true,
    members: [
      createDelegate({
        head: true,
        role: null,
        position: 1,
        salutation: 'H.E. Ms.',
        givenName: 'Alexandra-Josephine',
        familyName: 'Fotheringham-Whitworth',
        title: 'Ambassador and Permanent Representative to the Conference on Disarmament',
        email: 'alexandra-josephine.fotheringham-whitworth@fcdo.gov.uk',
        phone: '+41 22 918 23 00 ext. 2345',
      }),
      ...Array.from({ length: 12 }, (_, index) =>
        createDelegate({
          position: index + 2,
          role: index % 2 === 0 ? 'ADVISER' : 'ALTERNATE',
          givenName: `Christopher-Maximilian ${index + 1}`,
          familyName: 'Montgomery-Cunningham',
          title: 'Counsellor, Arms Control and Disarmament Section',
          email: `counsellor.arms-control-disarmament.${index + 1}@ukmissiongeneva.gov.uk`,
          phone: `+41 22 918 24 ${String(index + 10)}`,
        }),
      ),
    ],
  },
  {
    capacity: 'STATE_PARTY',
    name: { EN: 'Lao People’s Democratic Republic', FR: 'République démocratique populaire lao' },
    publicListConsent: true,
    members: [
      createDelegate({
        head: true,
        role: null,
        position: 1,
        givenName: 'Phonesavanh',
        familyName: 'Vongphachanh',
        email: 'permanentmission.laopdr.disarmamentaffairs@laomissiongeneva.org',
      }),
    ],
  },
  {
    capacity: 'ORGANISATION_ON_REQUEST',
    name: {
      EN: 'Geneva International Centre for Humanitarian Demining',
      FR: 'Centre international de déminage humanitaire de Genève',
    },
    publicListConsent: true,
    members: [
      createDelegate({
        head: true,
        role: null,
        position: 1,
        givenName: 'Ines',
        familyName: 'Dupont',
        email: 'international.cooperation.and.assistance.programme@gichd.org',
        phone: '+41 22 730 93 60',
      }),
    ],
  },
];

const EMAILS = LONG_EMAIL_PARTICIPANTS.flatMap((participant) =>
  participant.members.flatMap((member) => (member.email ? [member.email] : [])),
);
const PHONES = LONG_EMAIL_PARTICIPANTS.flatMap((participant) =>
  participant.members.flatMap((member) => (member.phone ? [member.phone] : [])),
);

const HEADERS: Record<DocumentLanguage, readonly string[]> = {
  EN: ['Participant', 'Role', 'Name', 'Title', 'E-mail', 'Telephone'],
  FR: ['Participant', 'Fonction', 'Nom', 'Titre', 'Courriel', 'Téléphone'],
};

const officialList = (language: DocumentLanguage) =>
  readPdf({
    document: 'LIST_OF_PARTICIPANTS',
    meeting: LONG_EMAIL_MEETING,
    participants: LONG_EMAIL_PARTICIPANTS,
    variant: 'OFFICIAL',
    language,
  });

describe('the PDF layout', () => {
  describe.each(['EN', 'FR'] as const)('the official list of participants in %s', (language) => {
    it('prints every column header on one line, under every capacity heading', async () => {
      const lines = allLines(await officialList(language));
      const headerLines = lines.filter((line) => line === HEADERS[language].join(' '));
      expect(headerLines.length).toBeGreaterThanOrEqual(5);
    });

    it('prints every delegate’s e-mail address and telephone number whole, each on one line', async () => {
      const lines = allLines(await officialList(language));
      for (const contact of [...EMAILS, ...PHONES])
        expect(
          lines.some((line) => line.includes(contact)),
          contact,
        ).toBe(true);
    });

    it('keeps every line within the margins of its page', async () => {
      expectWithinMargins(await officialList(language));
    });
  });

  it('breaks an address too long to keep whole rather than let it run off the page', async () => {
    const email = `${'delegation-of-the-lao-peoples-democratic-republic.'.repeat(3)}disarmament@laomissiongeneva.org`;
    const participants: readonly ParticipantData[] = [
      {
        ...LONG_EMAIL_PARTICIPANTS[0]!,
        members: [createDelegate({ head: true, role: null, position: 1, email, phone: '+856 21 414 002' })],
      },
    ];
    const pages = await readPdf({
      document: 'LIST_OF_PARTICIPANTS',
      meeting: LONG_EMAIL_MEETING,
      participants,
      variant: 'OFFICIAL',
      language: 'EN',
    });
    expectWithinMargins(pages);
    const runs = pages.flatMap((page) => page.runs);
    const header = runs.find((run) => run.text === 'E-mail');
    const column = runs.filter(
      (run) => Math.abs(run.x - (header?.x ?? 0)) < SAME_LINE_TOLERANCE && run.y < (header?.y ?? 0),
    );
    expect(column.map((run) => run.text).join('')).toBe(email);
    expect(allLines(pages)).toContain(HEADERS.EN.join(' '));
  });

  it('dates the official list with an en dash, as printed: "Geneva, 14–17 December 2026"', async () => {
    expect(allLines(await officialList('EN'))).toContain('Geneva, 14–17 December 2026');
    expect(allLines(await officialList('FR'))).toContain('Genève, 14–17 décembre 2026');
  });

  it('keeps the public list within the margins, with its four headers and no contact data', async () => {
    const pages = await readPdf({
      document: 'LIST_OF_PARTICIPANTS',
      meeting: LONG_EMAIL_MEETING,
      participants: LONG_EMAIL_PARTICIPANTS,
      variant: 'PUBLIC',
      language: 'EN',
    });
    expectWithinMargins(pages);
    const lines = allLines(pages);
    expect(lines).toContain('Participant Role Name Title');
    expect(lines.some((line) => EMAILS.some((email) => line.includes(email)))).toBe(false);
  });

  it('keeps a convening note with a long web address and a long office e-mail within the margins', async () => {
    const email = 'conference-services.disarmament-treaties.secretariat@un.org';
    const webPage =
      'https://meetings.unoda.org/ccm-msp/convention-on-cluster-munitions-fourteenth-meeting-of-states-parties-2026?tab=documents&registration=delegations';
    const note = createConveningNote({ meeting: { webPage }, secretariatOffice: { ...ODA_GENEVA, email } });
    for (const language of ['EN', 'FR'] as const) {
      const pages = await readPdf({ document: 'CONVENING_NOTE', note, language });
      expectWithinMargins(pages);
      expect(allLines(pages).some((line) => line.includes(email))).toBe(true);
    }
  });

  it('keeps an assessment notice for a State with a long name and many payments within the margins', async () => {
    const notice: AssessmentNoticeData = {
      reference: 'CCM/MSP/2026/ASSESSMENT/GBR',
      date: '2026-06-01',
      issuingOffice: ODA_GENEVA,
      state: {
        name: {
          EN: 'United Kingdom of Great Britain and Northern Ireland',
          FR: 'le Royaume-Uni de Grande-Bretagne et d’Irlande du Nord',
        },
      },
      meeting: LONG_EMAIL_MEETING,
      convention: {
        title: { EN: 'Convention on Cluster Munitions', FR: 'la Convention sur les armes à sous-munitions' },
        costSharingArticle: { EN: 'Article 14, paragraph 1', FR: 'le paragraphe 1 de l’article 14' },
      },
      scale: { name: '2025-2027', resolution: 'A/RES/79/249' },
      estimate: { kind: 'ESTIMATE', total: '1234567.89', currency: 'USD' },
      share: { assessed: true, ratePercent: '4.375000', sharePercent: '10.112345678', amount: '124843.21' },
      payments: Array.from({ length: 30 }, (_, index) => ({
        receivedOn: '2026-07-01',
        amount: '1000.00',
        currency: 'USD',
        reference: `FCDO-TREASURY-TRANSFER-2026-07-${String(index + 1).padStart(4, '0')}-CCM-MSP14`,
      })),
    };
    for (const language of ['EN', 'FR'] as const) {
      const pages = await readPdf({ document: 'ASSESSMENT_NOTICE', notice, language });
      expectWithinMargins(pages);
      expect(
        allLines(pages).some((line) => (language === 'EN' ? /US\$1,234,567\.89/ : /1\s234\s567,89\s\$US/).test(line)),
      ).toBe(true);
    }
  });
});
