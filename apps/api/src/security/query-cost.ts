import {
  getNamedType,
  isAbstractType,
  isObjectType,
  isInterfaceType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../builder.ts';
import { isConnectionType } from '../connections/connection-shape.ts';
import { CSV_MAX_RECORDS } from '../mutations/csv-text.ts';

const PAGE_ARGUMENTS = ['first', 'last'];
/** The field extension a field's definition sets when resolving it costs more than reading a column (see fieldCostOf). */
export const FIELD_COST_EXTENSION = 'cost';
const ITEM_LISTS = new Set(['edges', 'nodes']);

/**
 * How many items the estimate counts for each list field that is not a connection's page ("Type.field"): the fields
 * selected below it are resolved once per item. A list field missing here fails resource-bounds-lists.test.ts, so a
 * new list is priced before it ships. Where the data has a hard bound, that is the number.
 */
export const LIST_ITEMS: Readonly<Record<string, number>> = {
  // One line per currency shares were issued in.
  'ContributionsStatus.totals': 10,
  'StateContributions.totals': 10,
  // The meetings a State was assessed for: two a year for fifty years.
  'StateContributions.meetings': 100,
  // At most 200 (the domain's MAX_MEMBERS), typically under 20: priced as typical, so that a page of delegations with
  // their members stays affordable while pages of pages of them are refused.
  'Delegation.members': 20,
  'Invitation.capacityChanges': 20,
  'Invitation.statusHistory': 20,
  // One per invitation status.
  'Meeting.invitationCounts': 10,
  // One per record of an imported CSV text.
  'HistoricalReportsImport.reports': CSV_MAX_RECORDS,
  'MutationRecordMeetingParticipantsSuccess.invitations': CSV_MAX_RECORDS,
  // At most one per State.
  'MutationSendReportRemindersSuccess.reminders': 200,
  'Query.generalAssemblyResolutions': 50,
  'Query.offices': 10,
  // Forms A to J of an Article 7 report, and annexes.
  'TransparencyReport.forms': 20,
  // Built in memory from the input: the database reads none of them.
  'ValidationError.issues': 1,
};

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/**
 * The cost of an operation: every field counts 1 for each time it will be resolved. Below a connection's `edges`
 * (or `nodes`), that is once per item of the page asked for (`first`/`last`, or the default page size); below
 * `nodes(ids:)`, once per id. So `meetings(first: 50) { totalCount edges { node { invitations(first: 100) { edges {
 * node { id } } } } } }` costs 1 + 1 + 1 + 50 x (1 + 1 + 1 + 100 x 2) = 10 153.
 *
 * Below any other list field, once per item LIST_ITEMS counts for it.
 *
 * A field whose definition carries a `cost` extension counts that much instead of 1: a rendered document reads
 * several tables and renders a letter, so asking for a page of them is priced as the work it is.
 */
export function estimateQueryCost(options: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | null;
  variables: Record<string, unknown>;
}): number {
  const { schema, document } = options;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const operation = document.definitions.find(
    (definition) =>
      definition.kind === Kind.OPERATION_DEFINITION &&
      (options.operationName === null || definition.name?.value === options.operationName),
  );
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return 0;
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return 0;
  return selectionSetCost(
    { schema, fragments, variables: options.variables },
    operation.selectionSet,
    rootType,
    { multiplier: 1, pageSize: null },
    new Set(),
  );
}

interface Scale {
  /** How many times each field here is resolved. */
  multiplier: number;
  /** Inside a connection: how many items its `edges` and `nodes` hold. */
  pageSize: number | null;
}

function selectionSetCost(
  walk: Walk,
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType,
  scale: Scale,
  spreading: Set<string>,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    switch (selection.kind) {
      case Kind.FIELD:
        cost += fieldCost(walk, selection, parentType, scale, spreading);
        break;
      case Kind.INLINE_FRAGMENT: {
        const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parentType;
        if (type && (isObjectType(type) || isAbstractType(type)))
          cost += selectionSetCost(walk, selection.selectionSet, type, scale, spreading);
        break;
      }
      case Kind.FRAGMENT_SPREAD: {
        const name = selection.name.value;
        const fragment = walk.fragments.get(name);
        const type = fragment && walk.schema.getType(fragment.typeCondition.name.value);
        // Validation has refused cycles already; the guard keeps this walk finite regardless.
        if (!fragment || !type || spreading.has(name) || !(isObjectType(type) || isAbstractType(type))) break;
        cost += selectionSetCost(walk, fragment.selectionSet, type, scale, new Set([...spreading, name]));
        break;
      }
    }
  }
  return cost;
}

function fieldCost(
  walk: Walk,
  field: FieldNode,
  parentType: GraphQLCompositeType,
  scale: Scale,
  spreading: Set<string>,
): number {
  if (field.name.value.startsWith('__')) return 0;
  const { multiplier } = scale;
  const definition =
    isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[field.name.value] : undefined;
  const own = multiplier * fieldCostOf(definition);
  if (!definition || !field.selectionSet) return own;
  const type = getNamedType(definition.type);
  if (!(isObjectType(type) || isAbstractType(type))) return own;
  if (isConnectionType(type)) {
    return (
      own +
      selectionSetCost(
        walk,
        field.selectionSet,
        type,
        { multiplier, pageSize: pageSizeOf(walk, field) ?? DEFAULT_PAGE_SIZE },
        spreading,
      )
    );
  }
  const items =
    scale.pageSize !== null && ITEM_LISTS.has(field.name.value)
      ? scale.pageSize
      : (LIST_ITEMS[`${parentType.name}.${field.name.value}`] ?? idsRequested(walk, field));
  return (
    own +
    selectionSetCost(walk, field.selectionSet, type, { multiplier: multiplier * items, pageSize: null }, spreading)
  );
}

/** What resolving a field once costs: 1, or the `cost` its definition declares. */
function fieldCostOf(definition: GraphQLField<unknown, unknown> | undefined): number {
  const declared = definition?.extensions[FIELD_COST_EXTENSION];
  return typeof declared === 'number' && declared > 0 ? declared : 1;
}

function argumentValue(walk: Walk, field: FieldNode, name: string): unknown {
  const argument = field.arguments?.find((candidate) => candidate.name.value === name);
  return argument ? valueFromASTUntyped(argument.value, walk.variables) : undefined;
}

/** The page size asked for with `first` or `last` (the larger, when both are given). */
function pageSizeOf(walk: Walk, field: FieldNode): number | null {
  const sizes = PAGE_ARGUMENTS.map((name) => argumentValue(walk, field, name)).filter(
    (value): value is number => typeof value === 'number' && Number.isFinite(value),
  );
  return sizes.length > 0 ? Math.max(...sizes, 1) : null;
}

/** `nodes(ids: [...])` resolves once per id; other fields once. */
function idsRequested(walk: Walk, field: FieldNode): number {
  const ids = argumentValue(walk, field, 'ids');
  return Array.isArray(ids) ? Math.max(ids.length, 1) : 1;
}
