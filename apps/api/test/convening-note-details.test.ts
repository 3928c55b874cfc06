import { testBackends } from '@plenary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActors, type Actor, type Actors } from './support/actors.ts';
import { graphql, type ResultOf, type SchemaType, type VariablesOf } from './support/graphql.ts';
import { startApi, type ApiFixture } from './support/api-fixture.ts';
import { expectData, expectResult } from './support/expect-result.ts';

// Everything a convening note prints, entered and edited through createMeeting and updateMeeting, and the note of a
// new meeting rendered from it in English and French; the Eleventh Meeting's note as issued, its weekday flagged.

const FOURTEENTH_MEETING: SchemaType<'CreateMeetingInput'> = {
  conventionCode: 'CCM',
  kind: 'MEETING_OF_STATES_PARTIES',
  number: 14,
  opensOn: '2026-09-14',
  closesOn: '2026-09-17',
  venue: 'Palais des Nations',
  city: 'Geneva',
  country: 'Switzerland',
  timeZone: 'Europe/Zurich',
  symbolPrefix: 'CCM/MSP/2026',
};

const ADDRESSEES = {
  addressees: 'Permanent Representatives of Member and Observer States to the United Nations',
  addresseesFr:
    'les Représentants permanents des États Membres et des États observateurs auprès de l’Organisation des Nations Unies',
};

/** What the secretariat enters on the meeting's edit screen for the Fourteenth Meeting's note. */
const NOTE_DETAILS = {
  venueFr: 'le Palais des Nations',
  cityFr: 'Genève',
  countryFr: 'Suisse',
  delegationDeadline: '2026-08-28',
  reportingDeadline: '2026-04-30',
  secretariatOfficeCode: 'ODA-GENEVA',
  webPage: 'https://meetings.unoda.org/ccm-msp/fourteenth-meeting-2026',
  conveningNote: {
    reference: 'ODA/2026-00050',
    date: '2026-03-16',
    issuingOffice: 'ODA',
    mandateResolution: '77/79',
    ...ADDRESSEES,
  },
} satisfies SchemaType<'UpdateMeetingInput'>;

// What each document below reads of a meeting.
const MEETING_FIELDS = graphql(`
  fragment ConveningNoteDetailsMeeting on Meeting {
    id code version venue city country venueFr cityFr countryFr delegationDeadline delegationDeadlineWeekdayAsIssued webPage
    secretariatOffice { code }
    conveningNote {
      reference date addressees addresseesFr issuingOffice { code } mandateResolution { number }
      deadlineWeekdayDisagreement { date weekdayAsIssued weekdayOfDate message }
    }
  }
`);

const CREATE = graphql(
  `
  mutation ConveningNoteDetailsCreate($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      __typename
      ... on MutationCreateMeetingSuccess { meeting { ...ConveningNoteDetailsMeeting } }
      ... on ValidationError { issues { path message } }
      ... on NotFoundError { entity key }
      ... on Error { message }
    }
  }
`,
  [MEETING_FIELDS],
);

const UPDATE = graphql(
  `
  mutation ConveningNoteDetailsUpdate($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {
    updateMeeting(id: $id, version: $version, input: $input) {
      __typename
      ... on MutationUpdateMeetingSuccess { meeting { ...ConveningNoteDetailsMeeting } }
      ... on ValidationError { issues { path message } }
      ... on NotFoundError { entity key }
      ... on Error { message }
    }
  }
`,
  [MEETING_FIELDS],
);

const MEETING = graphql(
  `
  query ConveningNoteDetailsMeetingByCode($code: String!) { meetingByCode(code: $code) { ...ConveningNoteDetailsMeeting } }
`,
  [MEETING_FIELDS],
);

const NOTE = graphql(`
  query ConveningNoteDetailsNote($code: String!, $language: Language!) {
    meetingByCode(code: $code) { conveningNoteVerbale(format: TEXT, language: $language) { content } }
  }
`);

const OFFICES_AND_RESOLUTIONS = graphql(`
  query ConveningNoteDetailsOfficesAndResolutions { offices { code } generalAssemblyResolutions { number conveningParagraph } }
`);

describe.each(testBackends())('a convening note’s details on %s', (backend) => {
  let api: ApiFixture;
  let actors: Actors;
  // Meetings take numbers from 30 up, clear of the seeded ones and of other test files' drafts.
  let number = 29;

  beforeAll(async () => {
    api = await startApi({ backend });
    actors = await createActors(api, { stateIso3: 'CHE', otherStateIso3: 'NGA' });
  });
  afterAll(() => api.close());

  async function create(
    input: SchemaType<'CreateMeetingInput'>,
    actor: Actor = actors.secretariat,
  ): Promise<ResultOf<typeof CREATE>['createMeeting']> {
    const { body } = await api.graphql(CREATE, { variables: { input }, headers: actor.headers });
    return expectData(body).createMeeting;
  }

  async function update(
    variables: VariablesOf<typeof UPDATE>,
    actor: Actor = actors.secretariat,
  ): Promise<ResultOf<typeof UPDATE>['updateMeeting']> {
    const { body } = await api.graphql(UPDATE, { variables, headers: actor.headers });
    return expectData(body).updateMeeting;
  }

  async function meeting(code: string): Promise<ResultOf<typeof MEETING_FIELDS>> {
    const { body } = await api.graphql(MEETING, { variables: { code } });
    const found = expectData(body).meetingByCode;
    if (!found) expect.fail(`no meeting ${code}`);
    return found;
  }

  async function noteText(code: string, language: SchemaType<'Language'>) {
    const { body } = await api.graphql(NOTE, { variables: { code, language } });
    return { text: body.data?.meetingByCode?.conveningNoteVerbale?.content, errors: body.errors };
  }

  /** A new draft with no note details, with a number of its own. */
  async function createDraft(): Promise<ResultOf<typeof MEETING_FIELDS>> {
    number += 1;
    const result = await create({ ...FOURTEENTH_MEETING, number, symbolPrefix: `CCM/MSP/${2011 + number}` });
    return expectResult(result, 'MutationCreateMeetingSuccess').meeting;
  }

  describe('a new meeting', () => {
    it('has a convening note in English and French once the secretariat enters its details', async () => {
      const draft = await createDraft();
      const result = await update({
        id: draft.id,
        version: draft.version,
        input: NOTE_DETAILS,
      });
      expect(result).toMatchObject({
        __typename: 'MutationUpdateMeetingSuccess',
        meeting: {
          version: 2,
          venueFr: 'le Palais des Nations',
          cityFr: 'Genève',
          countryFr: 'Suisse',
          secretariatOffice: { code: 'ODA-GENEVA' },
          conveningNote: {
            reference: 'ODA/2026-00050',
            ...ADDRESSEES,
            issuingOffice: { code: 'ODA' },
            mandateResolution: { number: '77/79' },
            deadlineWeekdayDisagreement: null,
          },
        },
      });
      const english = await noteText(draft.code, 'EN');
      expect(english.errors).toBeUndefined();
      expect(english.text).toContain(
        `has the honour to convene the Thirtieth Meeting of States Parties to the Convention on Cluster Munitions from 14 to 17 September 2026 at the Palais des Nations in Geneva, Switzerland`,
      );
      expect(english.text).toContain('should be submitted by Friday, 28 August 2026, to the Secretary');
      const french = await noteText(draft.code, 'FR');
      expect(french.errors).toBeUndefined();
      expect(french.text).toContain(
        'Le Bureau des affaires de désarmement présente ses compliments aux Représentants permanents',
      );
      expect(french.text).toContain(
        'qui se tiendra du 14 au 17 septembre 2026 au Palais des Nations à Genève (Suisse)',
      );
      expect(french.text).toContain('d’ici au vendredi 28 août 2026');
    });

    it('downloads as PDF, HTML and text in both languages', async () => {
      const draft = await createDraft();
      await update({ id: draft.id, version: draft.version, input: NOTE_DETAILS });
      for (const extension of ['pdf', 'html', 'txt']) {
        for (const language of ['EN', 'FR']) {
          const response = await fetch(
            `${api.url}/documents/meetings/${draft.code}/convening-note.${extension}?language=${language}`,
          );
          expect(
            response.status,
            `${extension} ${language}: ${response.status === 200 ? '' : await response.text()}`,
          ).toBe(200);
        }
      }
    });

    it('takes the note’s details when created with them', async () => {
      number += 1;
      const result = await create({
        ...FOURTEENTH_MEETING,
        ...NOTE_DETAILS,
        number,
        symbolPrefix: `CCM/MSP/${2011 + number}`,
      });
      const created = expectResult(result, 'MutationCreateMeetingSuccess').meeting;
      expect(created).toMatchObject({
        cityFr: 'Genève',
        conveningNote: { addresseesFr: ADDRESSEES.addresseesFr, mandateResolution: { number: '77/79' } },
      });
      expect((await noteText(created.code, 'FR')).errors).toBeUndefined();
    });

    it('clears each detail set to null or left out of the note, and then names what the note lacks', async () => {
      const draft = await createDraft();
      const filled = await update({
        id: draft.id,
        version: draft.version,
        input: NOTE_DETAILS,
      });
      const {
        addressees: _addressees,
        addresseesFr: _addresseesFr,
        mandateResolution: _resolution,
        ...bareNote
      } = NOTE_DETAILS.conveningNote;
      const cleared = await update({
        id: draft.id,
        version: expectResult(filled, 'MutationUpdateMeetingSuccess').meeting.version,
        input: {
          venueFr: null,
          cityFr: null,
          countryFr: null,
          webPage: null,
          reportingDeadline: null,
          conveningNote: bareNote,
        },
      });
      expect(expectResult(cleared, 'MutationUpdateMeetingSuccess').meeting).toMatchObject({
        venueFr: null,
        cityFr: null,
        countryFr: null,
        conveningNote: { reference: 'ODA/2026-00050', addressees: null, addresseesFr: null, mandateResolution: null },
      });
      const { errors } = await noteText(draft.code, 'EN');
      expect(errors?.[0]?.message).toContain('addressees');
      const response = await fetch(`${api.url}/documents/meetings/${draft.code}/convening-note.txt`);
      expect(response.status).toBe(422);
      expect(await response.text()).toMatch(/resolution/);
    });
  });

  describe('refuses', () => {
    it('bad input, naming each field, and keeps the meeting as it was', async () => {
      const draft = await createDraft();
      const result = await update({
        id: draft.id,
        version: draft.version,
        input: {
          cityFr: ' ',
          delegationDeadlineWeekdayAsIssued: 'FRIDAY',
          conveningNote: { ...NOTE_DETAILS.conveningNote, addressees: null, mandateResolution: 'the latest one' },
        },
      });
      expect(
        expectResult(result, 'ValidationError')
          .issues.map((issue) => issue.path)
          .sort(),
      ).toEqual([
        'cityFr',
        'conveningNote.addresseesFr',
        'conveningNote.mandateResolution',
        'delegationDeadlineWeekdayAsIssued',
      ]);
      expect(await meeting(draft.code)).toMatchObject({ version: 1, cityFr: null, conveningNote: { reference: null } });
    });

    it('anonymous callers, partner keys and States’ focal points', async () => {
      const draft = await createDraft();
      for (const actor of [actors.anonymous, actors.partner, actors.sameState]) {
        expect(
          (await update({ id: draft.id, version: draft.version, input: NOTE_DETAILS }, actor)).__typename,
          actor.label,
        ).toBe('ForbiddenError');
      }
      expect((await meeting(draft.code)).version).toBe(1);
    });

    it('a resolution or an office it does not know', async () => {
      const draft = await createDraft();
      const resolution = await update({
        id: draft.id,
        version: draft.version,
        input: { conveningNote: { ...NOTE_DETAILS.conveningNote, mandateResolution: '99/999' } },
      });
      expect(resolution).toMatchObject({
        __typename: 'NotFoundError',
        entity: 'GeneralAssemblyResolution',
        key: '99/999',
      });
      const office = await update({
        id: draft.id,
        version: draft.version,
        input: { conveningNote: { ...NOTE_DETAILS.conveningNote, issuingOffice: 'NOWHERE' } },
      });
      expect(office).toMatchObject({ __typename: 'NotFoundError', entity: 'Office' });
      expect((await meeting(draft.code)).version).toBe(1);
    });

    it('a stale version instead of losing the other change', async () => {
      const draft = await createDraft();
      await update({ id: draft.id, version: draft.version, input: { cityFr: 'Genève' } });
      const stale = await update({
        id: draft.id,
        version: draft.version,
        input: { cityFr: 'Lausanne' },
      });
      expect(stale.__typename).toBe('ConflictError');
      expect(await meeting(draft.code)).toMatchObject({ cityFr: 'Genève', version: 2 });
    });
  });

  describe('the Eleventh Meeting’s note as issued', () => {
    it('keeps the weekday it printed, and flags that the calendar disagrees', async () => {
      const eleventh = await meeting('11MSP');
      expect(eleventh).toMatchObject({ delegationDeadline: '2023-08-31', delegationDeadlineWeekdayAsIssued: 'FRIDAY' });
      expect(eleventh.conveningNote.deadlineWeekdayDisagreement).toMatchObject({
        date: '2023-08-31',
        weekdayAsIssued: 'FRIDAY',
        weekdayOfDate: 'THURSDAY',
      });
      expect(eleventh.conveningNote.deadlineWeekdayDisagreement?.message).toContain('is a Thursday');
      expect((await noteText('11MSP', 'EN')).text).toContain(
        'should be submitted by Friday, 31 August 2023, to the Secretary',
      );
    });

    it('drops the weekday as issued, and the flag, with a new deadline', async () => {
      const draft = await createDraft();
      const issued = await update({
        id: draft.id,
        version: draft.version,
        input: { delegationDeadline: '2026-08-27', delegationDeadlineWeekdayAsIssued: 'FRIDAY' },
      });
      const withWeekday = expectResult(issued, 'MutationUpdateMeetingSuccess').meeting;
      expect(withWeekday.conveningNote.deadlineWeekdayDisagreement).toMatchObject({
        weekdayAsIssued: 'FRIDAY',
        weekdayOfDate: 'THURSDAY',
      });
      const moved = await update({
        id: draft.id,
        version: withWeekday.version,
        input: { delegationDeadline: '2026-08-26' },
      });
      expect(expectResult(moved, 'MutationUpdateMeetingSuccess').meeting).toMatchObject({
        delegationDeadlineWeekdayAsIssued: null,
        conveningNote: { deadlineWeekdayDisagreement: null },
      });
    });
  });

  it('lists the offices and the General Assembly resolutions a note may name', async () => {
    const { body } = await api.graphql(OFFICES_AND_RESOLUTIONS);
    expect(body.data?.offices.map((office) => office.code)).toEqual(['ODA', 'ODA-GENEVA']);
    expect(body.data?.generalAssemblyResolutions).toEqual([{ number: '77/79', conveningParagraph: 9 }]);
  });
});
