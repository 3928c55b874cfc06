import { testBackends } from '@plenary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActors, type Actors } from './support/actors.ts';
import { graphql, type ResultOf, type TypedDocumentNode } from './support/graphql.ts';
import { startApi, type ApiFixture } from './support/api-fixture.ts';
import { expectResult } from './support/expect-result.ts';

// A partner's nightly sync (issue 16): read everything once, then only what changed since the newest `updatedAt` read.

const SYNC = graphql(`
  query NightlySync($since: DateTime, $after: String, $meetingsAfter: String, $reportsAfter: String) {
    states(first: 100, after: $after, filter: { updatedSince: $since }) { pageInfo { hasNextPage endCursor } edges { node { iso3 updatedAt } } }
    meetings(first: 100, after: $meetingsAfter, filter: { updatedSince: $since }) { pageInfo { hasNextPage endCursor } edges { node { code updatedAt } } }
    transparencyReports(first: 100, after: $reportsAfter, filter: { updatedSince: $since }) { pageInfo { hasNextPage endCursor } edges { node { id updatedAt } } }
  }
`);

const RECORD_TREATY_ACTION = graphql(`
  mutation SyncRecordTreatyAction($input: RecordTreatyActionInput!) {
    recordTreatyAction(input: $input) { __typename ... on MutationRecordTreatyActionSuccess { treatyRecord { updatedAt state { updatedAt } } } }
  }
`);
const MEETING = graphql(`
  query SyncMeeting($code: String!) { meetingByCode(code: $code) { id version updatedAt } }
`);
const UPDATE_MEETING = graphql(`
  mutation SyncUpdateMeeting($id: ID!, $version: Int!) {
    updateMeeting(id: $id, version: $version, input: { webPage: "https://www.clusterconvention.org/11msp-updated" }) {
      __typename ... on MutationUpdateMeetingSuccess { meeting { code updatedAt } }
    }
  }
`);
const RECORD_REPORT = graphql(`
  mutation SyncRecordReport($input: RecordTransparencyReportInput!) {
    recordTransparencyReport(input: $input) { __typename ... on MutationRecordTransparencyReportSuccess { report { id version } } }
  }
`);
const PUBLISH_REPORT = graphql(`
  mutation SyncPublishReport($reportId: ID!, $version: Int!) {
    publishReport(reportId: $reportId, version: $version) { __typename ... on MutationPublishReportSuccess { report { id updatedAt } } }
  }
`);

type Found = {
  [List in 'states' | 'meetings' | 'transparencyReports']: ResultOf<typeof SYNC>[List]['edges'][number]['node'][];
};

describe.each(testBackends())('incremental sync with updatedSince on %s', (backend) => {
  let api: ApiFixture;
  let actors: Actors;

  beforeAll(async () => {
    api = await startApi({ backend });
    actors = await createActors(api, { stateIso3: 'NGA', otherStateIso3: 'SSD' });
  });
  afterAll(() => api.close());

  /** Every page of the three lists, as a partner's key reads them. */
  async function sync(since: string | null) {
    const found: Found = { states: [], meetings: [], transparencyReports: [] };
    let cursors: { after: string | null; meetingsAfter: string | null; reportsAfter: string | null } = {
      after: null,
      meetingsAfter: null,
      reportsAfter: null,
    };
    for (;;) {
      const { body } = await api.graphql(SYNC, { variables: { since, ...cursors }, headers: actors.partner.headers });
      expect(body.errors).toBeUndefined();
      const data = body.data!;
      found.states.push(...data.states.edges.map((edge) => edge.node));
      found.meetings.push(...data.meetings.edges.map((edge) => edge.node));
      found.transparencyReports.push(...data.transparencyReports.edges.map((edge) => edge.node));
      if (
        !data.states.pageInfo.hasNextPage &&
        !data.meetings.pageInfo.hasNextPage &&
        !data.transparencyReports.pageInfo.hasNextPage
      )
        return found;
      // A list with no next page is asked again from its end cursor, which returns nothing more.
      cursors = {
        after: data.states.pageInfo.endCursor ?? null,
        meetingsAfter: data.meetings.pageInfo.endCursor ?? null,
        reportsAfter: data.transparencyReports.pageInfo.endCursor ?? null,
      };
    }
  }

  function newest(found: Found): string {
    return [...found.states, ...found.meetings, ...found.transparencyReports]
      .map((node) => node.updatedAt)
      .sort()
      .at(-1)!;
  }

  /** What the secretariat's mutation or read answered, typed by its document. */
  async function asSecretariat<Data, Variables>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
  ): Promise<Data> {
    const { body } = await api.graphql(document, { variables, headers: actors.secretariat.headers });
    expect(body.errors).toBeUndefined();
    return body.data!;
  }

  it('returns exactly the States, meetings and reports changed since the newest stamp of the last sync', async () => {
    const first = await sync(null);
    expect(first.states.length).toBeGreaterThan(190);
    const since = newest(first);
    // Writes happen after the stamps read: a millisecond apart at least.
    await new Promise((resolve) => setTimeout(resolve, 5));

    const { recordTreatyAction } = await asSecretariat(RECORD_TREATY_ACTION, {
      input: {
        state: 'IND',
        action: 'SIGNATURE',
        date: '2026-11-20',
        source: 'Depositary notification (test)',
        verified: true,
      },
    });
    const { treatyRecord } = expectResult(recordTreatyAction, 'MutationRecordTreatyActionSuccess');
    expect(treatyRecord.state.updatedAt >= treatyRecord.updatedAt && treatyRecord.updatedAt > since).toBe(true);
    const { meetingByCode } = await asSecretariat(MEETING, { code: '11MSP' });
    const updated = await asSecretariat(UPDATE_MEETING, { id: meetingByCode!.id, version: meetingByCode!.version });
    expectResult(updated.updateMeeting, 'MutationUpdateMeetingSuccess');
    const recorded = await asSecretariat(RECORD_REPORT, {
      input: { state: { iso3: 'NGA' }, kind: 'ANNUAL', periodYear: 2025, receivedOn: '2026-04-28', channel: 'EMAIL' },
    });
    const { report } = expectResult(recorded.recordTransparencyReport, 'MutationRecordTransparencyReportSuccess');
    const drafted = await asSecretariat(RECORD_REPORT, {
      input: { state: { iso3: 'SSD' }, kind: 'ANNUAL', periodYear: 2025, receivedOn: '2026-04-29', channel: 'EMAIL' },
    });
    const draft = expectResult(drafted.recordTransparencyReport, 'MutationRecordTransparencyReportSuccess').report;
    const published = await asSecretariat(PUBLISH_REPORT, { reportId: report.id, version: report.version });
    expectResult(published.publishReport, 'MutationPublishReportSuccess');

    const next = await sync(since);
    // `updatedSince` includes its instant: what carried the newest stamp last time comes again, and only that.
    const changed = <Node extends { updatedAt: string }>(nodes: Node[]) =>
      nodes.filter((node) => node.updatedAt !== since);
    expect(
      [...next.states, ...next.meetings, ...next.transparencyReports].every((node) => node.updatedAt >= since),
    ).toBe(true);
    expect(changed(next.states).map((state) => state.iso3)).toEqual(['IND']);
    expect(changed(next.meetings).map((meeting) => meeting.code)).toEqual(['11MSP']);
    expect(changed(next.transparencyReports).map((found) => found.id)).toEqual([report.id]);
    expect(next.transparencyReports.map((found) => found.id)).not.toContain(draft.id);

    const again = await sync(newest(next));
    expect(again.transparencyReports.map((found) => found.id)).toEqual([report.id]);
    expect([...again.states, ...again.meetings]).toEqual([]);
  });

  it('returns nothing for an instant in the future', async () => {
    const found = await sync('2100-01-01T00:00:00Z');
    expect(found).toEqual({ states: [], meetings: [], transparencyReports: [] });
  });

  it('refuses a malformed instant, as a variable and written in the query', async () => {
    const asVariable = await api.graphql(SYNC, { variables: { since: '2026-13-45' }, headers: actors.partner.headers });
    expect(asVariable.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(asVariable.body.errors?.[0]?.message).toMatch(/since/);
    const inQuery = await api.graphql(`{ states(filter: { updatedSince: "last night" }) { totalCount } }`, {
      headers: actors.partner.headers,
    });
    expect(inQuery.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(inQuery.body.errors?.[0]?.message).toMatch(/DateTime/);
  });
});
