import type { Viewer } from '../context.ts';

// What decides which answer a viewer gets to a query: two viewers with the same answer scope get the same answer at
// the same data generation, so the response cache (response-cache/) keys answers by it. The rules in this folder read
// only these facts of a viewer: the role (isSecretariat, isAdmin), a focal point's State (isFocalPointOf), and for a
// User record who the user is (schema/user/queries.ts: `me`, and a user reads their own record). An API key reads what anyone
// may; it is keyed apart all the same, by its organisation and scopes, so that no key is ever given an answer made for
// another kind of caller should a rule come to read them.

/** Types whose answers depend on which user asks, not only on the role: a user reads their own User, and `me`. */
const TYPES_READ_PER_USER = ['User'];

/** A string naming what `viewer` may see of an operation that can answer with `answerTypes` (see selectionOf). */
export function answerScopeOf({ viewer, answerTypes }: { viewer: Viewer; answerTypes: ReadonlySet<string> }): string {
  switch (viewer.kind) {
    case 'anonymous':
      return 'anonymous';
    case 'apiKey':
      return `apiKey:${viewer.apiKey.organisationId ?? 'none'}:${[...viewer.apiKey.scopes].sort().join(',')}`;
    case 'user': {
      const { user } = viewer;
      const role = user.role === 'STATE' ? `STATE:${user.stateId ?? 'none'}` : user.role;
      return TYPES_READ_PER_USER.some((type) => answerTypes.has(type)) ? `${role}:user:${user.id}` : role;
    }
  }
}
