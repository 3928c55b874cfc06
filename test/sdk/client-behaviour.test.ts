import { createServer, type AddressInfo } from 'node:net';
import {
  createPlenaryClient,
  DelegationMembersDocument,
  MeetingInvitationsDocument,
  MeDocument,
  paginate,
  PlenaryGraphQLError,
  PlenaryNetworkError,
  RegisterDelegationDocument,
} from '@plenary/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitationIdOf, startSdkFixture, type SdkFixture } from './sdk-fixture.ts';

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('the SDK against a running API', () => {
  let fixture: SdkFixture;
  beforeAll(async () => {
    fixture = await startSdkFixture();
    const secretariat = createPlenaryClient({ url: fixture.url, token: fixture.tokenOf('secretariat') });
    const result = await secretariat.request(RegisterDelegationDocument, {
      invitationId: await invitationIdOf(fixture, 'DEU'),
      input: { members: [{ role: 'HEAD', givenName: 'Katrin', familyName: 'Weber', email: 'k.weber@example.org' }] },
    });
    expect(result.submitDelegation.__typename).toBe('MutationSubmitDelegationSuccess');
  });
  afterAll(() => fixture.api.close());

  it('pages through 197 invitations 20 at a time, yielding each exactly once', async () => {
    const client = createPlenaryClient({ url: fixture.url, apiKey: fixture.apiKey });
    const seen: string[] = [];
    for await (const invitation of paginate(client, {
      document: MeetingInvitationsDocument,
      variables: { id: fixture.meeting.globalId },
      connection: (data) => data.meeting?.invitations,
      pageSize: 20,
    })) {
      seen.push(invitation.id);
    }
    expect(seen).toHaveLength(197);
    expect(new Set(seen).size).toBe(197);
  });

  it('gives a partner key the delegation but none of its personal data', async () => {
    const partner = createPlenaryClient({ url: fixture.url, apiKey: fixture.apiKey });
    const secretariat = createPlenaryClient({ url: fixture.url, token: fixture.tokenOf('secretariat') });
    const asPartner = await partner.request(DelegationMembersDocument, { meetingId: fixture.meeting.globalId });
    const asSecretariat = await secretariat.request(DelegationMembersDocument, { meetingId: fixture.meeting.globalId });

    const partnerMembers = asPartner.meeting?.delegations.edges.flatMap((edge) => edge.node.members) ?? [];
    expect(partnerMembers).toEqual([
      { role: 'HEAD', position: 1, salutation: null, givenName: null, familyName: null, title: null, email: null },
    ]);
    const secretariatMembers = asSecretariat.meeting?.delegations.edges.flatMap((edge) => edge.node.members) ?? [];
    expect(secretariatMembers[0]).toMatchObject({
      givenName: 'Katrin',
      familyName: 'Weber',
      email: 'k.weber@example.org',
    });
  });

  it('raises PlenaryNetworkError when nothing answers', async () => {
    const client = createPlenaryClient({ url: `http://127.0.0.1:${await closedPort()}/graphql` });
    const failure = await client.request(MeDocument).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PlenaryNetworkError);
    expect((failure as PlenaryNetworkError).reason).toBe('network');
  });

  it('raises PlenaryNetworkError with reason "timeout" when the answer takes too long', async () => {
    const slowFetch: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const client = createPlenaryClient({ url: fixture.url, fetch: slowFetch, timeoutMs: 50 });
    const failure = await client.request(MeDocument).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PlenaryNetworkError);
    expect((failure as PlenaryNetworkError).reason).toBe('timeout');
  });

  it('raises PlenaryNetworkError with reason "aborted" when the caller aborts', async () => {
    const controller = new AbortController();
    controller.abort();
    const client = createPlenaryClient({ url: fixture.url });
    const failure = await client
      .request(MeDocument, {}, { signal: controller.signal })
      .catch((error: unknown) => error);
    expect((failure as PlenaryNetworkError).reason).toBe('aborted');
  });

  it('raises PlenaryGraphQLError, carrying the code and the response, for a GraphQL error', async () => {
    const client = createPlenaryClient({ url: fixture.url, token: 'not-a-session' });
    const failure = await client.request(MeDocument).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PlenaryGraphQLError);
    expect((failure as PlenaryGraphQLError).code).toBe('UNAUTHENTICATED');
    expect((failure as PlenaryGraphQLError).status).toBe(401);
  });

  it('sends a known document by its hash alone once the server has seen it', async () => {
    const bodies: string[] = [];
    const recordingFetch: typeof fetch = (input, init) => {
      bodies.push(String(init?.body));
      return fetch(input, init);
    };
    const client = createPlenaryClient({ url: fixture.url, apiKey: fixture.apiKey, fetch: recordingFetch });
    await client.request(MeetingInvitationsDocument, { id: fixture.meeting.globalId, first: 1 });
    await client.request(MeetingInvitationsDocument, { id: fixture.meeting.globalId, first: 1 });
    const last = JSON.parse(bodies.at(-1)!) as { query?: string; extensions: unknown };
    expect(last.query).toBeUndefined();
    expect(last.extensions).toMatchObject({ persistedQuery: { version: 1 } });
  });
});
