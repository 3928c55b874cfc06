import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { createPlenaryClient, pages, StatesPartiesOnDocument } from '../src/index.ts';

function recordingServer(bodies: unknown[]) {
  const sent: { query?: string; variables?: Record<string, unknown> }[] = [];
  const fetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    sent.push(JSON.parse(String(init?.body)) as (typeof sent)[number]);
    return new Response(JSON.stringify(bodies.shift()), {
      status: 200,
      headers: { 'content-type': 'application/graphql-response+json' },
    });
  });
  return {
    client: createPlenaryClient({ url: 'https://plenary.example.org/graphql', fetch, persistedQueries: false }),
    sent,
  };
}

describe('documents the client sends', () => {
  it('prints a TypedDocumentNode from a partner’s own codegen instead of sending "[object Object]"', async () => {
    const MeetingTitle: TypedDocumentNode<{ meetingByCode: { title: string } | null }, { code: string }> = parse(
      'query MeetingTitle($code: String!) { meetingByCode(code: $code) { title } }',
    );
    const { client, sent } = recordingServer([
      { data: { meetingByCode: { title: 'Eleventh Meeting of States Parties' } } },
    ]);

    const data = await client.request(MeetingTitle, { code: '11MSP' });

    expect(data.meetingByCode?.title).toBe('Eleventh Meeting of States Parties');
    expect(sent[0]?.query).toBe(
      'query MeetingTitle($code: String!) {\n  meetingByCode(code: $code) {\n    title\n  }\n}',
    );
    expect(sent[0]?.variables).toEqual({ code: '11MSP' });
  });

  it('yields pages with the connection’s totalCount', async () => {
    const page = (codes: string[], hasNextPage: boolean, endCursor: string) => ({
      data: {
        states: {
          totalCount: 3,
          pageInfo: { hasNextPage, endCursor },
          edges: codes.map((iso3) => ({ node: { iso3 } })),
        },
      },
    });
    const { client, sent } = recordingServer([page(['AFG', 'ALB'], true, 'c2'), page(['AND'], false, 'c3')]);

    const seen = [];
    for await (const each of pages(client, {
      document: StatesPartiesOnDocument,
      variables: { on: '2023-09-11' },
      connection: (data) => data.states,
      pageSize: 2,
    })) {
      seen.push({
        totalCount: each.totalCount,
        codes: each.nodes.map((node) => node.iso3),
        hasNextPage: each.hasNextPage,
      });
    }

    expect(seen).toEqual([
      { totalCount: 3, codes: ['AFG', 'ALB'], hasNextPage: true },
      { totalCount: 3, codes: ['AND'], hasNextPage: false },
    ]);
    expect(sent.map((request) => request.variables?.['after'])).toEqual([null, 'c2']);
  });
});
