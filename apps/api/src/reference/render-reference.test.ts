import { buildSchema, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY_LIMITS } from '../security/query-limits.ts';
import { accessOf, readersOfExtensions, RULE_PER_OBJECT } from './access.ts';
import { renderReference } from './render-reference.ts';

const LIMITS = { queryLimits: DEFAULT_QUERY_LIMITS, rateLimits: null };

describe('the reference page', () => {
  const page = renderReference({
    schema: buildSchema(`
      """A meeting of the States Parties, e.g. \`11MSP\`."""
      type Meeting { title: String!, venue: String @deprecated(reason: "Use \`place\`.") }
      enum Language { "English" EN, "French <fr>" FR @deprecated(reason: "Not offered.") }
      input MeetingFilter { year: Int = 2024 }
      input StateReference @oneOf { iso3: String, id: ID }
      type Query { meetings(filter: MeetingFilter, language: Language = EN): [Meeting!]!, state(reference: StateReference!): String }
    `),
    limits: LIMITS,
  });

  it('writes descriptions escaped, with code spans', () => {
    expect(page).toContain('<p>A meeting of the States Parties, e.g. <code>11MSP</code>.</p>');
    expect(page).toContain('<p>French &lt;fr&gt;</p>');
  });

  it('marks deprecated fields and enum values with the reason', () => {
    expect(page).toContain(
      '<dt id="Meeting.venue"><code>venue: String</code></dt><dd><p class="deprecated"><strong>Deprecated:</strong> Use <code>place</code>.</p>',
    );
    expect(page).toMatch(/<dt id="Language.FR">.*Not offered\./);
  });

  it('gives arguments and input fields their types and defaults', () => {
    expect(page).toContain(
      '<dt id="Query.meetings"><code>meetings(filter, language): [<a href="#type-Meeting">Meeting</a>!]!</code></dt>',
    );
    expect(page).toContain('<code>language: <a href="#type-Language">Language</a> = &quot;EN&quot;</code>');
    expect(page).toContain('<code>year: Int = 2024</code>');
  });

  it('says of a @oneOf input that exactly one of its fields is given, and of no other input', () => {
    const oneOf = '<p>Give exactly one of these fields (<code>@oneOf</code>).</p>';
    expect(page).toContain(`<h3>StateReference <span class="kind">input object</span></h3>${oneOf}`);
    expect(page.split(oneOf)).toHaveLength(2);
  });

  it('says when a server counts no requests rather than quoting limits it does not apply', () => {
    expect(page).toContain('This server counts no requests');
  });

  it('says what a field without an access rule needs: nothing', () => {
    const open = new GraphQLSchema({
      query: new GraphQLObjectType({ name: 'Query', fields: { hello: { type: GraphQLString } } }),
    });
    expect(renderReference({ schema: open, limits: LIMITS })).not.toContain('Needs:');
  });
});

describe('access rules, from the authScopes the schema gives Pothos', () => {
  const rule = (pothosOptions: Record<string, unknown>) => accessOf({ pothosOptions });

  it('names every scope of a map, any one of which suffices', () => {
    expect(rule({ authScopes: { secretariat: true, focalPointOf: 'state-id' } })).toEqual({
      callers:
        'secretariat staff (an ADMIN or SECRETARIAT session) or a focal point of the State concerned (a STATE session)',
      othersGet: 'refusal',
    });
  });

  it('says others get null where the field answers null to them', () => {
    expect(rule({ authScopes: { admin: true }, unauthorizedResolver: () => null })).toEqual({
      callers: 'an ADMIN session',
      othersGet: 'null',
    });
  });

  it('says a rule computed per object is one', () => {
    expect(rule({ authScopes: () => ({ signedIn: true }) })?.callers).toBe(RULE_PER_OBJECT);
  });

  it('finds no rule on a field without authScopes', () => {
    expect(rule({})).toBeNull();
    expect(accessOf(undefined)).toBeNull();
  });
});

describe('reader sets, from the readableBy declared beside a field or type', () => {
  it('names each reader', () => {
    expect(readersOfExtensions({ readableBy: ['SECRETARIAT', 'ADMIN', 'OWN_STATE', 'EVERYONE_ONCE_PUBLISHED'] })).toBe(
      "SECRETARIAT users, ADMIN users, focal points of the record's own State, everyone once it is published",
    );
    expect(readersOfExtensions({ readableBy: ['ADMIN', 'SELF'] })).toBe(
      'ADMIN users, the signed-in user the record is',
    );
  });

  it('says everyone when every kind of caller may read', () => {
    expect(
      readersOfExtensions({ readableBy: ['ANONYMOUS', 'PARTNER', 'OWN_STATE', 'OTHER_STATE', 'SECRETARIAT', 'ADMIN'] }),
    ).toBe('everyone, with or without credentials');
  });

  it('finds none where none is declared', () => {
    expect(readersOfExtensions({})).toBeNull();
  });
});
