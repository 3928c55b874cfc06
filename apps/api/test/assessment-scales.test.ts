import { readFile } from 'node:fs/promises';
import { testBackends } from '@plenary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActors, type Actors } from './support/actors.ts';
import { graphql, type SchemaType, textOf } from './support/graphql.ts';
import { startApi, type ApiFixture } from './support/api-fixture.ts';
import { expectResult } from './support/expect-result.ts';

const IMPORT = graphql(`
  mutation AssessmentScaleImport($input: ImportAssessmentScaleInput!) {
    importAssessmentScale(input: $input) {
      __typename
      ... on MutationImportAssessmentScaleSuccess {
        assessmentScale { name firstYear lastYear resolution source complete rates(first: 100) { totalCount edges { node { state { iso3 } ratePercent } } } }
      }
      ... on ValidationError { issues { path message } }
      ... on Error { message }
    }
  }
`);

const SEEDED_SCALE = graphql(`
  query AssessmentScaleSeeded {
    assessmentScales(first: 10) { totalCount edges { node { name } } }
    assessmentScale(name: "2022-2024") {
      firstYear lastYear resolution complete
      rates(first: 2) { totalCount edges { node { state { iso3 } ratePercent } } }
      switzerland: rate(iso3: "che") { ratePercent }
      holySee: rate(iso3: "VAT") { ratePercent }
    }
  }
`);

const SCALE_NOT_HELD = graphql(`
  query AssessmentScaleNotHeld { assessmentScale(name: "1999-2001") { name } }
`);

const SCALE = {
  name: 'Test 2025-2027',
  firstYear: 2025,
  lastYear: 2027,
  resolution: 'A/RES/79/249',
  source: 'A/RES/79/249, para. 1 (test extract)',
};

describe.each(testBackends())('scales of assessment on %s', (backend) => {
  let api: ApiFixture;
  let actors: Actors;

  beforeAll(async () => {
    api = await startApi({ backend });
    actors = await createActors(api, { stateIso3: 'CHE', otherStateIso3: 'FRA' });
  });
  afterAll(() => api.close());

  async function importScale(
    input: Pick<SchemaType<'ImportAssessmentScaleInput'>, 'name' | 'rates'> &
      Partial<SchemaType<'ImportAssessmentScaleInput'>>,
    headers = actors.secretariat.headers,
  ) {
    const { body } = await api.graphql(IMPORT, { variables: { input: { ...SCALE, ...input } }, headers });
    expect(body.errors).toBeUndefined();
    return body.data?.importAssessmentScale;
  }

  const scaleCount = () => api.database.prisma.assessmentScale.count();

  it('serves the seeded, complete 2022-2024 scale to anyone, highest rate first, with rates as exact decimal strings', async () => {
    for (const actor of [actors.anonymous, actors.partner]) {
      const { body } = await api.graphql(SEEDED_SCALE, { headers: actor.headers });
      expect(body.errors).toBeUndefined();
      expect(body.data).toMatchObject({
        assessmentScales: {
          edges: expect.arrayContaining([
            { node: { name: '2019-2021' } },
            { node: { name: '2022-2024' } },
            { node: { name: '2025-2027' } },
          ]),
        },
        assessmentScale: {
          firstYear: 2022,
          lastYear: 2024,
          resolution: 'A/RES/76/238',
          complete: true,
          rates: {
            totalCount: 193,
            edges: [
              { node: { state: { iso3: 'USA' }, ratePercent: '22.000' } },
              { node: { state: { iso3: 'CHN' }, ratePercent: '15.254' } },
            ],
          },
          switzerland: { ratePercent: '1.134' },
          holySee: null,
        },
      });
    }
  });

  it('gives null for a scale it does not hold', async () => {
    const { body } = await api.graphql(SCALE_NOT_HELD);
    expect(body.data).toEqual({ assessmentScale: null });
  });

  it('imports a scale given as rows, with its source, and audits the import', async () => {
    const result = await importScale({
      name: 'Rows 2025-2027',
      complete: false,
      rates: {
        rows: [
          { iso3: 'DEU', ratePercent: '5.692' },
          { iso3: 'che', ratePercent: '1.024' },
          { iso3: 'FRA', ratePercent: '3.858' },
        ],
      },
    });
    const { assessmentScale } = expectResult(result!, 'MutationImportAssessmentScaleSuccess');
    expect(assessmentScale.source).toBe(SCALE.source);
    expect(assessmentScale.rates.edges.map(({ node }) => [node.state.iso3, node.ratePercent])).toEqual([
      ['DEU', '5.692'],
      ['FRA', '3.858'],
      ['CHE', '1.024'],
    ]);
    const scale = await api.database.prisma.assessmentScale.findUniqueOrThrow({ where: { name: 'Rows 2025-2027' } });
    const audit = await api.database.prisma.auditEvent.findMany({ where: { entityId: scale.id } });
    expect(audit).toEqual([
      expect.objectContaining({ action: 'assessmentScale.import', entityType: 'AssessmentScale' }),
    ]);
    expect(scale.importedById).not.toBeNull();
  });

  it('imports a scale given as CSV text with comments and extra columns', async () => {
    const csv = [
      '# Extract of A/RES/79/249 for a test',
      'member_state,iso3,rate_percent,verification',
      'Japan,JPN,6.930,resolution',
      'Italy,ITA,2.883,resolution',
    ].join('\n');
    const result = await importScale({ name: 'CSV 2025-2027', rates: { csv } });
    expect(expectResult(result!, 'MutationImportAssessmentScaleSuccess').assessmentScale).toMatchObject({
      complete: false,
      rates: {
        totalCount: 2,
        edges: [{ node: { state: { iso3: 'JPN' }, ratePercent: '6.930' } }, { node: { state: { iso3: 'ITA' } } }],
      },
    });
  });

  it('imports the shipped 2025-2027 file as a complete scale: 193 Member States summing to 100.000', async () => {
    const csv = await readFile(new URL('../../../packages/db/data/un-scale-2025-2027.csv', import.meta.url), 'utf8');
    const result = await importScale({ name: 'Shipped 2025-2027', complete: true, rates: { csv } });
    expect(expectResult(result!, 'MutationImportAssessmentScaleSuccess').assessmentScale).toMatchObject({
      complete: true,
      rates: { totalCount: 193 },
    });
  });

  it('refuses as complete two States summing to 150 per cent, naming the Member States it lacks, and stores nothing', async () => {
    const before = await scaleCount();
    const result = await importScale({
      name: 'Half a scale',
      complete: true,
      rates: {
        rows: [
          { iso3: 'USA', ratePercent: '75.000' },
          { iso3: 'CHN', ratePercent: '75.000' },
        ],
      },
    });
    const { issues } = expectResult(result!, 'ValidationError');
    expect(issues).toEqual([
      {
        path: 'complete',
        message: expect.stringMatching(
          /^A complete scale holds every UN Member State; this one lacks 191: AFG, AGO, ALB, .*, ZMB, ZWE\. Add their rates, or import it as incomplete\.$/,
        ),
      },
      {
        path: 'rates.rows',
        message:
          'The rates of a complete scale add up to 100 per cent (within 0.001 for the rounding of 2 printed rates); these add up to 150.',
      },
    ]);
    // The Holy See is not a Member State: a complete scale without it is whole, and one with it is not refused for that.
    expect(issues[0]?.message).not.toContain('VAT');
    expect(await scaleCount()).toBe(before);
  });

  it('refuses a complete scale whose 193 rates do not add up to 100 within the rounding of the printed rates', async () => {
    const csv = (
      await readFile(new URL('../../../packages/db/data/un-scale-2025-2027.csv', import.meta.url), 'utf8')
    ).replace(/^USA,(.*?),22\.000,/m, 'USA,$1,22.100,');
    const result = await importScale({ name: 'Off by 0.1', complete: true, rates: { csv } });
    expect(expectResult(result!, 'ValidationError').issues).toEqual([
      {
        path: 'rates.rows',
        message:
          'The rates of a complete scale add up to 100 per cent (within 0.0965 for the rounding of 193 printed rates); these add up to 100.1.',
      },
    ]);
  });

  it('reports every bad row at once, naming the row and the field, and stores nothing', async () => {
    const before = await scaleCount();
    const result = await importScale({
      name: 'Bad 2025-2027',
      rates: {
        rows: [
          { iso3: 'DEU', ratePercent: '5.692' },
          { iso3: 'FRA', ratePercent: '3.8581' },
          { iso3: 'XYZ', ratePercent: '1.000' },
          { iso3: 'DEU', ratePercent: '5.692' },
          { iso3: 'ITA', ratePercent: '-2.883' },
        ],
      },
    });
    const { issues } = expectResult(result!, 'ValidationError');
    expect(issues).toEqual([
      { path: 'rates.rows.1.ratePercent', message: expect.stringContaining('at most 3 decimal places') },
      {
        path: 'rates.rows.2.iso3',
        message: 'No State has the code XYZ; use the ISO 3166 alpha-3 code of a State, such as CHE.',
      },
      { path: 'rates.rows.3.iso3', message: 'DEU appears more than once in the scale.' },
      {
        path: 'rates.rows.4.ratePercent',
        message: expect.stringContaining('The rate in per cent must be a number of at least 0'),
      },
    ]);
    expect(await scaleCount()).toBe(before);
    expect(await api.database.prisma.assessmentScale.findUnique({ where: { name: 'Bad 2025-2027' } })).toBeNull();
  });

  it('names the bad row of a CSV text by its position among the data rows', async () => {
    const csv = 'iso3,rate_percent\nJPN,6.930\nITA,2,883\nZZZ,0.100\n';
    const result = await importScale({ name: 'Bad CSV', rates: { csv } });
    expect(expectResult(result!, 'ValidationError').issues.map((issue) => issue.path)).toEqual(['rates.csv']);
    const rows = await importScale({
      name: 'Bad CSV',
      rates: { csv: 'iso3,rate_percent\nJPN,6.930\nITA,two\nZZZ,0.100\n' },
    });
    expect(expectResult(rows!, 'ValidationError').issues.map((issue) => issue.path)).toEqual([
      'rates.rows.1.ratePercent',
      'rates.rows.2.iso3',
    ]);
  });

  it('refuses a CSV text without the iso3 and rate columns, rates given both ways or neither (@oneOf), and a period that ends before it starts', async () => {
    const header = await importScale({ name: 'No header', rates: { csv: 'state,rate\nJPN,6.930\n' } });
    expect(expectResult(header!, 'ValidationError').issues).toEqual([
      { path: 'rates.csv', message: expect.stringContaining('must name an "iso3" column') },
    ]);
    const before = await scaleCount();
    for (const rates of [
      {},
      { csv: 'iso3,rate_percent\nJPN,6.930\n', rows: [{ iso3: 'JPN', ratePercent: '6.930' }] },
      null,
    ]) {
      // Input the schema refuses, sent as the document's plain text: its typed variables would not take it.
      const { status, body } = await api.graphql(textOf(IMPORT), {
        variables: { input: { ...SCALE, name: 'Both or neither', rates } },
        headers: actors.secretariat.headers,
      });
      expect(status, JSON.stringify(rates)).toBe(400);
      expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    }
    expect(await scaleCount()).toBe(before);
    const years = await importScale({
      name: 'Backwards',
      firstYear: 2027,
      lastYear: 2025,
      rates: { rows: [{ iso3: 'JPN', ratePercent: '6.930' }] },
    });
    expect(expectResult(years!, 'ValidationError').issues).toEqual([
      { path: 'lastYear', message: 'The last year of the scale cannot be before its first year.' },
    ]);
  });

  it('never overwrites a scale it holds: the same name is a conflict', async () => {
    const result = await importScale({ name: '2022-2024', rates: { rows: [{ iso3: 'USA', ratePercent: '20.000' }] } });
    expect(result).toMatchObject({
      __typename: 'ConflictError',
      message: expect.stringContaining('"2022-2024" is already held'),
    });
    const usa = await api.database.prisma.assessmentRate.findFirstOrThrow({
      where: { scale: { name: '2022-2024' }, state: { iso3: 'USA' } },
    });
    expect(usa.ratePercent.toFixed(3)).toBe('22.000');
  });

  it('lets only the secretariat import a scale', async () => {
    const before = await scaleCount();
    for (const actor of [actors.anonymous, actors.partner, actors.sameState]) {
      const result = await importScale(
        { name: `By ${actor.label}`, rates: { rows: [{ iso3: 'JPN', ratePercent: '6.930' }] } },
        actor.headers,
      );
      expect(result?.__typename, actor.label).toBe('ForbiddenError');
    }
    expect(await scaleCount()).toBe(before);
    const byAdmin = await importScale(
      { name: 'By ADMIN', rates: { rows: [{ iso3: 'JPN', ratePercent: '6.930' }] } },
      actors.admin.headers,
    );
    expect(byAdmin?.__typename).toBe('MutationImportAssessmentScaleSuccess');
  });
});
