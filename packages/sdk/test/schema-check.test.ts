import { describe, expect, it } from 'vitest';
import { checkSchemaChanges } from '../scripts/check-schema-changes.ts';

const PREVIOUS = 'type Query { meetingByCode(code: String!): String, states: Int }';

describe('the schema check', () => {
  it('lets an added field through: it breaks no client', async () => {
    const { changes, unacknowledged } = await checkSchemaChanges({ previous: PREVIOUS, current: 'type Query { meetingByCode(code: String!): String, states: Int, conventions: Int }', changelog: '' });
    expect(changes.map((change) => change.path)).toEqual(['Query.conventions']);
    expect(unacknowledged).toEqual([]);
  });

  it('stops a removed field that the changelog does not name', async () => {
    const { unacknowledged } = await checkSchemaChanges({ previous: PREVIOUS, current: 'type Query { states: Int }', changelog: '## 0.2.0\n- Nothing to see.' });
    expect(unacknowledged.map((change) => change.path)).toEqual(['Query.meetingByCode']);
  });

  it('accepts a breaking change the changelog acknowledges by its path', async () => {
    const { unacknowledged } = await checkSchemaChanges({
      previous: PREVIOUS,
      current: 'type Query { states: Int }',
      changelog: '## 0.2.0\n- BREAKING: `Query.meetingByCode` removed; use `Query.meeting`.',
    });
    expect(unacknowledged).toEqual([]);
  });
});
