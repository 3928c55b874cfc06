import { testBackends } from '@plenary/db/testing';
import {
  AdminPublishReportDocument,
  AdminRecordReportDocument,
  AdminUpdateMeetingDocument,
  AdminUpdateReportFormsDocument,
  changesSince,
  createPlenaryClient,
  MeetingByCodeDocument,
  MeetingsChangedSinceDocument,
  StatesChangedSinceDocument,
  TransparencyReportsChangedSinceDocument,
  type PlenaryClient,
} from '@plenary/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSdkFixture, TODAY, type SdkFixture } from './sdk-fixture.ts';

// A partner's incremental sync through the SDK (issue 16): read everything once, store each list's `syncedUpTo`,
// and next time read only what the secretariat changed since.

// A seeded meeting: the fixture's own test meeting has a number (901) that updateMeeting would refuse.
const MEETING_CODE = '11MSP';
const ON = TODAY.toISOString().slice(0, 10);
const FORM_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'] as const;

describe.each(testBackends())('a partner syncing States, meetings and reports through the SDK on %s', (backend) => {
  let fixture: SdkFixture;
  let partner: PlenaryClient;
  let secretariat: PlenaryClient;
  let reportId: string;
  let reportVersion: number;

  beforeAll(async () => {
    fixture = await startSdkFixture({ backend });
    partner = createPlenaryClient({ url: fixture.url, apiKey: fixture.apiKey });
    secretariat = createPlenaryClient({ url: fixture.url, token: fixture.tokenOf('secretariat') });
    const { recordTransparencyReport: recorded } = await secretariat.request(AdminRecordReportDocument, {
      input: { state: { iso3: 'NOR' }, kind: 'ANNUAL', periodYear: 2022, receivedOn: '2023-04-20', channel: 'EMAIL' },
      on: ON,
    });
    if (recorded.__typename !== 'MutationRecordTransparencyReportSuccess')
      throw new Error(`recordTransparencyReport: ${recorded.__typename}`);
    const { publishReport: published } = await secretariat.request(AdminPublishReportDocument, {
      reportId: recorded.report.id,
      version: recorded.report.version,
      on: ON,
    });
    if (published.__typename !== 'MutationPublishReportSuccess')
      throw new Error(`publishReport: ${published.__typename}`);
    reportId = published.report.id;
    reportVersion = published.report.version;
  });
  afterAll(() => fixture.api.close());

  async function syncAll(since: { states: string | null; meetings: string | null; reports: string | null }) {
    const [states, meetings, reports] = await Promise.all([
      changesSince(partner, {
        document: StatesChangedSinceDocument,
        connection: (data) => data.states,
        since: since.states,
      }),
      changesSince(partner, {
        document: MeetingsChangedSinceDocument,
        connection: (data) => data.meetings,
        since: since.meetings,
      }),
      changesSince(partner, {
        document: TransparencyReportsChangedSinceDocument,
        connection: (data) => data.transparencyReports,
        since: since.reports,
      }),
    ]);
    return {
      states,
      meetings,
      reports,
      marks: { states: states.syncedUpTo, meetings: meetings.syncedUpTo, reports: reports.syncedUpTo },
    };
  }

  it('reads everything first, then exactly the State, meeting and report the secretariat changed', async () => {
    const first = await syncAll({ states: null, meetings: null, reports: null });
    expect(first.states.nodes).toHaveLength(await fixture.api.database.prisma.state.count());
    expect(first.meetings.nodes.map((meeting) => meeting.code)).toContain(MEETING_CODE);
    expect(first.reports.nodes.map((report) => report.id)).toEqual([reportId]);
    expect(first.states.nodes.find((state) => state.iso3 === 'IND')?.treatyStatus?.signedOn ?? null).toBeNull();

    const treatyAction = await fixture.api.graphql<{ recordTreatyAction: { __typename: string } }>(
      `mutation ($input: RecordTreatyActionInput!) { recordTreatyAction(input: $input) { __typename } }`,
      {
        variables: {
          input: {
            state: 'IND',
            action: 'SIGNATURE',
            date: '2023-05-02',
            source: 'Depositary notification (test)',
            verified: true,
          },
        },
        headers: fixture.actors.secretariat.headers,
      },
    );
    expect(treatyAction.body.data?.recordTreatyAction.__typename).toBe('MutationRecordTreatyActionSuccess');
    const { meetingByCode: meeting } = await secretariat.request(MeetingByCodeDocument, { code: MEETING_CODE });
    const { updateMeeting } = await secretariat.request(AdminUpdateMeetingDocument, {
      id: meeting!.id,
      version: meeting!.version,
      input: { venue: 'Palais des Nations' },
    });
    expect(updateMeeting.__typename).toBe('MutationUpdateMeetingSuccess');
    const { updateReportForms } = await secretariat.request(AdminUpdateReportFormsDocument, {
      reportId,
      version: reportVersion,
      forms: FORM_LETTERS.map((letter) => ({ letter, status: 'CHANGED' as const })),
      on: ON,
    });
    expect(updateReportForms.__typename).toBe('MutationUpdateReportFormsSuccess');

    const next = await syncAll(first.marks);
    // Records stamped within the overlap before the mark come again (the seed wrote them all moments ago); what the
    // partner finds different from its copy is exactly what the secretariat changed.
    const changed = <Node extends { id: string }>(held: Node[], read: Node[]) =>
      read.filter((node) => JSON.stringify(node) !== JSON.stringify(held.find((old) => old.id === node.id)));
    expect(
      changed(first.states.nodes, next.states.nodes).map((state) => [state.iso3, state.treatyStatus?.signedOn]),
    ).toEqual([['IND', '2023-05-02']]);
    // The fixture's meeting, convened and not yet open, invites India again as a signatory (rule 1.1): its stamp moves.
    expect(
      changed(first.meetings.nodes, next.meetings.nodes)
        .map((meeting) => [meeting.code, meeting.venue])
        .sort(),
    ).toEqual([
      [MEETING_CODE, 'Palais des Nations'],
      [fixture.meeting.code, 'Palais des Nations'],
    ]);
    expect(
      changed(first.reports.nodes, next.reports.nodes).map((report) => [
        report.id,
        report.forms.map((form) => form.status),
      ]),
    ).toEqual([[reportId, FORM_LETTERS.map(() => 'CHANGED')]]);

    // The partner's copy, updated by `id`, is what reading everything again gives; and the marks never go back.
    const merged = <Node extends { id: string }>(held: Node[], read: Node[]) => [
      ...new Map([...held, ...read].map((node) => [node.id, node])).values(),
    ];
    const everything = await syncAll({ states: null, meetings: null, reports: null });
    const byId = <Node extends { id: string }>(nodes: Node[]) => [...nodes].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(merged(first.states.nodes, next.states.nodes))).toEqual(byId(everything.states.nodes));
    expect(byId(merged(first.meetings.nodes, next.meetings.nodes))).toEqual(byId(everything.meetings.nodes));
    expect(byId(merged(first.reports.nodes, next.reports.nodes))).toEqual(byId(everything.reports.nodes));
    for (const list of ['states', 'meetings', 'reports'] as const)
      expect(Date.parse(next.marks[list]!)).toBeGreaterThan(Date.parse(first.marks[list]!));

    // Without the overlap, a sync from the new marks reads only what carries the newest stamps.
    const again = await changesSince(partner, {
      document: StatesChangedSinceDocument,
      connection: (data) => data.states,
      since: next.marks.states,
      overlapSeconds: 0,
    });
    expect(again.nodes.map((state) => state.iso3)).toEqual(['IND']);
    expect(Date.parse(again.syncedUpTo!)).toBeGreaterThanOrEqual(Date.parse(next.marks.states!));
  });

  it('keeps the mark when nothing changed, and reads nothing from a mark in the future', async () => {
    const future = '2100-01-01T00:00:00.000Z';
    const found = await changesSince(partner, {
      document: MeetingsChangedSinceDocument,
      connection: (data) => data.meetings,
      since: future,
      overlapSeconds: 0,
    });
    expect(found).toEqual({ nodes: [], syncedUpTo: future });
  });
});
