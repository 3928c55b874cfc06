import { testBackends } from '@plenary/db/testing';
import { ValidationError } from '@plenary/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_MAX_RECORDS, readCsvRecords } from '../../src/mutations/csv-text.ts';
import { createActors, type Actors } from '../support/actors.ts';
import { startApi, type ApiFixture } from '../support/api-fixture.ts';
import { createQueryCounter } from '../support/query-counter.ts';

// One CSV import holds at most CSV_MAX_RECORDS records (mutations/csv-text.ts): the statements it sends and the list
// its answer returns (priced per record by security/query-cost.ts) stay bounded, and a longer text is refused
// before anything is read or written.

const csvOf = (rows: number) =>
  [
    'iso3,kind,periodYear,receivedOn',
    ...Array.from({ length: rows }, (_, index) => `CHE,ANNUAL,${1000 + index},2025-04-01`),
  ].join('\n');

describe('reading CSV text', () => {
  it(`reads ${CSV_MAX_RECORDS} records`, () => {
    expect(readCsvRecords({ text: csvOf(CSV_MAX_RECORDS), maxLength: 1_000_000 })).toHaveLength(CSV_MAX_RECORDS);
  });

  it(`refuses ${CSV_MAX_RECORDS + 1} records with a ValidationError on csv`, () => {
    expect(() => readCsvRecords({ text: csvOf(CSV_MAX_RECORDS + 1), maxLength: 1_000_000 })).toThrow(ValidationError);
    try {
      readCsvRecords({ text: csvOf(CSV_MAX_RECORDS + 1), maxLength: 1_000_000 });
    } catch (error) {
      expect((error as ValidationError).issues).toEqual([
        {
          path: 'csv',
          message: `The CSV text has too many rows: at most ${CSV_MAX_RECORDS} in one import. Split it into several imports.`,
        },
      ]);
    }
  });
});

const IMPORTS: {
  name: string;
  mutation: string;
  variables: (csv: string) => Record<string, unknown>;
  csvPath: string;
}[] = [
  {
    name: 'importHistoricalReports',
    mutation: `mutation ($csv: String!) { importHistoricalReports(input: { csv: $csv }) { __typename ... on ValidationError { issues { path message } } } }`,
    variables: (csv) => ({ csv }),
    csvPath: 'csv',
  },
  {
    name: 'importAssessmentScale',
    mutation: `mutation ($csv: String!) {
      importAssessmentScale(input: { name: "2031-2033", resolution: "A/RES/85/1", source: "Annex", firstYear: 2031, lastYear: 2033, rates: { csv: $csv } }) { __typename ... on ValidationError { issues { path message } } }
    }`,
    variables: (csv) => ({ csv }),
    csvPath: 'rates.csv',
  },
];

describe.each(testBackends())('CSV imports too long to read on %s', (backend) => {
  const counter = createQueryCounter();
  let api: ApiFixture;
  let actors: Actors;
  let sessionOnly: number;

  beforeAll(async () => {
    api = await startApi({ backend, onQuery: counter.onQuery });
    actors = await createActors(api, { stateIso3: 'CHE', otherStateIso3: 'AUT' });
    sessionOnly = await counter.count(() => api.graphql('{ __typename }', { headers: actors.secretariat.headers }));
  });
  afterAll(() => api?.close());

  it.each(IMPORTS.map((entry) => [entry.name, entry] as const))(
    `refuses %s with ${CSV_MAX_RECORDS + 1} rows before reading or writing anything`,
    async (name, entry) => {
      let result: Record<string, unknown> | undefined;
      const statements = await counter.count(async () => {
        const { body } = await api.graphql<Record<string, Record<string, unknown>>>(entry.mutation, {
          variables: entry.variables(csvOf(CSV_MAX_RECORDS + 1)),
          headers: actors.secretariat.headers,
        });
        expect(body.errors).toBeUndefined();
        result = body.data![name];
      });
      expect(result).toEqual({
        __typename: 'ValidationError',
        issues: [{ path: entry.csvPath, message: expect.stringContaining(`at most ${CSV_MAX_RECORDS} in one import`) }],
      });
      // A transaction may be opened, but nothing is read or written in it.
      expect(statements).toBe(sessionOnly);
    },
  );
});
