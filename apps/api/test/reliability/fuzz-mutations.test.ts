import { testBackends } from '@plenary/db/testing';
import { encodeGlobalID } from '@pothos/plugin-relay';
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.ts';
import { createActors, type Actors } from '../support/actors.ts';
import { startApi, type ApiFixture } from '../support/api-fixture.ts';
import { createDelegation, createInvitation, createMeeting } from '../support/factories.ts';
import { contentFingerprint, expectNoLeak, post, rowsOfEveryNodeType } from './reliability-support.ts';
import { SQL_INJECTIONS } from './hostile-strings.ts';

// Every mutation of the schema gets arbitrary variables of roughly the right shape, with garbage mixed in, from the
// secretariat or an administrator. Whatever comes in: no 500, no internal or unmasked error, and when the answer is a
// refusal, not one row of any table was inserted, changed or deleted. The mutations are read from the schema itself,
// so a new one is fuzzed without anyone remembering to add it.

const RUNS_PER_MUTATION = 25;
// signOut takes no input; fuzzing it would only end the session the fuzzing runs in.
const NOT_FUZZED = new Set(['signOut']);

interface Pools {
  /** Global IDs of existing rows by type name. */
  ids: Record<string, string[]>;
  states: string[];
}

/** IDs of the type an argument names (`delegationId`: Delegation, `reportId`: TransparencyReport), else of any type. */
function idsFor(field: string, pools: Pools): string[] {
  const name = /^(\w+)Id$/.exec(field)?.[1]?.toLowerCase();
  const ofType = name ? Object.entries(pools.ids).find(([type]) => type.toLowerCase().endsWith(name))?.[1] : undefined;
  return ofType?.length ? ofType : Object.values(pools.ids).flat();
}

const junkString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(...SQL_INJECTIONS),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'x'.repeat(20_000),
    '<script>alert(1)</script>',
    '=HYPERLINK("http://evil.example")',
    '../../etc/passwd',
    '${7*7}',
    '%s%n',
  ),
);

/** A value of any JSON type at all, where the schema asks for something else. */
const garbage = fc.oneof(
  junkString,
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    null,
    -1,
    1.5,
    2 ** 31,
    1e308,
    true,
    [],
    {},
    '2023-02-30',
    '2023-09-11T25:00:00Z',
    'yesterday',
    'NaN',
    'Infinity',
    '1,5',
    '0x10',
    '1e10',
  ),
);

// Strings named for what they hold get plausible values as often as junk, so that some inputs get past validation.
function plausibleStrings(field: string, pools: Pools): string[] {
  const name = field.toLowerCase();
  if (/iso3|^state$|statecode/.test(name)) return [...pools.states, 'che', 'XXX'];
  if (/convention/.test(name)) return ['CCM', 'APMBC', 'ccm'];
  if (name === 'currency') return ['CHF', 'USD', 'EUR', 'chf', 'XBT'];
  if (name === 'email') return ['someone@example.org', 'secretariat@plenary.test', 'not an address'];
  if (name === 'password') return ['correct horse battery staple', 'short'];
  if (name === 'timezone') return ['Europe/Zurich', 'UTC', 'Mars/Olympus_Mons'];
  if (name === 'csv')
    return [
      'iso3,rate_percent\nCHE,1.134\nNOR,0.679',
      'iso3,rate_percent\nCHE,abc\nXXX,1',
      'iso3\n',
      '#only a comment',
    ];
  if (name === 'kind') return ['NGO', 'UN_ENTITY', 'SPACESHIP'];
  if (/website|webpage/.test(name)) return ['https://example.org', 'javascript:alert(1)'];
  if (/scale|^name$/.test(name)) return ['2022-2024', 'Fuzz scale'];
  if (/code|prefix/.test(name)) return ['11MSP', 'CCM/MSP/2023', 'FUZZ1'];
  return ['Palais des Nations', 'Geneva', 'A reason to observe', 'UNTC chapter XXVI-6', 'ref/2023/1'];
}

function stringFor(field: string, pools: Pools): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...plausibleStrings(field, pools)) },
    { weight: 2, arbitrary: junkString },
  );
}

const calendarDate = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

// Values GraphQL itself accepts for each scalar: they get past its input coercion and reach the resolver.
function scalarFor(typeName: string, field: string, pools: Pools): fc.Arbitrary<unknown> {
  switch (typeName) {
    case 'String':
      return stringFor(field, pools);
    case 'ID':
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...idsFor(field, pools)) },
        { weight: 1, arbitrary: fc.constantFrom(...Object.values(pools.ids).flat()) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.constantFrom('Meeting', 'Delegation', 'Invitation', 'User', 'State'), fc.uuid())
            .map(([type, id]) => encodeGlobalID(type, id)),
        },
        { weight: 1, arbitrary: junkString },
      );
    case 'Int':
      return fc.oneof(
        fc.integer({ min: -2, max: 5 }),
        fc.integer({ min: 1990, max: 2040 }),
        fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
      );
    case 'Float':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'Boolean':
      return fc.boolean();
    case 'Date':
      return calendarDate;
    case 'DateTime':
      return fc
        .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
        .map((date) => date.toISOString());
    case 'Decimal':
      return fc.oneof(
        fc.integer({ min: 0, max: 1_000_000 }).map(String),
        fc
          .tuple(fc.integer({ min: -5, max: 99 }), fc.integer({ min: 0, max: 999_999 }))
          .map(([units, fraction]) => `${units}.${fraction}`),
        fc.constantFrom('0', '0.001', '100', '12345678901234567890123456789.123456789', '0.0000000000001'),
      );
    case 'JSON':
      return fc.jsonValue({ maxDepth: 2 });
    default:
      return junkString;
  }
}

/** Values of an input type that GraphQL accepts: optional fields now present, now missing or null. */
function valueFor(type: GraphQLInputType, field: string, pools: Pools, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return presentValueFor(type.ofType, field, pools, depth);
  return fc.oneof(
    { weight: 3, arbitrary: presentValueFor(type, field, pools, depth) },
    { weight: 1, arbitrary: fc.constantFrom(undefined, null) },
  );
}

function presentValueFor(type: GraphQLInputType, field: string, pools: Pools, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return presentValueFor(type.ofType, field, pools, depth);
  if (isListType(type))
    return fc.array(valueFor(type.ofType, field, pools, depth + 1), { maxLength: depth > 2 ? 1 : 4 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((value) => value.name));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    // A @oneOf input is valid with exactly one field set; left to chance, most runs would set none or two and never pass
    // GraphQL's own check.
    if (type.isOneOf)
      return fc.oneof(
        ...fields.map((inner) =>
          presentValueFor(inner.type, inner.name, pools, depth + 1).map((value) => ({ [inner.name]: value })),
        ),
      );
    return fc.record(
      Object.fromEntries(fields.map((inner) => [inner.name, valueFor(inner.type, inner.name, pools, depth + 1)])),
    );
  }
  return scalarFor(getNamedType(type).name, field, pools);
}

/** One spot of the variables spoiled: a value of the wrong type, null where it may not be, a field left out or unknown. */
interface Spoiling {
  at: number;
  how: 'replace' | 'remove' | 'unknownField';
  value: unknown;
}

const spoiling: fc.Arbitrary<Spoiling> = fc.record({
  at: fc.nat(),
  how: fc.constantFrom('replace', 'replace', 'remove', 'unknownField'),
  value: garbage,
});

function spoil(variables: Record<string, unknown>, { at, how, value }: Spoiling): Record<string, unknown> {
  const copy = structuredClone(variables);
  // Every object and array in the variables, with the keys it holds.
  const spots: { holder: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        spots.push({ holder: node, key: index });
        visit(item);
      });
    } else if (node && typeof node === 'object') {
      for (const [key, inner] of Object.entries(node)) {
        spots.push({ holder: node as Record<string, unknown>, key });
        visit(inner);
      }
    }
  };
  visit(copy);
  if (spots.length === 0) return { ...copy, unexpected: value };
  const { holder, key } = spots[at % spots.length]!;
  if (how === 'unknownField' && !Array.isArray(holder)) holder.unexpectedField = value;
  else if (how === 'remove' && !Array.isArray(holder)) delete holder[key as string];
  else (holder as Record<string | number, unknown>)[key] = value;
  return copy;
}

function argumentsFor(args: readonly GraphQLArgument[], pools: Pools): fc.Arbitrary<Record<string, unknown>> {
  const typed = fc.record(Object.fromEntries(args.map((arg) => [arg.name, valueFor(arg.type, arg.name, pools)])));
  // Two runs in three send variables GraphQL accepts, so the resolvers and the domain's validation get to see them.
  const spoilt = fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: spoiling });
  return fc.tuple(typed, spoilt).map(([variables, spot]) => (spot ? spoil(variables, spot) : variables));
}

function documentFor(field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const returned = getNamedType(field.type);
  const selection =
    isUnionType(returned) || isObjectType(returned) ? '{ __typename ... on Error { code message } }' : '';
  return `mutation Fuzz${variables ? `(${variables})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selection} }`;
}

const mutations = Object.values(schema.getMutationType()!.getFields()).filter((field) => !NOT_FUZZED.has(field.name));

describe.each(testBackends())('fuzzing every mutation on %s', (backend) => {
  let api: ApiFixture;
  let actors: Actors;
  let fingerprint: () => Promise<Record<string, string>>;
  let lastFingerprint: Record<string, string>;

  beforeAll(async () => {
    api = await startApi({ backend });
    actors = await createActors(api, { stateIso3: 'CHE', otherStateIso3: 'AUT' });
    const { prisma } = api.database;
    // Something for every kind of ID to point at: a convened meeting with invitations, a delegation, a cost estimate
    // with issued shares, a report, users other than the ones fuzzing, an API key.
    const meeting = await createMeeting(prisma);
    const che = await createInvitation(prisma, { meetingId: meeting.id, participant: 'CHE' });
    await createInvitation(prisma, { meetingId: meeting.id, participant: 'NOR' });
    await createInvitation(prisma, {
      meetingId: meeting.id,
      participant: 'ICRC',
      organisation: true,
      capacity: 'ORGANISATION_ON_REQUEST',
      status: 'REQUESTED',
    });
    await createDelegation(prisma, { invitationId: che.id });
    const meetingId = encodeGlobalID('Meeting', meeting.id);
    const scale = await prisma.assessmentScale.findFirstOrThrow({ where: { name: '2022-2024' } });
    const setup = [
      post(
        api.url,
        {
          query:
            'mutation ($m: ID!) { setCostEstimate(meetingId: $m, input: { currency: "CHF", lines: [{ description: "Rooms", amount: "1000.00" }] }) { __typename } }',
          variables: { m: meetingId },
        },
        actors.secretariat.headers,
      ),
      post(
        api.url,
        {
          query:
            'mutation ($m: ID!, $s: String) { issueCostShares(meetingId: $m, input: { scale: { named: { scale: { name: $s } } } }) { __typename } }',
          variables: { m: meetingId, s: scale.name },
        },
        actors.secretariat.headers,
      ),
      post(
        api.url,
        {
          query:
            'mutation { recordTransparencyReport(input: { state: { iso3: "CHE" }, kind: ANNUAL, periodYear: 2023 }) { __typename } }',
        },
        actors.secretariat.headers,
      ),
      post(
        api.url,
        {
          query:
            'mutation { createUser(input: { email: "target@plenary.test", name: "Target", role: SECRETARIAT, password: "correct horse battery staple" }) { __typename } }',
        },
        actors.admin.headers,
      ),
      post(
        api.url,
        { query: 'mutation { createApiKey(input: { name: "Target", scopes: [READ_PUBLIC] }) { __typename } }' },
        actors.admin.headers,
      ),
    ];
    for (const request of setup) expect((await request).body?.data, 'setup').toBeTruthy();
    fingerprint = await contentFingerprint(prisma);
  });
  afterAll(() => api.close());

  /** Global IDs of the rows of the moment, of every kind, except the users who fuzz (deactivating them would end the run). */
  async function currentPools(): Promise<Pools> {
    const { prisma } = api.database;
    const fuzzing = ['admin@plenary.test', 'secretariat@plenary.test'];
    const rows = await rowsOfEveryNodeType(prisma, { take: 20, where: { User: { email: { notIn: fuzzing } } } });
    const states = await prisma.state.findMany({
      where: { iso3: { in: ['CHE', 'NOR', 'AUT', 'FRA', 'DEU', 'NZL'] } },
      select: { iso3: true },
    });
    return {
      ids: Object.fromEntries(
        Object.entries(rows).map(([type, ids]) => [type, ids.map((id) => encodeGlobalID(type, id))]),
      ),
      states: states.map((state) => state.iso3),
    };
  }

  it('fuzzes every mutation in the schema but signOut', () => {
    expect(mutations.map((field) => field.name)).toContain('amendDelegation');
    expect(mutations.length).toBeGreaterThanOrEqual(20);
  });

  it.each(mutations.map((field) => [field.name, field] as const))(
    '%s: no 500, no unmasked error, nothing stored when refused',
    async (name, field) => {
      const pools = await currentPools();
      const query = documentFor(field);
      const outcomes = new Map<string, number>();
      lastFingerprint = await fingerprint();

      await fc.assert(
        fc.asyncProperty(
          argumentsFor(field.args, pools),
          fc.constantFrom('secretariat', 'secretariat', 'admin') as fc.Arbitrary<'secretariat' | 'admin'>,
          async (variables, actor) => {
            const response = await post(api.url, { query, variables }, actors[actor].headers);
            expectNoLeak(response, `${name} as ${actor} with ${JSON.stringify(variables).slice(0, 300)}:`);
            const result = response.body?.data?.[name] as { __typename?: string } | boolean | undefined;
            const outcome =
              response.status !== 200 || !result
                ? `HTTP ${response.status} ${response.body?.errors?.[0]?.extensions?.code ?? ''}`
                : typeof result === 'object'
                  ? result.__typename!
                  : String(result);
            outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
            const after = await fingerprint();
            if (!outcome.endsWith('Success'))
              expect(after, `${name} refused (${outcome}) yet changed the database`).toEqual(lastFingerprint);
            lastFingerprint = after;
          },
        ),
        { numRuns: RUNS_PER_MUTATION },
      );
      // The fuzzing reached the resolver (its result union), not only GraphQL's own input checks.
      expect(
        [...outcomes.keys()].filter((outcome) => !outcome.startsWith('HTTP')),
        JSON.stringify(Object.fromEntries(outcomes)),
      ).not.toEqual([]);
    },
  );
});
