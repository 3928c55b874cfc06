import type { TestBackend } from '@plenary/db/testing';
import { createActors, createMeeting, startApi, type Actors, type ApiFixture } from '@plenary/api/testing';

/** Before the Eleventh-like test meeting's deadline of 31 August 2023. */
export const TODAY = new Date('2023-06-01T09:00:00Z');

export interface SdkFixture {
  api: ApiFixture;
  url: string;
  actors: Actors;
  apiKey: string;
  tokenOf(actor: keyof Actors): string;
  meeting: { id: string; globalId: string; code: string };
}

function globalId(typename: string, id: string): string {
  return Buffer.from(`${typename}:${id}`).toString('base64');
}

/** The API on a free port over a seeded database (PGlite unless told), a convened meeting inviting every State, and one caller of each kind. */
export async function startSdkFixture({ backend = 'pglite' }: { backend?: TestBackend } = {}): Promise<SdkFixture> {
  const api = await startApi({ backend, now: () => TODAY });
  const actors = await createActors(api, { stateIso3: 'NOR', otherStateIso3: 'FRA' });
  const prisma = api.database.prisma;
  const meeting = await createMeeting(prisma, { code: 'SDK1' });
  const states = await prisma.state.findMany({ orderBy: { iso3: 'asc' } });
  await prisma.invitation.createMany({
    data: states.map((state) => ({
      meetingId: meeting.id,
      stateId: state.id,
      capacity: 'STATE_PARTY' as const,
      status: 'ISSUED' as const,
    })),
  });
  return {
    api,
    url: `${api.url}/graphql`,
    actors,
    apiKey: actors.partner.headers['x-api-key']!,
    tokenOf: (actor) => actors[actor].headers.authorization!.replace(/^Bearer /, ''),
    meeting: { id: meeting.id, globalId: globalId('Meeting', meeting.id), code: meeting.code },
  };
}

export async function invitationIdOf(fixture: SdkFixture, iso3: string): Promise<string> {
  const invitation = await fixture.api.database.prisma.invitation.findFirstOrThrow({
    where: { meetingId: fixture.meeting.id, state: { iso3 } },
  });
  return globalId('Invitation', invitation.id);
}
