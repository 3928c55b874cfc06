import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amendDelegation } from '../../packages/sdk/examples/handle-conflict.ts';
import { listStatesParties } from '../../packages/sdk/examples/list-states-parties.ts';
import { countReportsByCompliance } from '../../packages/sdk/examples/page-through-reports.ts';
import { readMeetingInvitations } from '../../packages/sdk/examples/read-meeting-invitations.ts';
import { registerDelegation } from '../../packages/sdk/examples/register-delegation.ts';
import { invitationIdOf, startSdkFixture, type SdkFixture } from './sdk-fixture.ts';

const SDK_DIR = path.resolve(import.meta.dirname, '../../packages/sdk');
const EXAMPLES = [
  'list-states-parties.ts',
  'read-meeting-invitations.ts',
  'register-delegation.ts',
  'page-through-reports.ts',
  'handle-conflict.ts',
];

describe('the SDK README', () => {
  it('shows each example exactly as the file that runs as a test', async () => {
    const readme = await readFile(path.join(SDK_DIR, 'README.md'), 'utf8');
    for (const example of EXAMPLES) {
      expect(readme, example).toContain(await readFile(path.join(SDK_DIR, 'examples', example), 'utf8'));
    }
  });
});

describe('the README examples against a running API', () => {
  let fixture: SdkFixture;
  beforeAll(async () => {
    fixture = await startSdkFixture();
  });
  afterAll(() => fixture.api.close());

  it('lists the States Parties on a date', async () => {
    const parties = await listStatesParties(fixture.url, fixture.apiKey, '2025-03-06');
    expect(parties).toHaveLength(111);
    expect(parties.map((party) => party.iso3)).not.toContain('LTU');
    expect(parties.find((party) => party.iso3 === 'NOR')).toEqual({
      iso3: 'NOR',
      name: 'Norway',
      entryIntoForce: '2010-08-01',
    });
  });

  it('reads a meeting with its invitations', async () => {
    const { title, byCapacity } = await readMeetingInvitations(fixture.url, fixture.apiKey, fixture.meeting.code);
    expect(title).toMatch(/Meeting/);
    expect(byCapacity.get('STATE_PARTY')).toHaveLength(197);
  });

  it('registers a delegation, then meets a ConflictError when amending with a stale version', async () => {
    const token = fixture.tokenOf('sameState');
    const registered = await registerDelegation(fixture.url, token, await invitationIdOf(fixture, 'NOR'));
    expect(registered.timeliness).toBe('ON_TIME');

    const input = { members: [{ role: 'HEAD' as const, givenName: 'Ingrid', familyName: 'Solberg' }] };
    const first = await amendDelegation(fixture.url, token, registered.delegationId, registered.version, input);
    const stale = await amendDelegation(fixture.url, token, registered.delegationId, registered.version, input);
    expect(first).toEqual({ status: 'amended', version: registered.version + 1 });
    expect(stale.status).toBe('conflict');
  });

  it('pages through reports', async () => {
    const prisma = fixture.api.database.prisma;
    const [convention, states] = await Promise.all([
      prisma.convention.findUniqueOrThrow({ where: { code: 'CCM' } }),
      prisma.state.findMany({ take: 130, orderBy: { iso3: 'asc' } }),
    ]);
    await prisma.transparencyReport.createMany({
      data: states.map((state, index) => ({
        conventionId: convention.id,
        stateId: state.id,
        kind: 'ANNUAL' as const,
        periodYear: 2022,
        periodStart: new Date('2022-01-01'),
        periodEnd: new Date('2022-12-31'),
        dueOn: new Date('2023-04-30'),
        receivedOn: index % 2 === 0 ? new Date('2023-04-20') : new Date('2023-05-10'),
        published: true,
      })),
    });
    const counts = await countReportsByCompliance(fixture.url, fixture.apiKey, 2022);
    expect(counts).toEqual({ ON_TIME: 65, LATE: 65 });
  });
});
