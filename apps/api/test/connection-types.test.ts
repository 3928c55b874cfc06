import { getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE } from '../src/builder.ts';
import { isConnectionType } from '../src/connections/connection-shape.ts';
import { schema } from '../src/schema/index.ts';

const objectTypes = Object.values(schema.getTypeMap()).filter(
  (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'),
);
const edgeTypes = objectTypes.filter(
  (type) => type.name.endsWith('Edge') && type.getFields().cursor && type.getFields().node,
);
const connectionTypes = objectTypes.filter(isConnectionType);

function nodeTypeOf(edge: GraphQLObjectType): string {
  const node = edge.getFields().node;
  if (!node) throw new Error(`${edge.name} has no node field`);
  return getNamedType(node.type).name;
}

describe('connections, as a partner writes fragments for them', () => {
  it('finds the edge types it checks (so it cannot pass by finding none)', () => {
    expect(edgeTypes.map((edge) => edge.name)).toEqual(
      expect.arrayContaining([
        'InvitationEdge',
        'MeetingEdge',
        'DelegationEdge',
        'CostShareEdge',
        'TransparencyReportEdge',
      ]),
    );
  });

  it('pages each node type with one connection type, shared by every field that pages it', () => {
    const edgesByNode = new Map<string, string[]>();
    for (const edge of edgeTypes)
      edgesByNode.set(nodeTypeOf(edge), [...(edgesByNode.get(nodeTypeOf(edge)) ?? []), edge.name]);
    const pagedByMore = [...edgesByNode].filter(([, edges]) => edges.length > 1);
    expect(pagedByMore).toEqual([]);
  });

  it('gives the fields that page Invitations, Meetings, Delegations, cost shares and reports the type named after their node', () => {
    const typeOf = (typeName: string, fieldName: string) => {
      const field = (schema.getType(typeName) as GraphQLObjectType).getFields()[fieldName];
      if (!field) throw new Error(`${typeName}.${fieldName} is not in the schema`);
      return getNamedType(field.type).name;
    };
    expect([
      typeOf('Meeting', 'invitations'),
      typeOf('Meeting', 'observerApplications'),
      typeOf('Meeting', 'recordedParticipants'),
    ]).toEqual(['InvitationConnection', 'InvitationConnection', 'InvitationConnection']);
    expect([typeOf('Query', 'meetings'), typeOf('Convention', 'meetings')]).toEqual([
      'MeetingConnection',
      'MeetingConnection',
    ]);
    expect([typeOf('Meeting', 'delegations'), typeOf('State', 'delegations')]).toEqual([
      'DelegationConnection',
      'DelegationConnection',
    ]);
    expect([typeOf('CostShareIssue', 'shares'), typeOf('State', 'costShares')]).toEqual([
      'CostShareConnection',
      'CostShareConnection',
    ]);
    expect([typeOf('Query', 'transparencyReports'), typeOf('State', 'reports')]).toEqual([
      'TransparencyReportConnection',
      'TransparencyReportConnection',
    ]);
    for (const name of [
      'InvitationConnection',
      'MeetingConnection',
      'DelegationConnection',
      'CostShareConnection',
      'TransparencyReportConnection',
    ]) {
      expect((schema.getType(name) as GraphQLObjectType).getFields().totalCount?.type.toString(), name).toBe('Int!');
    }
  });

  it('names every connection after its node type, <Node>Connection with edges <Node>Edge and a totalCount', () => {
    expect(connectionTypes.length).toBeGreaterThan(20);
    const misnamed = connectionTypes.flatMap((connection) => {
      const fields = connection.getFields();
      const edge = getNamedType(fields.edges!.type) as GraphQLObjectType;
      const node = nodeTypeOf(edge);
      const wrong = [
        ...(connection.name === `${node}Connection`
          ? []
          : [`${connection.name} pages ${node}: call it ${node}Connection`]),
        ...(edge.name === `${node}Edge`
          ? []
          : [`${connection.name}'s edge ${edge.name} carries ${node}: call it ${node}Edge`]),
        ...(fields.totalCount?.type.toString() === 'Int!' ? [] : [`${connection.name} has no totalCount: Int!`]),
      ];
      return wrong;
    });
    expect(misnamed).toEqual([]);
  });

  it(`states the cap of ${MAX_PAGE_SIZE} items in every first and last argument`, () => {
    const pageArguments = objectTypes.flatMap((type) =>
      Object.values(type.getFields()).flatMap((field) =>
        field.args
          .filter((argument) => argument.name === 'first' || argument.name === 'last')
          .map((argument) => ({
            at: `${type.name}.${field.name}.${argument.name}`,
            description: argument.description ?? '',
          })),
      ),
    );
    expect(pageArguments.length).toBeGreaterThan(20);
    expect(
      pageArguments.filter(
        ({ description }) =>
          !description.includes(`at most ${MAX_PAGE_SIZE}`) || !description.includes('PAGE_SIZE_TOO_LARGE'),
      ),
    ).toEqual([]);
  });
});
