import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { testBackends } from '@plenary/db/testing';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { assert, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isObjectType } from 'graphql';
import { createDelegation, createInvitation, createMeeting } from './support/factories.ts';
import { schema } from '../src/schema/index.ts';
import { graphql, type SchemaType, type VariablesOf } from './support/graphql.ts';
import { expectResult } from './support/expect-result.ts';
import { createActors, createQueryCounter, startApi, type Actors, type ApiFixture } from './support/index.ts';

// Documents rendered from the seeded database, through GraphQL and the download routes (src/http/documents.ts).

const SEED = readFileSync(
  new URL('../../../packages/domain/src/documents/fixtures/000_ec98af6efa4ce97a.txt', import.meta.url),
  'utf8',
);

/**
 * As the domain's seed test compares them (packages/domain/src/documents/render-convening-note.test.ts): the seed
 * was typed for paper, so both texts are split into paragraphs at blank lines with white space collapsed, and the
 * URL the seed breaks after a hyphen is joined again.
 */
function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/(https?:\/\/\S*-)[ \t]*\n\s*(?=\S)/g, '$1')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
}

/** The seed's one slip, reproduced as issued: it prints "Friday, 31 August 2023", a Thursday. */
const ISSUED_DEADLINE = 'Friday, 31 August 2023';

// WinAnsi (Windows-1252) bytes 0x80-0x9F, which Latin-1 reads as control characters.
const WIN_ANSI_0X80 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * The text drawn on a PDF's pages, parsed back: every Flate stream inflated, then the hex strings PDFKit writes
 * inside TJ arrays decoded from WinAnsi. White space is dropped (the layout decides where it goes).
 */
function pdfText(pdf: Buffer): string {
  const file = pdf.toString('latin1');
  const streams = [...file.matchAll(/stream\r?\n/g)].flatMap((match) => {
    const start = (match.index ?? 0) + match[0].length;
    const end = file.indexOf('endstream', start);
    try {
      return [inflateSync(pdf.subarray(start, end)).toString('latin1')];
    } catch {
      return [];
    }
  });
  return streams
    .flatMap((content) => [...content.matchAll(/\[([^\]]*)\] TJ/g)])
    .flatMap((array) => [...(array[1] ?? '').matchAll(/<([0-9a-f]*)>/g)])
    .map((hex) =>
      [...Buffer.from(hex[1] ?? '', 'hex')]
        .map((byte) => (byte >= 0x80 && byte <= 0x9f ? WIN_ANSI_0X80.charAt(byte - 0x80) : String.fromCharCode(byte)))
        .join(''),
    )
    .join('')
    .replace(/\s+/g, '');
}

const squash = (text: string) => text.replace(/\s+/g, '');

const NOTE_QUERY = graphql(`
  query DocumentsConveningNote($code: String!, $format: LetterFormat, $language: Language) {
    meetingByCode(code: $code) {
      id
      version
      conveningNoteVerbale(format: $format, language: $language) { content mediaType fileName }
    }
  }
`);

const LIST_QUERY = graphql(`
  query DocumentsListOfParticipants(
    $code: String!
    $variant: ListOfParticipantsVariant
    $format: ListOfParticipantsFormat
    $language: Language
  ) {
    meetingByCode(code: $code) {
      listOfParticipants(variant: $variant, format: $format, language: $language) { content mediaType fileName }
    }
  }
`);

const NOTICE_QUERY = graphql(`
  query DocumentsAssessmentNotice($id: ID!, $format: LetterFormat, $language: Language) {
    node(id: $id) {
      __typename
      ... on CostShare { assessmentNotice(format: $format, language: $language) { content mediaType fileName } }
    }
  }
`);

const REMINDER_QUERY = graphql(`
  query DocumentsReportReminder($iso3: String!, $kind: ReportKind!, $year: Int!, $date: Date, $language: Language) {
    state(iso3: $iso3) {
      reportReminder(
        kind: $kind
        periodYear: $year
        reference: "ODA/2024-00123"
        date: $date
        issuingOffice: "ODA"
        submissionOffice: "ODA-GENEVA"
        language: $language
      ) { content fileName }
    }
  }
`);

const MEETING_NOTE_FILE_NAMES = graphql(`
  query DocumentsMeetingNoteFileNames($first: Int!) {
    meetings(first: $first) { edges { node { code conveningNoteVerbale { fileName } } } }
  }
`);

const ELEVENTH_MEETING_DOCUMENTS = graphql(`
  query DocumentsOfTheEleventhMeeting {
    meetingByCode(code: "11MSP") {
      documents(first: 5) { totalCount edges { node { symbol title kind languages status issuedOn url } } }
    }
  }
`);

const ELEVENTH_MEETING_DOCUMENT_LANGUAGES = graphql(`
  query DocumentsLanguagesAtTheEleventhMeeting {
    meetingByCode(code: "11MSP") { documents(first: 5) { edges { node { symbol languages } } } }
  }
`);

const UPDATE_MEETING = graphql(`
  mutation DocumentsUpdateMeeting($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {
    updateMeeting(id: $id, version: $version, input: $input) { __typename ... on Error { message } }
  }
`);

describe.each(testBackends())('documents rendered from the database on %s', (backend) => {
  let api: ApiFixture;
  let actors: Actors;
  let germanShareId: string;
  let holySeeShareId: string;
  const counter = createQueryCounter();

  const note = async (variables: VariablesOf<typeof NOTE_QUERY>, headers?: Record<string, string>) => {
    const { body } = await api.graphql(NOTE_QUERY, { variables, ...(headers && { headers }) });
    return body;
  };
  const list = async (variables: VariablesOf<typeof LIST_QUERY>, headers?: Record<string, string>) => {
    const { body } = await api.graphql(LIST_QUERY, { variables, ...(headers && { headers }) });
    return body;
  };
  const notice = async (shareId: string, headers: Record<string, string>, language: SchemaType<'Language'> = 'EN') => {
    const { body } = await api.graphql(NOTICE_QUERY, {
      variables: { id: encodeGlobalID('CostShare', shareId), language },
      headers,
    });
    return body;
  };
  /** The notice in an answer, its node read as the cost share it is. */
  const noticeOf = (body: Awaited<ReturnType<typeof notice>>) =>
    expectResult(body.data!.node!, 'CostShare').assessmentNotice;
  const download = (path: string, headers: Record<string, string> = {}) => fetch(`${api.url}${path}`, { headers });

  beforeAll(async () => {
    api = await startApi({ backend, onQuery: counter.onQuery });
    actors = await createActors(api, { stateIso3: 'DEU', otherStateIso3: 'FRA' });
    const prisma = api.database.prisma;

    // Participants of the Eleventh Meeting in every capacity.
    const eleventh = await prisma.meeting.findFirstOrThrow({ where: { code: '11MSP' } });
    const delegationOf = async (
      participant: string,
      options: {
        capacity:
          | 'STATE_PARTY'
          | 'SIGNATORY_OBSERVER'
          | 'NON_SIGNATORY_OBSERVER'
          | 'ORGANISATION_OF_RIGHT'
          | 'ORGANISATION_ON_REQUEST';
        organisation?: boolean;
        consent: boolean;
        members: Parameters<typeof createDelegation>[1]['members'];
      },
    ) => {
      const invitation = await createInvitation(prisma, {
        meetingId: eleventh.id,
        participant,
        capacity: options.capacity,
        ...(options.organisation && { organisation: true }),
        status: options.capacity === 'ORGANISATION_ON_REQUEST' ? 'APPROVED' : 'ISSUED',
      });
      const delegation = await createDelegation(prisma, {
        invitationId: invitation.id,
        ...(options.members && { members: options.members }),
      });
      await prisma.delegation.update({ where: { id: delegation.id }, data: { publicListConsent: options.consent } });
    };
    await delegationOf('CHE', {
      capacity: 'STATE_PARTY',
      consent: true,
      members: [
        { role: 'ADVISER', givenName: 'Anna', familyName: 'Muster, Jr.' },
        { role: 'HEAD', givenName: 'Félix', familyName: 'Baumann', email: 'felix.baumann@example.org' },
        { role: 'ALTERNATE', givenName: 'Eve', familyName: '=HYPERLINK("http://evil.example")' },
      ],
    });
    await delegationOf('CIV', {
      capacity: 'STATE_PARTY',
      consent: false,
      members: [{ role: 'HEAD', givenName: 'Awa', familyName: 'Koné', email: 'awa.kone@example.org' }],
    });
    await delegationOf('DEU', {
      capacity: 'STATE_PARTY',
      consent: true,
      members: [{ role: 'HEAD', givenName: 'Jonas', familyName: 'Schmidt' }],
    });
    await delegationOf('IDN', {
      capacity: 'SIGNATORY_OBSERVER',
      consent: true,
      members: [{ role: 'HEAD', givenName: 'Sari', familyName: 'Wulandari' }],
    });
    await delegationOf('USA', {
      capacity: 'NON_SIGNATORY_OBSERVER',
      consent: true,
      members: [{ role: 'HEAD', givenName: 'John', familyName: 'Smith' }],
    });
    await delegationOf('ICRC', {
      capacity: 'ORGANISATION_OF_RIGHT',
      organisation: true,
      consent: true,
      members: [{ role: 'HEAD', givenName: 'Marie', familyName: 'Dupont' }],
    });
    await delegationOf('CMC', {
      capacity: 'ORGANISATION_ON_REQUEST',
      organisation: true,
      consent: true,
      members: [{ role: 'HEAD', givenName: 'Tamar', familyName: 'Gabelnick' }],
    });

    // Shares of its cost: Germany assessed and partly paid, the Holy See without a UN rate.
    const scale = await prisma.assessmentScale.findUniqueOrThrow({ where: { name: '2022-2024' } });
    const [germany, holySee] = await Promise.all(
      ['DEU', 'VAT'].map((iso3) => prisma.state.findUniqueOrThrow({ where: { iso3 } })),
    );
    const estimate = await prisma.costEstimate.create({
      data: { meetingId: eleventh.id, kind: 'ESTIMATE', version: 1, currency: 'USD', total: '411257.00' },
    });
    const issue = await prisma.costShareIssue.create({
      data: {
        meetingId: eleventh.id,
        version: 1,
        estimateId: estimate.id,
        scaleId: scale.id,
        payerRule: 'STATES_PARTIES_AND_PARTICIPATING_NON_PARTIES',
        ceilingAndFloorReapplied: false,
        currency: 'USD',
        total: '411257.00',
        issuedAt: new Date('2023-06-01T10:00:00Z'),
      },
    });
    const germanShare = await prisma.costShare.create({
      data: {
        issueId: issue.id,
        stateId: germany!.id,
        ratePercent: '6.111',
        sharePercent: '14.123456789',
        amount: '58084.12',
        assessed: true,
      },
    });
    const holySeeShare = await prisma.costShare.create({
      data: { issueId: issue.id, stateId: holySee!.id, assessed: false },
    });
    await prisma.payment.create({
      data: {
        costShareId: germanShare.id,
        receivedOn: new Date('2023-07-03T00:00:00Z'),
        amount: '50000.00',
        currency: 'USD',
        reference: 'DE-2023-17',
      },
    });
    germanShareId = germanShare.id;
    holySeeShareId = holySeeShare.id;
  });

  afterAll(async () => {
    await api?.close();
  });

  describe('the convening note verbale', () => {
    it("renders the Eleventh Meeting's note from the seeded database word for word as issued, paragraph by paragraph", async () => {
      expect(SEED.split(ISSUED_DEADLINE)).toHaveLength(2);
      const body = await note({ code: '11MSP' });
      expect(body.errors).toBeUndefined();
      const rendered = body.data!.meetingByCode!.conveningNoteVerbale!;
      expect(rendered).toMatchObject({ mediaType: 'text/plain; charset=utf-8', fileName: 'ODA-2023-00050-EN.txt' });
      const expected = paragraphsOf(SEED);
      const actual = paragraphsOf(rendered.content);
      expect(actual).toHaveLength(expected.length);
      expected.forEach((paragraph, index) => expect(actual[index], `paragraph ${index + 1}`).toBe(paragraph));
    });

    it('renders it in French and as print-ready HTML from the French texts the seed holds', async () => {
      const french = (await note({ code: '11MSP', language: 'FR' })).data!.meetingByCode!.conveningNoteVerbale!.content;
      expect(french).toContain(
        'Le Bureau des affaires de désarmement présente ses compliments aux Représentants permanents',
      );
      expect(french).toContain(
        'convoquer la onzième Assemblée des États parties à la Convention sur les armes à sous-munitions, qui se tiendra du 11 au 14 septembre 2023 au Palais des Nations à Genève (Suisse)',
      );
      expect(french).toContain('d’ici au vendredi 31 août 2023');
      const html = (await note({ code: '11MSP', format: 'HTML' })).data!.meetingByCode!.conveningNoteVerbale!;
      expect(html.mediaType).toBe('text/html; charset=utf-8');
      expect(html.content).toContain('<p class="reference">REFERENCE: ODA/2023-00050</p>');
    });

    it('is refused in a UN language documents are not written in, naming the argument', async () => {
      for (const language of ['AR', 'ZH', 'RU', 'ES'] as const) {
        const body = await note({ code: '11MSP', language });
        expect(body.data?.meetingByCode).toMatchObject({ conveningNoteVerbale: null });
        expect(body.errors).toEqual([
          expect.objectContaining({
            message: `Documents are rendered in English (EN) or French (FR); ${language} is not one of them.`,
            extensions: { code: 'VALIDATION_FAILED', requestId: expect.any(String) },
          }),
        ]);
      }
    });

    it('is public, and null for a meeting without a convening note', async () => {
      expect(
        (await note({ code: '11MSP' }, actors.partner.headers)).data!.meetingByCode!.conveningNoteVerbale,
      ).not.toBeNull();
      const body = await note({ code: '1MSP' });
      expect(body.errors).toBeUndefined();
      expect(body.data!.meetingByCode!.conveningNoteVerbale).toBeNull();
    });

    it('names every part a note lacks instead of printing a partial note', async () => {
      await createMeeting(api.database.prisma, {
        code: 'NOTE-INCOMPLETE',
        noteReference: 'ODA/2031-00001',
        delegationDeadline: null,
      });
      const body = await note({ code: 'NOTE-INCOMPLETE' });
      expect(body.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
      expect(body.data?.meetingByCode).toMatchObject({ conveningNoteVerbale: null });
    });

    it('costs the same number of queries for one meeting as for sixteen', async () => {
      const one = await counter.count(() =>
        api.graphql(MEETING_NOTE_FILE_NAMES, { variables: { first: 1 }, headers: actors.anonymous.headers }),
      );
      const sixteen = await counter.count(async () => {
        const { body } = await api.graphql(MEETING_NOTE_FILE_NAMES, { variables: { first: 16 } });
        // NOTE-INCOMPLETE is among them and fails alone; the others render.
        expect(body.data?.meetings.edges.length).toBe(16);
      });
      expect(sixteen).toBe(one);
    });

    it('downloads as a PDF that parses back with the meeting title and the delegation deadline', async () => {
      const response = await download('/documents/meetings/11MSP/convening-note.pdf');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toContain('attachment; filename="ODA-2023-00050-EN.pdf"');
      const pdf = Buffer.from(await response.arrayBuffer());
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdfText(pdf);
      expect(text).toContain(squash('Eleventh Meeting of States Parties'));
      expect(text).toContain(squash(ISSUED_DEADLINE));
    });

    it('downloads as HTML or plain text, in French too, for anyone', async () => {
      const html = await download('/documents/meetings/11MSP/convening-note.html?language=fr');
      expect(html.status).toBe(200);
      expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(html.headers.get('content-disposition')).toContain('inline; filename="ODA-2023-00050-FR.html"');
      expect(html.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(await html.text()).toContain('<html lang="fr">');
      const text = await download('/documents/meetings/11MSP/convening-note.txt');
      expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await text.text()).toContain('REFERENCE: ODA/2023-00050');
    });

    it('answers 404 for an unknown meeting, a meeting without a note or an unknown format, 400 for an unknown language', async () => {
      expect((await download('/documents/meetings/99MSP/convening-note.pdf')).status).toBe(404);
      const noNote = await download('/documents/meetings/1MSP/convening-note.txt');
      expect(noNote.status).toBe(404);
      expect(await noNote.text()).toContain('has no convening note');
      expect((await download('/documents/meetings/11MSP/convening-note.docx')).status).toBe(404);
      expect((await download('/documents/meetings/11MSP/convening-note.txt?language=DE')).status).toBe(400);
      expect((await download('/documents/meetings/NOTE-INCOMPLETE/convening-note.txt')).status).toBe(422);
    });
  });

  describe('the list of participants', () => {
    it('gives anyone the public list: names only where the State consented, no contact data', async () => {
      const body = await list({ code: '11MSP', format: 'TEXT' });
      expect(body.errors).toBeUndefined();
      const content = body.data!.meetingByCode!.listOfParticipants!.content;
      expect(content).toContain('Baumann');
      expect(content).toContain('Côte d');
      expect(content).not.toContain('Koné');
      expect(content).not.toContain('@example.org');
    });

    it('keeps the official list from anyone but the secretariat', async () => {
      for (const actor of [actors.anonymous, actors.partner, actors.sameState]) {
        const body = await list({ code: '11MSP', variant: 'OFFICIAL', format: 'CSV' }, actor.headers);
        expect(body.errors?.[0]?.extensions?.code, actor.label).toBe('FORBIDDEN');
        expect(body.data?.meetingByCode, actor.label).toMatchObject({ listOfParticipants: null });
      }
    });

    it('gives the secretariat every member of every capacity, head first, as CSV with formulas escaped', async () => {
      const body = await list({ code: '11MSP', variant: 'OFFICIAL', format: 'CSV' }, actors.secretariat.headers);
      const csv = body.data!.meetingByCode!.listOfParticipants!;
      expect(csv.mediaType).toBe('text/csv; charset=utf-8');
      expect(csv.content).toContain('felix.baumann@example.org');
      expect(csv.content).toContain('Koné');
      expect(csv.content).toContain('"Muster, Jr."');
      expect(csv.content).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
      expect(csv.content).not.toMatch(/(^|,)=HYPERLINK/m);
      const order = [
        'Côte',
        'Germany',
        'Switzerland',
        'Indonesia',
        'United States',
        'International Committee of the Red Cross',
        'Cluster Munition Coalition',
      ].map((name) => csv.content.indexOf(name));
      expect(order.every((position) => position >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(csv.content.indexOf('Baumann')).toBeLessThan(csv.content.indexOf('Muster'));
    });

    it('renders an empty meeting and a French list with non-ASCII State names', async () => {
      const empty = await list({ code: '12MSP', format: 'HTML' });
      expect(empty.errors).toBeUndefined();
      expect(empty.data!.meetingByCode!.listOfParticipants!.content).toContain('<html');
      const french = (await list({ code: '11MSP', format: 'TEXT', language: 'FR' })).data!.meetingByCode!
        .listOfParticipants!.content;
      expect(french).toContain('Suisse');
      // The UN's official short names (M49), with the typographic apostrophe; a list prints them bare, without article.
      expect(french).toContain('Côte d’Ivoire');
      expect(french).toContain('États-Unis d’Amérique');
      expect(french).not.toContain('la Côte d’Ivoire');
    });

    it('downloads the public list as CSV for anyone, the official one only with a secretariat session', async () => {
      const publicList = await download('/documents/meetings/11MSP/participants.csv');
      expect(publicList.status).toBe(200);
      expect(publicList.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(publicList.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"]+\.csv"/);
      expect(await publicList.text()).not.toContain('@example.org');

      const anonymous = await download('/documents/meetings/11MSP/participants.csv?variant=official');
      expect(anonymous.status).toBe(401);
      expect(await anonymous.text()).toContain('secretariat only');
      expect(
        (await download('/documents/meetings/11MSP/participants.csv?variant=official', actors.sameState.headers))
          .status,
      ).toBe(403);
      expect(
        (
          await download('/documents/meetings/11MSP/participants.csv?variant=official', {
            authorization: 'Bearer not-a-session',
          })
        ).status,
      ).toBe(401);
      const official = await download(
        '/documents/meetings/11MSP/participants.csv?variant=official',
        actors.secretariat.headers,
      );
      expect(official.status).toBe(200);
      expect(official.headers.get('cache-control')).toBe('private, no-store');
      expect(await official.text()).toContain('felix.baumann@example.org');
      const html = await download('/documents/meetings/11MSP/participants.html?variant=public');
      expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect((await download('/documents/meetings/11MSP/participants.csv?variant=secret')).status).toBe(400);
    });
  });

  describe('the assessment notice', () => {
    it("is for the secretariat and the assessed State's focal points only", async () => {
      for (const actor of [actors.anonymous, actors.partner, actors.otherState]) {
        const body = await notice(germanShareId, actor.headers);
        expect(body.errors?.[0]?.extensions?.code, actor.label).toBe('FORBIDDEN');
        expect(body.data?.node, actor.label).toMatchObject({ assessmentNotice: null });
      }
    });

    it('gives the State its scale, rate, share, amount, payments and balance; payment references only to the secretariat', async () => {
      const own = noticeOf(await notice(germanShareId, actors.sameState.headers))!;
      expect(own.fileName).toBe('CCM-MSP-2023-ASSESSMENT-DEU-EN.txt');
      expect(own.content).toContain('REFERENCE: CCM/MSP/2023/ASSESSMENT/DEU');
      expect(own.content).toContain('Assessment of Germany');
      expect(own.content).toContain('the scale for 2022-2024 (General Assembly resolution A/RES/76/238)');
      expect(own.content).toMatch(/Amount assessed\s+US\$58,084\.12/);
      expect(own.content).toMatch(/Balance outstanding\s+US\$8,084\.12/);
      expect(own.content).not.toContain('DE-2023-17');
      const secretariat = noticeOf(await notice(germanShareId, actors.secretariat.headers))!;
      expect(secretariat.content).toContain('DE-2023-17');
    });

    it('lists a State without a UN rate as unassessed, and writes French with the State named in French', async () => {
      const holySee = noticeOf(await notice(holySeeShareId, actors.secretariat.headers))!.content;
      expect(holySee).toContain('Holy See has no rate in the United Nations scale of assessment for 2022-2024');
      const french = noticeOf(await notice(germanShareId, actors.sameState.headers, 'FR'))!.content;
      expect(french).toContain('Quote-part de l’Allemagne');
      expect(french).toContain('Genève');
    });

    it('downloads as PDF for the State, as HTML for the secretariat, and not at all for others', async () => {
      const path = `/documents/cost-shares/${germanShareId}/assessment-notice`;
      expect((await download(`${path}.pdf`)).status).toBe(401);
      expect((await download(`${path}.pdf`, actors.otherState.headers)).status).toBe(403);
      const pdf = await download(`${path}.pdf`, actors.sameState.headers);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(pdf.headers.get('content-disposition')).toContain(
        'attachment; filename="CCM-MSP-2023-ASSESSMENT-DEU-EN.pdf"',
      );
      const bytes = Buffer.from(await pdf.arrayBuffer());
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdfText(bytes)).toContain(squash('Assessment of Germany'));
      const html = await download(`${path}.html`, actors.secretariat.headers);
      expect(html.status).toBe(200);
      expect(await html.text()).toContain('DE-2023-17');
      expect(
        (
          await download(
            '/documents/cost-shares/00000000-0000-0000-0000-000000000000/assessment-notice.pdf',
            actors.secretariat.headers,
          )
        ).status,
      ).toBe(404);
      expect(
        (await download('/documents/cost-shares/not-an-id/assessment-notice.pdf', actors.secretariat.headers)).status,
      ).toBe(404);
    });

    it('takes the cost share’s global ID, as the API and the admin app name it, and the database ID of links already sent', async () => {
      for (const id of [encodeGlobalID('CostShare', germanShareId), germanShareId]) {
        const pdf = await download(
          `/documents/cost-shares/${encodeURIComponent(id)}/assessment-notice.pdf`,
          actors.sameState.headers,
        );
        expect(pdf.status, id).toBe(200);
        expect(pdf.headers.get('content-disposition'), id).toContain('CCM-MSP-2023-ASSESSMENT-DEU-EN.pdf');
      }
      const notAShare = encodeGlobalID('Meeting', germanShareId);
      expect(
        (
          await download(
            `/documents/cost-shares/${encodeURIComponent(notAShare)}/assessment-notice.pdf`,
            actors.secretariat.headers,
          )
        ).status,
      ).toBe(404);
    });
  });

  describe('the reminder of an overdue Article 7 report', () => {
    it('names the overdue report, its due date and where to send it; for the secretariat only', async () => {
      const { body } = await api.graphql(REMINDER_QUERY, {
        variables: { iso3: 'NGA', kind: 'INITIAL', year: 2023, date: '2024-03-15' },
        headers: actors.secretariat.headers,
      });
      expect(body.errors).toBeUndefined();
      const content = body.data!.state!.reportReminder!.content;
      expect(content).toContain(
        'presents its compliments to the Permanent Mission of Nigeria to the United Nations and has the honour to refer to Article 7, paragraph 1, of the Convention on Cluster Munitions.',
      );
      expect(content).toContain('no later than 28 January 2024');
      expect(content).toContain('Office for Disarmament Affairs, Geneva Branch');
      const anonymous = await api.graphql(REMINDER_QUERY, {
        variables: { iso3: 'NGA', kind: 'INITIAL', year: 2023, date: '2024-03-15' },
        headers: actors.sameState.headers,
      });
      expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('writes French with the mission and State named in French', async () => {
      const { body } = await api.graphql(REMINDER_QUERY, {
        variables: { iso3: 'NGA', kind: 'INITIAL', year: 2023, date: '2024-03-15', language: 'FR' },
        headers: actors.secretariat.headers,
      });
      const content = body.data!.state!.reportReminder!.content;
      expect(content).toContain('la Mission permanente du Nigéria auprès de l’Organisation des Nations Unies');
      expect(content).toContain('Le Nigéria devait présenter');
    });

    it('is refused for a report not yet overdue or not owed', async () => {
      const early = await api.graphql(REMINDER_QUERY, {
        variables: { iso3: 'NGA', kind: 'INITIAL', year: 2023, date: '2024-01-28' },
        headers: actors.secretariat.headers,
      });
      expect(early.body.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
      const wrongYear = await api.graphql(REMINDER_QUERY, {
        variables: { iso3: 'NGA', kind: 'INITIAL', year: 2020, date: '2024-03-15' },
        headers: actors.secretariat.headers,
      });
      expect(wrongYear.body.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('meeting documents', () => {
    it('lists the documents of a meeting by symbol', async () => {
      const prisma = api.database.prisma;
      const eleventh = await prisma.meeting.findFirstOrThrow({
        where: { code: '11MSP' },
        include: { convention: true },
      });
      for (const [symbol, title] of [
        ['CCM/MSP/2023/2', 'Provisional agenda'],
        ['CCM/MSP/2023/1', 'Provisional programme of work'],
      ] as const) {
        await prisma.document.create({
          data: {
            conventionId: eleventh.conventionId,
            meetingId: eleventh.id,
            symbol,
            title,
            kind: 'OFFICIAL',
            languages: ['EN', 'FR'],
            status: 'FINAL',
            issuedOn: new Date('2023-06-12T00:00:00Z'),
          },
        });
      }
      const { body } = await api.graphql(ELEVENTH_MEETING_DOCUMENTS);
      expect(body.data!.meetingByCode!.documents.totalCount).toBe(2);
      expect(body.data!.meetingByCode!.documents.edges.map((edge) => edge.node)).toEqual([
        {
          symbol: 'CCM/MSP/2023/1',
          title: 'Provisional programme of work',
          kind: 'OFFICIAL',
          languages: ['EN', 'FR'],
          status: 'FINAL',
          issuedOn: '2023-06-12',
          url: null,
        },
        {
          symbol: 'CCM/MSP/2023/2',
          title: 'Provisional agenda',
          kind: 'OFFICIAL',
          languages: ['EN', 'FR'],
          status: 'FINAL',
          issuedOn: '2023-06-12',
          url: null,
        },
      ]);
    });

    it('names the languages a document is issued in by the one Language enum, which the database holds too', async () => {
      const documentType = schema.getType('Document');
      assert(isObjectType(documentType));
      expect(String(documentType.getFields().languages?.type)).toBe('[Language!]!');

      const prisma = api.database.prisma;
      const eleventh = await prisma.meeting.findFirstOrThrow({ where: { code: '11MSP' } });
      await prisma.document.create({
        data: {
          conventionId: eleventh.conventionId,
          meetingId: eleventh.id,
          symbol: 'CCM/MSP/2023/3',
          title: 'Report',
          kind: 'OFFICIAL',
          languages: ['AR', 'ZH', 'RU', 'ES'],
          status: 'ADVANCE',
        },
      });
      const { body } = await api.graphql(ELEVENTH_MEETING_DOCUMENT_LANGUAGES);
      expect(
        body.data!.meetingByCode!.documents.edges.find((edge) => edge.node.symbol === 'CCM/MSP/2023/3')?.node.languages,
      ).toEqual(['AR', 'ZH', 'RU', 'ES']);
      await expect(
        prisma.$executeRawUnsafe(`UPDATE "Document" SET "languages" = '{DE}' WHERE "symbol" = 'CCM/MSP/2023/3'`),
      ).rejects.toThrow(/Language/);
    });
  });

  // Last: it changes the Eleventh Meeting the tests above read as seeded.
  describe('when the meeting changes', () => {
    it('moves the dates and the delegation deadline in the rendered note', async () => {
      const before = (await note({ code: '11MSP' })).data!.meetingByCode!;
      const { body } = await api.graphql(UPDATE_MEETING, {
        variables: {
          id: before.id,
          version: before.version,
          input: { opensOn: '2024-09-10', closesOn: '2024-09-13', delegationDeadline: '2024-08-30' },
        },
        headers: actors.secretariat.headers,
      });
      expect(body.data?.updateMeeting.__typename, JSON.stringify(body)).toBe('MutationUpdateMeetingSuccess');
      const after = (await note({ code: '11MSP' })).data!.meetingByCode!.conveningNoteVerbale!.content;
      expect(after).toContain(
        'Convention on Cluster Munitions from 10 to 13 September 2024 at the Palais des Nations in Geneva, Switzerland',
      );
      expect(after).toContain('should be submitted by Friday, 30 August 2024, to the Secretary');
      expect(after).not.toContain('31 August 2023');
      expect(after).not.toContain('September 2023');
      const pdf = pdfText(
        Buffer.from(await (await download('/documents/meetings/11MSP/convening-note.pdf')).arrayBuffer()),
      );
      expect(pdf).toContain(squash('Friday, 30 August 2024'));
    });
  });
});
