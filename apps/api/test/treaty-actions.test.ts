import { testBackends } from '@plenary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActors, type Actors } from './support/actors.ts';
import { graphql, type SchemaType } from './support/graphql.ts';
import { startApi, type ApiFixture } from './support/api-fixture.ts';
import { expectResult } from './support/expect-result.ts';

const RECORD = graphql(`
  mutation TreatyActionRecorded($input: RecordTreatyActionInput!) {
    recordTreatyAction(input: $input) {
      __typename
      ... on MutationRecordTreatyActionSuccess {
        treatyRecord {
          id state { iso3 } convention { code } version
          signedOn signatureSource signatureVerified instrument depositedOn depositSource depositVerified
          entryIntoForceOn entryIntoForceOverridden withdrawalNotifiedOn withdrawalEffectiveOn withdrawalSource
        }
      }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on NotFoundError { entity key }
    }
  }
`);

const PARTIES_ON = graphql(`
  query TreatyActionPartiesOn($on: Date!) {
    states(first: 100, filter: { status: STATE_PARTY, on: $on, search: "IND" }) { totalCount edges { node { iso3 } } }
  }
`);

const AUDITED = graphql(`
  query TreatyActionAudited($action: String!) {
    auditEvents(first: 10, filter: { action: $action }) {
      edges { node { action entityType entityId entity { __typename id } } }
    }
  }
`);

const NODE = graphql(`
  query TreatyActionNode($id: ID!) {
    node(id: $id) { __typename ... on TreatyRecord { state { iso3 } depositedOn } }
  }
`);

const SUCCESS = 'MutationRecordTreatyActionSuccess';

// A hypothetical accession by India, which has neither signed nor acceded; South Sudan's dates (deposit
// 2023-08-03 -> in force 2024-02-01 by Art. 17(2)) serve as the vector.
const INDIA_ACCESSION: SchemaType<'RecordTreatyActionInput'> = {
  state: 'IND',
  action: 'DEPOSIT',
  date: '2023-08-03',
  instrument: 'ACCESSION',
  source: 'Depositary notification (test)',
  verified: true,
};

describe.each(testBackends())('recording treaty actions on %s', (backend) => {
  let api: ApiFixture;
  let actors: Actors;

  async function recordAction(input: SchemaType<'RecordTreatyActionInput'>, headers = actors.secretariat.headers) {
    const { body } = await api.graphql(RECORD, { variables: { input }, headers });
    expect(body.errors).toBeUndefined();
    return body.data!.recordTreatyAction;
  }

  async function partiesAmongIndia(on: string): Promise<string[]> {
    const { body } = await api.graphql(PARTIES_ON, { variables: { on } });
    expect(body.errors).toBeUndefined();
    return body.data!.states.edges.map((edge) => edge.node.iso3);
  }

  beforeAll(async () => {
    api = await startApi({ backend });
    actors = await createActors(api, { stateIso3: 'NGA', otherStateIso3: 'SSD' });
  });
  afterAll(() => api.close());

  it('computes entry into force of a new accession by Art. 17 (deposit 2023-08-03 -> 2024-02-01) and makes the State party from that day', async () => {
    const { treatyRecord } = expectResult(await recordAction(INDIA_ACCESSION), SUCCESS);
    expect(treatyRecord).toMatchObject({
      state: { iso3: 'IND' },
      convention: { code: 'CCM' },
      version: 1,
      signedOn: null,
      instrument: 'ACCESSION',
      depositedOn: '2023-08-03',
      depositSource: 'Depositary notification (test)',
      depositVerified: true,
      entryIntoForceOn: '2024-02-01',
      entryIntoForceOverridden: false,
    });
    expect(await partiesAmongIndia('2024-01-31')).toEqual([]);
    expect(await partiesAmongIndia('2024-02-01')).toEqual(['IND']);
    const audit = await api.database.prisma.auditEvent.findMany({ where: { action: 'treatyRecord.deposit' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      entityType: 'TreatyRecord',
      before: null,
      after: expect.objectContaining({ depositedOn: '2023-08-03T00:00:00.000Z' }),
    });
  });

  it('names the record in the audit trail by its GraphQL type, so the event leads to it', async () => {
    const headers = actors.secretariat.headers;
    const audited = await api.graphql(AUDITED, { variables: { action: 'treatyRecord.deposit' }, headers });
    expect(audited.body.errors).toBeUndefined();
    const [event] = audited.body.data!.auditEvents.edges.map((edge) => edge.node);
    expect(event).toMatchObject({ entityType: 'TreatyRecord', entity: { __typename: 'TreatyRecord' } });
    expect(event!.entity!.id).toBe(event!.entityId);
    const node = await api.graphql(NODE, { variables: { id: event!.entityId }, headers });
    expect(node.body.errors).toBeUndefined();
    expect(node.body.data!.node).toEqual({
      __typename: 'TreatyRecord',
      state: { iso3: 'IND' },
      depositedOn: '2023-08-03',
    });
  });

  it('records a signature, then the ratification that confirms it', async () => {
    const signed = expectResult(
      await recordAction({ state: 'BRA', action: 'SIGNATURE', date: '2024-01-10', source: 'UNTC chapter XXVI-6' }),
      SUCCESS,
    );
    expect(signed.treatyRecord).toMatchObject({
      signedOn: '2024-01-10',
      signatureSource: 'UNTC chapter XXVI-6',
      signatureVerified: false,
      depositedOn: null,
      entryIntoForceOn: null,
    });
    const ratified = expectResult(
      await recordAction({
        state: 'BRA',
        action: 'DEPOSIT',
        date: '2024-05-15',
        instrument: 'RATIFICATION',
        source: 'UNTC chapter XXVI-6',
      }),
      SUCCESS,
    );
    expect(ratified.treatyRecord).toMatchObject({
      version: 2,
      signedOn: '2024-01-10',
      depositedOn: '2024-05-15',
      entryIntoForceOn: '2024-11-01',
    });
  });

  it('keeps a recorded entry-into-force date and says it was overridden', async () => {
    const payload = expectResult(
      await recordAction({
        state: 'FIN',
        action: 'DEPOSIT',
        date: '2024-03-20',
        instrument: 'ACCESSION',
        source: 'C.N. test',
        entryIntoForceOverride: '2024-09-02',
      }),
      SUCCESS,
    );
    expect(payload.treatyRecord).toMatchObject({ entryIntoForceOn: '2024-09-02', entryIntoForceOverridden: true });
  });

  it('takes withdrawal effect six months after notice (Art. 20(2)), or on a recorded date', async () => {
    const payload = expectResult(
      await recordAction({ state: 'FIN', action: 'WITHDRAWAL_NOTICE', date: '2026-01-15', source: 'C.N. test' }),
      SUCCESS,
    );
    expect(payload.treatyRecord).toMatchObject({
      withdrawalNotifiedOn: '2026-01-15',
      withdrawalEffectiveOn: '2026-07-15',
      withdrawalSource: 'C.N. test',
    });
    const corrected = expectResult(
      await recordAction({
        state: 'FIN',
        action: 'WITHDRAWAL_NOTICE',
        date: '2026-01-15',
        source: 'C.N. test',
        withdrawalEffectiveOverride: '2026-09-01',
        version: 2,
      }),
      SUCCESS,
    );
    expect(corrected.treatyRecord).toMatchObject({ withdrawalEffectiveOn: '2026-09-01', version: 3 });
  });

  it('refuses impossible sequences: withdrawal before deposit, ratification before signature', async () => {
    expect(
      await recordAction({ state: 'NGA', action: 'WITHDRAWAL_NOTICE', date: '2023-01-01', source: 'test' }),
    ).toMatchObject({
      __typename: 'ValidationError',
      issues: [
        {
          path: 'date',
          message: 'Withdrawal cannot be notified (2023-01-01) before the instrument was deposited (2023-02-28).',
        },
      ],
    });
    expect(
      await recordAction({ state: 'AGO', action: 'WITHDRAWAL_NOTICE', date: '2024-01-01', source: 'test' }),
    ).toMatchObject({
      __typename: 'ValidationError',
      issues: [
        { path: 'action', message: 'A withdrawal notice needs the instrument it withdraws: record the deposit first.' },
      ],
    });
    expect(
      await recordAction({
        state: 'AGO',
        action: 'DEPOSIT',
        date: '2008-12-01',
        instrument: 'RATIFICATION',
        source: 'test',
      }),
    ).toMatchObject({
      __typename: 'ValidationError',
      issues: [
        {
          path: 'date',
          message: 'The instrument of ratification cannot be deposited (2008-12-01) before the signature (2008-12-03).',
        },
      ],
    });
  });

  it('refuses bad input with every problem', async () => {
    const { issues } = expectResult(
      await recordAction({ state: 'IN', action: 'DEPOSIT', date: '2023-08-03', source: ' ' }),
      'ValidationError',
    );
    expect(issues.map((issue) => issue.path)).toEqual(['state', 'source', 'instrument']);
  });

  it.each(['anonymous', 'partner', 'otherState', 'sameState'] as const)(
    'is for the secretariat only: refuses the %s caller',
    async (actor) => {
      const payload = await recordAction({ ...INDIA_ACCESSION, state: 'CHN' }, actors[actor].headers);
      expect(payload.__typename).toBe('ForbiddenError');
      expect(await api.database.prisma.treatyRecord.count({ where: { state: { iso3: 'CHN' } } })).toBe(0);
    },
  );

  it('says which State or convention was not found', async () => {
    expect(await recordAction({ ...INDIA_ACCESSION, state: 'XXX' })).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'State',
    });
    expect(await recordAction({ ...INDIA_ACCESSION, convention: 'APMBC' })).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'Convention',
    });
  });

  it('corrects a fact already recorded only with the version read', async () => {
    const correction: SchemaType<'RecordTreatyActionInput'> = {
      state: 'NGA',
      action: 'DEPOSIT',
      date: '2023-02-27',
      instrument: 'RATIFICATION',
      source: 'corrected notification',
    };
    expect((await recordAction(correction)).__typename).toBe('ConflictError');
    expect((await recordAction({ ...correction, version: 7 })).__typename).toBe('ConflictError');
    const corrected = expectResult(await recordAction({ ...correction, version: 1 }), SUCCESS);
    expect(corrected.treatyRecord).toMatchObject({
      depositedOn: '2023-02-27',
      entryIntoForceOn: '2023-08-01',
      depositSource: 'corrected notification',
      version: 2,
    });
  });
});
