import { readFileSync } from 'node:fs';
import { testBackends } from '@plenary/db/testing';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { parse } from 'csv-parse/sync';
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeeting } from './support/factories.ts';
import { graphql, type ResultOf, type SchemaType, textOf } from './support/graphql.ts';
import { createActors, startApi, type Actors, type ApiFixture } from './support/index.ts';
import { expectResult } from './support/expect-result.ts';
import { pagesOf } from './support/pages.ts';

// The 11th Meeting (seeded, 11-14 September 2023) and a meeting of 2026 apportioned on the shipped UN scales, end to
// end: participants recorded after the fact, an estimate, shares on the scale chosen by the opening date, notices.

const DATA = new URL('../../../packages/db/data/', import.meta.url);
const readData = (name: string) =>
  parse(readFileSync(new URL(name, DATA), 'utf8'), {
    columns: true,
    comment: '#',
    comment_no_infix: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];

/** The States Parties on a day, read straight from the shipped CCM file: in force by then and not yet withdrawn. */
function statesPartiesOn(day: string): string[] {
  return readData('ccm-states-parties.csv')
    .filter(
      (row) =>
        row.entry_into_force !== '' &&
        (row.entry_into_force as string) <= day &&
        !(row.withdrawal_effective !== '' && (row.withdrawal_effective as string) <= day),
    )
    .map((row) => row.iso3 as string)
    .sort();
}

/** A shipped scale's rates by ISO3 code. */
function ratesOf(scale: string): Map<string, string> {
  return new Map(readData(`un-scale-${scale}.csv`).map((row) => [row.iso3 as string, row.rate_percent as string]));
}

// Not UN Member States, so in no UN scale: listed as unassessed, never dropped.
const OUTSIDE_THE_UN_SCALE = ['COK', 'NIU', 'PSE', 'VAT'];
// Observers for the purpose of the test (not the meetings' actual lists): Indonesia, a signatory; Thailand, not party.
const OBSERVERS = [
  { iso3: 'IDN', capacity: 'SIGNATORY_OBSERVER' },
  { iso3: 'THA', capacity: 'NON_SIGNATORY_OBSERVER' },
];
const TOTAL = '411257.00';
const LINES = [
  { description: 'Conference services', amount: '380000.00' },
  { description: 'Implementation Support Unit', amount: '31257.00' },
];

const RECORD = graphql(`
  mutation CostSharesOnRealScalesRecordParticipants($meetingId: ID!, $input: RecordMeetingParticipantsInput!) {
    recordMeetingParticipants(meetingId: $meetingId, input: $input) {
      __typename
      ... on MutationRecordMeetingParticipantsSuccess {
        invitations { capacity participationRecordedAt participant { ... on State { iso3 } } }
      }
      ... on ValidationError { issues { path message } }
      ... on Error { message }
    }
  }
`);
const SET_ESTIMATE = graphql(`
  mutation CostSharesOnRealScalesSetEstimate($meetingId: ID!, $input: SetCostEstimateInput!) {
    setCostEstimate(meetingId: $meetingId, input: $input) { __typename }
  }
`);
const ISSUE = graphql(`
  mutation CostSharesOnRealScalesIssue($meetingId: ID!, $input: IssueCostSharesInput!) {
    issueCostShares(meetingId: $meetingId, input: $input) {
      __typename
      ... on MutationIssueCostSharesSuccess { costShareIssue { id total scale { name } scaleOverrideReason } }
      ... on ValidationError { issues { path message } }
      ... on Error { message }
    }
  }
`);
// What each payer's share is read with.
const SHARE_FIELDS = graphql(`
  fragment CostSharesOnRealScalesShare on CostShare { id state { iso3 } assessed ratePercent sharePercent amount }
`);
// Pages of 100, the API's largest.
const SHARES = graphql(
  `
  query CostSharesOnRealScalesShares($id: ID!, $after: String) {
    node(id: $id) {
      __typename
      ... on CostShareIssue {
        shares(first: 100, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { ...CostSharesOnRealScalesShare } }
        }
      }
    }
  }
`,
  [SHARE_FIELDS],
);
const NOTICE = graphql(`
  query CostSharesOnRealScalesNotice($id: ID!, $language: Language) {
    node(id: $id) { __typename ... on CostShare { assessmentNotice(format: TEXT, language: $language) { content } } }
  }
`);

type Share = ResultOf<typeof SHARE_FIELDS>;
type Issued = ResultOf<typeof ISSUE>['issueCostShares'];

describe.each(testBackends())('cost shares on the shipped UN scales on %s', (backend) => {
  let api: ApiFixture;
  let actors: Actors;

  beforeAll(async () => {
    api = await startApi({ backend, now: () => new Date('2026-12-04T10:00:00Z') });
    actors = await createActors(api, { stateIso3: 'NOR', otherStateIso3: 'CHE' });
  });
  afterAll(async () => {
    await api.close();
  });

  const secretariat = () => actors.secretariat.headers;

  async function record(
    meetingId: string,
    input: SchemaType<'RecordMeetingParticipantsInput'>,
    headers = secretariat(),
  ): Promise<ResultOf<typeof RECORD>['recordMeetingParticipants']> {
    const { body } = await api.graphql(RECORD, { variables: { meetingId, input }, headers });
    expect(body.errors).toBeUndefined();
    return body.data!.recordMeetingParticipants;
  }

  async function estimateAndIssue(
    meetingId: string,
    input: Partial<SchemaType<'IssueCostSharesInput'>> = {},
  ): Promise<Issued> {
    const estimate = await api.graphql(SET_ESTIMATE, {
      variables: { meetingId, input: { currency: 'USD', lines: LINES } },
      headers: secretariat(),
    });
    expect(estimate.body.data?.setCostEstimate.__typename).toBe('MutationSetCostEstimateSuccess');
    const { body } = await api.graphql(ISSUE, {
      variables: { meetingId, input: { scale: { inForce: true }, ...input } },
      headers: secretariat(),
    });
    expect(body.errors).toBeUndefined();
    return body.data!.issueCostShares;
  }

  async function notice(shareId: string, language: SchemaType<'Language'> = 'EN'): Promise<string> {
    const { body } = await api.graphql(NOTICE, { variables: { id: shareId, language }, headers: secretariat() });
    expect(body.errors).toBeUndefined();
    return expectResult(body.data!.node!, 'CostShare').assessmentNotice?.content ?? '';
  }

  async function noticeHtml(shareId: string): Promise<string> {
    const uuid = Buffer.from(shareId, 'base64').toString().split(':')[1] ?? '';
    const response = await fetch(`${api.url}/documents/cost-shares/${uuid}/assessment-notice.html`, {
      headers: secretariat(),
    });
    expect(response.status).toBe(200);
    return response.text();
  }

  /** Every payer's share, page by page, and a check that the rates are the shipped scale's and the amounts add up to the total. */
  async function sharesOf(issued: Issued, scale: string): Promise<Map<string, Share>> {
    const { id } = expectResult(issued, 'MutationIssueCostSharesSuccess').costShareIssue;
    const shares = new Map<string, Share>();
    const pages = pagesOf(async (after) => {
      const { body } = await api.graphql(SHARES, { variables: { id, after }, headers: secretariat() });
      expect(body.errors).toBeUndefined();
      return expectResult(body.data!.node!, 'CostShareIssue').shares;
    });
    for await (const page of pages) for (const { node } of page.edges) shares.set(node.state.iso3, node);
    const rates = ratesOf(scale);
    for (const share of shares.values()) {
      if (share.assessed) expect(share.ratePercent, share.state.iso3).toBe(rates.get(share.state.iso3));
    }
    const assessed = [...shares.values()].filter((share) => share.assessed);
    expect(assessed.reduce((sum, share) => sum.plus(share.amount ?? 0), new Decimal(0)).toFixed(2)).toBe(TOTAL);
    return shares;
  }

  /** The exact share in per cent, rate / sum of the payers' rates, to the six places the API prints (within one unit). */
  function expectSharePercent(share: Share | undefined, rate: string, sum: string) {
    const exact = new Decimal(rate).dividedBy(sum).times(100);
    expect(
      new Decimal(share?.sharePercent ?? '0').minus(exact).abs().lessThanOrEqualTo('0.000001'),
      `${share?.state.iso3} ${share?.sharePercent} vs ${exact.toFixed(8)}`,
    ).toBe(true);
  }

  describe('the 11th Meeting (2023), whose participants are recorded after the fact', () => {
    const statesParties = statesPartiesOn('2023-09-11');

    it('records its participants from CSV, then shares its estimate among them on the 2022-2024 scale, chosen by its dates', async () => {
      const eleventh = await api.database.prisma.meeting.findFirstOrThrow({ where: { code: '11MSP' } });
      const meetingId = encodeGlobalID('Meeting', eleventh.id);
      expect(await api.database.prisma.invitation.count({ where: { meetingId: eleventh.id } })).toBe(0);
      const csv = [
        '# From the list of participants of 11MSP (test extract)',
        'iso3,capacity',
        ...statesParties.map((iso3) => `${iso3},STATE_PARTY`),
        ...OBSERVERS.map((row) => `${row.iso3},${row.capacity}`),
      ].join('\n');
      const recorded = await record(meetingId, { csv });
      expect(expectResult(recorded, 'MutationRecordMeetingParticipantsSuccess').invitations).toHaveLength(
        statesParties.length + OBSERVERS.length,
      );
      const audit = await api.database.prisma.auditEvent.findFirstOrThrow({
        where: { action: 'meeting.recordParticipants', entityId: eleventh.id },
      });
      expect((audit.after as { participants: unknown[] }).participants).toHaveLength(113);

      const issued = await estimateAndIssue(meetingId);
      expect(expectResult(issued, 'MutationIssueCostSharesSuccess').costShareIssue).toMatchObject({
        total: TOTAL,
        scale: { name: '2022-2024' },
        scaleOverrideReason: null,
      });
      const shares = await sharesOf(issued, '2022-2024');
      // Every participating State is a payer; every UN Member State among them is assessed.
      expect([...shares.keys()].sort()).toEqual([...statesParties, 'IDN', 'THA'].sort());
      expect(
        [...shares.values()]
          .filter((share) => !share.assessed)
          .map((share) => share.state.iso3)
          .sort(),
      ).toEqual(OUTSIDE_THE_UN_SCALE);
      expect(statesParties).toHaveLength(111);

      // By hand, from un-scale-2022-2024.csv: the 107 UN Member States among the 111 States Parties and the two
      // observers have rates summing to S = 46.019 per cent. Art. 14(1) "adjusted appropriately": each pays
      // rate / S of the total (no ceiling or floor re-applied), rounded to the cent by largest remainder.
      //   Norway      0.679 / 46.019 * 411,257.00 = 6,068.0046 -> 6,068.00
      //   Switzerland 1.134 / 46.019 * 411,257.00 = 10,134.1932 -> 10,134.19
      //   Albania     0.008 / 46.019 * 411,257.00 = 71.4934 -> 71.49
      const rates = ratesOf('2022-2024');
      const sum = [...shares.values()]
        .filter((share) => share.assessed)
        .reduce((total, share) => total.plus(rates.get(share.state.iso3) ?? 0), new Decimal(0));
      expect(sum.toFixed(3)).toBe('46.019');
      expect(shares.get('NOR')).toMatchObject({ ratePercent: '0.679', amount: '6068.00' });
      expect(shares.get('CHE')).toMatchObject({ ratePercent: '1.134', amount: '10134.19' });
      expect(shares.get('ALB')).toMatchObject({ ratePercent: '0.008', amount: '71.49' });
      expectSharePercent(shares.get('NOR'), '0.679', '46.019');
      expectSharePercent(shares.get('CHE'), '1.134', '46.019');
      expectSharePercent(shares.get('ALB'), '0.008', '46.019');

      const norway = shares.get('NOR') as Share;
      const english = await notice(norway.id);
      expect(english).toContain('the scale for 2022-2024 (General Assembly resolution A/RES/76/238)');
      expect(english).toMatch(/Estimated cost of the meeting\s+US\$411,257\.00/);
      expect(english).toMatch(/United Nations assessment rate\s+0\.679 per cent/);
      expect(english).toMatch(/Amount assessed\s+US\$6,068\.00/);
      expect(english).not.toContain('does not cover');
      expect(await notice(norway.id, 'FR')).toMatch(/Montant mis en recouvrement\s+6\u202f068,00\u00a0\$US/);
      const html = await noticeHtml((shares.get('ALB') as Share).id);
      expect(html).toContain('US$71.49');
      expect(html).toContain('0.008 per cent');
    });

    it('refuses bad rows all at once and records nothing: unknown codes, duplicates, capacities the standing contradicts, States already recorded', async () => {
      const eleventh = await api.database.prisma.meeting.findFirstOrThrow({ where: { code: '11MSP' } });
      const before = await api.database.prisma.invitation.count({ where: { meetingId: eleventh.id } });
      const result = await record(encodeGlobalID('Meeting', eleventh.id), {
        rows: [
          { iso3: 'XXX', capacity: 'STATE_PARTY' },
          { iso3: 'USA', capacity: 'STATE_PARTY' },
          { iso3: 'KEN', capacity: 'SIGNATORY_OBSERVER' },
          { iso3: 'KEN', capacity: 'SIGNATORY_OBSERVER' },
          { iso3: 'NOR', capacity: 'STATE_PARTY' },
          { iso3: 'VUT', capacity: 'STATE_PARTY' },
        ],
      });
      expect(expectResult(result, 'ValidationError').issues).toEqual([
        {
          path: 'rows.0.iso3',
          message: 'No State has the code "XXX"; use the ISO 3166 alpha-3 code of a State, such as NOR.',
        },
        {
          path: 'rows.1.capacity',
          message:
            'United States of America (USA) was a State not party on 2023-09-11, when 11MSP opened, so it took part as NON_SIGNATORY_OBSERVER, not STATE_PARTY.',
        },
        { path: 'rows.3.iso3', message: 'Kenya (KEN) is listed more than once.' },
        {
          path: 'rows.4.iso3',
          message: 'Norway (NOR) is already invited to 11MSP; its participation is recorded on that invitation.',
        },
        // Vanuatu became a State Party on 2026-03-01, after the 11th Meeting.
        {
          path: 'rows.5.capacity',
          message:
            'Vanuatu (VUT) was a State not party on 2023-09-11, when 11MSP opened, so it took part as NON_SIGNATORY_OBSERVER, not STATE_PARTY.',
        },
      ]);
      expect(await api.database.prisma.invitation.count({ where: { meetingId: eleventh.id } })).toBe(before);
    });

    it('refuses participants of a meeting that has not opened, a CSV without its columns, and callers other than the secretariat', async () => {
      const coming = await createMeeting(api.database.prisma, {
        opensOn: new Date('2027-09-13T00:00:00Z'),
        closesOn: new Date('2027-09-16T00:00:00Z'),
      });
      const comingId = encodeGlobalID('Meeting', coming.id);
      const notYet = await record(comingId, { rows: [{ iso3: 'NOR', capacity: 'STATE_PARTY' }] });
      expect(expectResult(notYet, 'ValidationError').issues).toEqual([
        {
          path: 'meetingId',
          message: `${coming.code} opens on 2027-09-13: its participants are recorded once it has taken place; until then they come from its invitations and delegations.`,
        },
      ]);
      const tenthId = encodeGlobalID(
        'Meeting',
        (await api.database.prisma.meeting.findFirstOrThrow({ where: { code: '10MSP' } })).id,
      );
      const noColumns = await record(tenthId, { csv: 'state,role\nNOR,STATE_PARTY\n' });
      expect(expectResult(noColumns, 'ValidationError').issues).toEqual([
        {
          path: 'csv',
          message: 'The CSV header must name an "iso3" column and a "capacity" column; it has: state, role.',
        },
      ]);
      // Exactly one of rows and csv (@oneOf): graphql-js refuses both or neither before anything runs.
      for (const input of [
        {},
        { rows: [{ iso3: 'NOR', capacity: 'STATE_PARTY' }], csv: 'iso3,capacity\nNOR,STATE_PARTY\n' },
      ]) {
        // Input the schema refuses, sent as the document's plain text: its typed variables would not take it.
        const { status, body } = await api.graphql(textOf(RECORD), {
          variables: { meetingId: tenthId, input },
          headers: secretariat(),
        });
        expect(status, JSON.stringify(input)).toBe(400);
        expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      }
      for (const actor of [actors.anonymous, actors.partner, actors.sameState]) {
        expect(
          (await record(tenthId, { rows: [{ iso3: 'NOR', capacity: 'STATE_PARTY' }] }, actor.headers)).__typename,
          actor.label,
        ).toBe('ForbiddenError');
      }
      expect(
        await record(encodeGlobalID('Meeting', '00000000-0000-4000-8000-000000000000'), {
          rows: [{ iso3: 'NOR', capacity: 'STATE_PARTY' }],
        }),
      ).toMatchObject({ __typename: 'NotFoundError' });
      expect(
        await api.database.prisma.invitation.count({ where: { meeting: { code: { in: ['10MSP', coming.code] } } } }),
      ).toBe(0);
    });
  });

  describe('a meeting of 2026, whose payers come from its invitations', () => {
    const statesParties = statesPartiesOn('2026-09-14');

    /** The Fourteenth Meeting, in Geneva, 14-17 September 2026 (a code of its own for each test). */
    async function meeting2026(code: string) {
      const prisma = api.database.prisma;
      const eleventh = await prisma.meeting.findFirstOrThrow({ where: { code: '11MSP' } });
      const meeting = await createMeeting(prisma, {
        code,
        number: 14,
        title: 'Fourteenth Meeting of States Parties',
        opensOn: new Date('2026-09-14T00:00:00Z'),
        closesOn: new Date('2026-09-17T00:00:00Z'),
        convenedOn: new Date('2026-03-16T00:00:00Z'),
        delegationDeadline: new Date('2026-08-31T00:00:00Z'),
        cityFr: 'Genève',
        countryFr: 'Suisse',
        secretariatOfficeId: eleventh.secretariatOfficeId,
        symbolPrefix: 'CCM/MSP/2026',
      });
      const states = await prisma.state.findMany({
        where: { iso3: { in: [...statesParties, ...OBSERVERS.map((row) => row.iso3), 'CHN'] } },
        select: { id: true, iso3: true },
      });
      const stateIdOf = new Map(states.map((state) => [state.iso3, state.id]));
      await prisma.invitation.createMany({
        data: [
          ...statesParties.map((iso3) => ({
            meetingId: meeting.id,
            stateId: stateIdOf.get(iso3) as string,
            capacity: 'STATE_PARTY' as const,
            status: 'ISSUED' as const,
          })),
          ...OBSERVERS.map((row) => ({
            meetingId: meeting.id,
            stateId: stateIdOf.get(row.iso3) as string,
            capacity: row.capacity as 'SIGNATORY_OBSERVER' | 'NON_SIGNATORY_OBSERVER',
            status: 'ISSUED' as const,
          })),
          // Invited, but sends no delegation: an observer that does not participate does not pay.
          {
            meetingId: meeting.id,
            stateId: stateIdOf.get('CHN') as string,
            capacity: 'NON_SIGNATORY_OBSERVER' as const,
            status: 'ISSUED' as const,
          },
        ],
      });
      const participating = await prisma.invitation.findMany({
        where: { meetingId: meeting.id, state: { iso3: { in: ['NOR', ...OBSERVERS.map((row) => row.iso3)] } } },
        select: { id: true },
      });
      await prisma.delegation.createMany({
        data: participating.map((invitation) => ({
          invitationId: invitation.id,
          submittedAt: new Date('2026-08-20T09:00:00Z'),
        })),
      });
      return { meeting, meetingId: encodeGlobalID('Meeting', meeting.id) };
    }

    it('shares its estimate on the 2025-2027 scale, chosen by its dates, among the States Parties and the participating observers', async () => {
      const { meetingId } = await meeting2026('14MSP');
      const issued = await estimateAndIssue(meetingId);
      expect(expectResult(issued, 'MutationIssueCostSharesSuccess').costShareIssue).toMatchObject({
        scale: { name: '2025-2027' },
        scaleOverrideReason: null,
      });
      const shares = await sharesOf(issued, '2025-2027');
      // Lithuania withdrew with effect from 2025-03-06; Vanuatu is party from 2026-03-01; China sent no delegation.
      expect(statesParties).toHaveLength(112);
      expect(statesParties).not.toContain('LTU');
      expect([...shares.keys()].sort()).toEqual([...statesParties, 'IDN', 'THA'].sort());
      expect(
        [...shares.values()]
          .filter((share) => !share.assessed)
          .map((share) => share.state.iso3)
          .sort(),
      ).toEqual(OUTSIDE_THE_UN_SCALE);

      // By hand, from un-scale-2025-2027.csv: the 108 UN Member States among the 112 States Parties and the two
      // participating observers have rates summing to S = 42.172 per cent.
      //   Norway      0.653 / 42.172 * 411,257.00 = 6,367.9887 -> 6,367.99
      //   Switzerland 1.029 / 42.172 * 411,257.00 = 10,034.7020 -> 10,034.70
      //   Albania     0.010 / 42.172 * 411,257.00 = 97.5190 -> 97.52
      //   Nauru, at the scale's floor of 0.001: 0.001 / 42.172 * 411,257.00 = 9.7519 -> 9.75
      expect(shares.get('NOR')).toMatchObject({ ratePercent: '0.653', amount: '6367.99' });
      expect(shares.get('CHE')).toMatchObject({ ratePercent: '1.029', amount: '10034.70' });
      expect(shares.get('ALB')).toMatchObject({ ratePercent: '0.010', amount: '97.52' });
      expect(shares.get('NRU')).toMatchObject({ ratePercent: '0.001', amount: '9.75' });
      expectSharePercent(shares.get('CHE'), '1.029', '42.172');
      const english = await notice((shares.get('CHE') as Share).id);
      expect(english).toContain('the scale for 2025-2027 (General Assembly resolution A/RES/79/249)');
      expect(english).toMatch(/United Nations assessment rate\s+1\.029 per cent/);
      expect(english).toMatch(/Amount assessed\s+US\$10,034\.70/);
      expect(await noticeHtml((shares.get('NOR') as Share).id)).toContain('US$6,367.99');
    });

    it('applies the 2022-2024 scale only with a reason, which the notices print in English and French', async () => {
      const { meetingId } = await meeting2026('14MSP-OVERRIDE');
      const refused = await estimateAndIssue(meetingId, { scale: { named: { scale: { name: '2022-2024' } } } });
      expect(expectResult(refused, 'ValidationError').issues).toEqual([
        {
          path: 'scale.named.overrideReason',
          message: expect.stringMatching(
            /^The scale 2022-2024 covers the years 2022 to 2024, but 14MSP-OVERRIDE opens on 2026-09-14: use the scale in force that year/,
          ),
        },
      ]);
      const reason = 'The Meeting decided to keep the 2022-2024 scale until its estimate is revised.';
      const issued = await estimateAndIssue(meetingId, {
        scale: { named: { scale: { name: '2022-2024' }, overrideReason: reason } },
        replacesVersion: 0,
      });
      expect(expectResult(issued, 'MutationIssueCostSharesSuccess').costShareIssue).toMatchObject({
        scale: { name: '2022-2024' },
        scaleOverrideReason: reason,
      });
      const norway = (await sharesOf(issued, '2022-2024')).get('NOR') as Share;
      expect(await notice(norway.id)).toContain(
        `The scale for 2022-2024 does not cover the year in which the meeting opens. It was applied for the following reason: ${reason}`,
      );
      expect(await notice(norway.id, 'FR')).toContain(
        `Le barème 2022-2024 ne couvre pas l’année d’ouverture de la réunion. Il a été appliqué pour la raison suivante\u00a0: ${reason}`,
      );
      expect(await noticeHtml(norway.id)).toContain('does not cover the year in which the meeting opens');
    });
  });
});
