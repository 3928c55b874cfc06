import { testBackends } from '@plenary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './support/graphql.ts';
import { startApi, type ApiFixture } from './support/api-fixture.ts';

const NAMES = graphql(`
  query NamesInLanguages {
    state(iso3: "NOR") { en: name ar: name(language: AR) fr: name(language: FR) }
    organisations(first: 100) { edges { node { acronym en: name fr: name(language: FR) es: name(language: ES) } } }
  }
`);

// One language enum, `Language`, for names (all six UN languages) and documents (English and French).
describe.each(testBackends())('names in the six UN languages on %s', (backend) => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await startApi({ backend });
    await api.database.prisma.organisation.create({
      data: { acronym: 'HI-TEST', name: 'Humanity & Inclusion', nameFr: 'Handicap International', kind: 'NGO' },
    });
  });
  afterAll(() => api.close());

  it('names a State and an organisation in the language asked for, with the same argument', async () => {
    const { body } = await api.graphql(NAMES);
    expect(body.errors).toBeUndefined();
    expect(body.data?.state).toEqual({ en: 'Norway', ar: 'النرويج', fr: 'Norvège' });
    const organisations = new Map(body.data?.organisations.edges.map(({ node }) => [node.acronym, node]));
    expect(organisations.get('HI-TEST')).toEqual({
      acronym: 'HI-TEST',
      en: 'Humanity & Inclusion',
      fr: 'Handicap International',
      es: 'Humanity & Inclusion',
    });
  });

  it('gives an organisation without a French name its English name in French', async () => {
    const { body } = await api.graphql(NAMES);
    const seeded =
      body.data?.organisations.edges.map(({ node }) => node).filter((node) => node.acronym !== 'HI-TEST') ?? [];
    expect(seeded.length).toBeGreaterThan(0);
    for (const organisation of seeded)
      expect([organisation.fr, organisation.es]).toEqual([organisation.en, organisation.en]);
  });

  it('refuses a language outside the six, naming the enum', async () => {
    const { status, body } = await api.graphql('{ state(iso3: "NOR") { name(language: DE) } }');
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('"Language"'),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });
});
