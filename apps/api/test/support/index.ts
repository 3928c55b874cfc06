export { startApi, type ApiFixture, type StartApiOptions, type GraphQLResponse } from './api-fixture.ts';
export {
  createActors,
  createUser,
  createPartnerKey,
  signIn,
  TEST_PASSWORD,
  type Actor,
  type Actors,
} from './actors.ts';
export { createQueryCounter } from './query-counter.ts';
export {
  createMeeting,
  createInvitation,
  createDelegation,
  type InvitationFixture,
  type MemberFixture,
} from './factories.ts';
export { startAsNpmStartDoes, type RunningPlenary } from './start-as-npm-start.ts';
