import {
  GraphQLList,
  isAbstractType,
  isInterfaceType,
  isListType,
  isLeafType,
  isNonNullType,
  isObjectType,
  lexicographicSortSchema,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { isConnectionField } from '../../src/connections/connection-shape.ts';
import { readersOf, sensitiveFields, targetType, type Reader } from '../../src/auth/readers.ts';

// The leak scan's paths, generated from the schema: every way (up to MAX_HOPS fields, no type twice) from a root
// field to a field that holds sensitive data, one GraphQL document per way in, and what each answer shows at the end
// of each path.

export const MAX_HOPS = 5;
// Pages of two, unless the table says otherwise: the fixture's records are put first (its meeting is the latest), and
// a page of a scale's 190 rates, each leading to a State and on, would make the scan slow without reaching more.
const SCAN_PAGE_SIZE = 2;

/** Arguments of one field as GraphQL text, e.g. `(iso3: "CHE")`; several variants are several paths. */
export interface ArgumentVariant {
  text: string;
  /** For a field of an interface type (`node`): the object type these arguments name. */
  only?: readonly string[];
}

/** Arguments by `Type.field`: those a field requires, or narrower ones for a list (so that the fixture's data is on it). */
export type ArgumentTable = Record<string, readonly ArgumentVariant[]>;

export interface Hop {
  parent: GraphQLObjectType;
  field: GraphQLField<unknown, unknown>;
  args: string;
  /** The object type the path goes on through; null at the end of a path. */
  through: GraphQLObjectType | null;
  /** Whether the field is a connection, read through `edges { node }`. */
  connection: boolean;
}

export interface ScanPath {
  hops: Hop[];
  /** `Type.field` of the sensitive field it ends at. */
  leaf: string;
  readers: readonly Reader[];
}

/** The object types a field leads on to: its type, its connection's node type, or each possible type of an abstract one. */
function objectTypesAfter(
  schema: GraphQLSchema,
  field: GraphQLField<unknown, unknown>,
  variant: ArgumentVariant,
): GraphQLObjectType[] {
  const type: GraphQLNamedType = targetType(schema, field);
  if (isObjectType(type)) return [type];
  if (!isAbstractType(type)) return [];
  return schema.getPossibleTypes(type).filter((possible) => !variant.only || variant.only.includes(possible.name));
}

function argumentVariants(
  parent: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
  table: ArgumentTable,
  missing: Set<string>,
): readonly ArgumentVariant[] {
  const given = table[`${parent.name}.${field.name}`];
  if (given) return given;
  if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) {
    missing.add(`${parent.name}.${field.name}`);
    return [];
  }
  return [
    {
      text:
        isConnectionField(field) && field.args.some((arg) => arg.name === 'first') ? `(first: ${SCAN_PAGE_SIZE})` : '',
    },
  ];
}

/**
 * Every path from a root field of Query to a sensitive field, of at most MAX_HOPS fields, through no object type twice
 * (a cycle leads back to data a shorter path reaches). `missing` collects the fields the table gives no required
 * arguments for: they are not scanned, and the test fails naming them.
 */
export function scanPaths(schema: GraphQLSchema, table: ArgumentTable): { paths: ScanPath[]; missing: string[] } {
  const sensitive = new Map(
    sensitiveFields(schema).map(({ type, field }) => [`${type.name}.${field.name}`, readersOf(type, field) ?? []]),
  );
  const paths: ScanPath[] = [];
  const missing = new Set<string>();
  const walk = (parent: GraphQLObjectType, hops: Hop[], visited: Set<string>) => {
    for (const field of Object.values(parent.getFields())) {
      for (const variant of argumentVariants(parent, field, table, missing)) {
        const hop = { parent, field, args: variant.text, connection: isConnectionField(field) };
        const key = `${parent.name}.${field.name}`;
        const readers = sensitive.get(key);
        if (readers) paths.push({ hops: [...hops, { ...hop, through: null }], leaf: key, readers });
        if (hops.length + 1 >= MAX_HOPS) continue;
        for (const next of objectTypesAfter(schema, field, variant)) {
          if (!visited.has(next.name))
            walk(next, [...hops, { ...hop, through: next }], new Set([...visited, next.name]));
        }
      }
    }
  };
  walk(schema.getQueryType()!, [], new Set());
  return { paths, missing: [...missing].sort() };
}

// ---------------------------------------------------------------- documents

/**
 * One field of a document: a step of one or more paths, asked once however many paths go through it (as the end
 * of some and on to the next type for others). Aliases are unique in the document, so that errors name their step.
 */
interface Step {
  alias: string;
  field: GraphQLField<unknown, unknown>;
  args: string;
  connection: boolean;
  /** The steps after this one, by the object type they go on through (several for an interface or union). */
  next: Map<string, Map<string, Step>>;
}

/** A path as asked in a document: each step, with the type the path goes on through (null at its end). */
export type Route = { step: Step; through: string | null }[];

export interface ScanDocument {
  text: string;
  routes: Map<ScanPath, Route>;
}

/** The fields read beside every object: which type it is, and what the read rules' conditions turn on. */
function markers(type: GraphQLObjectType): string {
  const fields = type.getFields();
  return ['__typename', ...['id', 'published'].filter((name) => name in fields)].join(' ');
}

function render(schema: GraphQLSchema, step: Step): string {
  const head = `${step.alias}: ${step.field.name}${step.args}`;
  const type = targetType(schema, step.field);
  if (isLeafType(type)) return head;
  const objectTypes = isObjectType(type) ? [type] : schema.getPossibleTypes(type as never);
  const selections = objectTypes
    .filter((object) => isObjectType(type) || step.next.has(object.name))
    .map((object) => {
      const inner = `${markers(object)} ${[...(step.next.get(object.name)?.values() ?? [])].map((child) => render(schema, child)).join(' ')}`;
      return isObjectType(type) ? inner : `... on ${object.name} { ${inner} }`;
    });
  const object = `__typename ${selections.join(' ')}`;
  return `${head} { ${step.connection ? `edges { node { ${object} } }` : object} }`;
}

/** One query holding `paths`; the steps they share are asked once. */
export function scanDocument(schema: GraphQLSchema, paths: readonly ScanPath[]): ScanDocument {
  const root = new Map<string, Step>();
  const routes = new Map<ScanPath, Route>();
  let aliases = 0;
  for (const path of paths) {
    let level = root;
    const route: Route = [];
    for (const hop of path.hops) {
      const key = `${hop.field.name}${hop.args}`;
      let step = level.get(key);
      if (!step) {
        aliases += 1;
        step = { alias: `s${aliases}`, field: hop.field, args: hop.args, connection: hop.connection, next: new Map() };
        level.set(key, step);
      }
      route.push({ step, through: hop.through?.name ?? null });
      if (!hop.through) break;
      if (!step.next.has(hop.through.name)) step.next.set(hop.through.name, new Map());
      level = step.next.get(hop.through.name)!;
    }
    routes.set(path, route);
  }
  return { text: `{ ${[...root.values()].map((step) => render(schema, step)).join(' ')} }`, routes };
}

// ---------------------------------------------------------------- answers

/** A value a path ends at, with what the read rules' conditions turn on: the nearest report's `published`, the nearest user. */
export interface ReachedValue {
  value: unknown;
  published: boolean | null;
  userId: string | null;
}

interface Condition {
  published: boolean | null;
  userId: string | null;
}

function conditionOf(object: Record<string, unknown>, outer: Condition): Condition {
  return {
    published: typeof object.published === 'boolean' ? object.published : outer.published,
    userId: object.__typename === 'User' && typeof object.id === 'string' ? object.id : outer.userId,
  };
}

/** The objects or values a step's answer holds: a connection's nodes, a list's items, or the value itself. */
function itemsOf(raw: unknown, step: Step): unknown[] {
  if (raw === null || raw === undefined) return [];
  if (step.connection) return ((raw as { edges: { node: unknown }[] | null }).edges ?? []).map((edge) => edge?.node);
  return Array.isArray(raw) ? raw : [raw];
}

/**
 * Whether a value at the end of a path shows anything. An object a read rule refuses comes (in the copy with every
 * field nullable) as its __typename with every field null: it shows nothing, as the null it is in the real schema.
 */
function shown(item: unknown): boolean {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return true;
  const fields = Object.entries(item).filter(([name]) => name !== '__typename');
  return fields.length === 0 || fields.some(([, value]) => value !== null);
}

/** The values the answer `data` shows at the end of `route`. */
export function valuesAt(data: Record<string, unknown> | null | undefined, route: Route): ReachedValue[] {
  const values: ReachedValue[] = [];
  const visit = (object: Record<string, unknown>, depth: number, condition: Condition) => {
    const { step, through } = route[depth]!;
    for (const item of itemsOf(object[step.alias], step)) {
      if (item === null || item === undefined) continue;
      const isObject = typeof item === 'object' && !Array.isArray(item);
      const inner = isObject ? conditionOf(item as Record<string, unknown>, condition) : condition;
      if (depth === route.length - 1) {
        if (shown(item)) values.push({ value: item, ...inner });
      }
      // An abstract field answers every possible type; the path goes on through one.
      else if (isObject && (item as { __typename?: string }).__typename === through)
        visit(item as Record<string, unknown>, depth + 1, inner);
    }
  };
  if (data) visit(data, 0, { published: null, userId: null });
  return values;
}

/**
 * A copy of `schema` (the same resolvers, read rules and extensions) in which every field is nullable. An error nulls the nearest nullable field above it, so in one
 * document of many paths a refusal on one path would blank out the others that share its parents, and hide what they
 * show when asked alone. With every field nullable an error nulls only its own field: each path's answer is the one it
 * gets alone, from the same resolvers and rules, in one execution instead of thousands.
 */
export function withEveryFieldNullable(schema: GraphQLSchema): GraphQLSchema {
  // lexicographicSortSchema builds new types from each type's config: a copy whose fields can be changed.
  const copy = lexicographicSortSchema(schema);
  const nullable = (type: GraphQLOutputType): GraphQLOutputType => {
    const inner = isNonNullType(type) ? type.ofType : type;
    return isListType(inner) ? new GraphQLList(nullable(inner.ofType)) : inner;
  };
  for (const type of Object.values(copy.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const field of Object.values(type.getFields()))
      (field as { type: GraphQLOutputType }).type = nullable(field.type);
  }
  return copy;
}
