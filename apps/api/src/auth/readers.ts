import {
  getNamedType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { isConnectionType, isEdgeType } from '../connections/connection-shape.ts';

// Who may read each field that holds sensitive data, declared beside the field (or its type) with `readableBy`, and
// what "sensitive" means, in one place. The authorisation itself is done by the field's `authScopes`, its type's
// read rule or its resolver; the reader set is what that code must amount to, and the leak scan
// (test/reliability/leak-scan.test.ts) asks every path to every such field as every kind of caller to prove it.

/** The kinds of caller the API tells apart (context.ts's Viewer), a STATE focal point judged against the record's State. */
export const CALLER_KINDS = ['ANONYMOUS', 'PARTNER', 'OWN_STATE', 'OTHER_STATE', 'SECRETARIAT', 'ADMIN'] as const;
export type CallerKind = (typeof CALLER_KINDS)[number];

/**
 * A reader: a kind of caller, or a condition on the record:
 * - SELF: the signed-in user the record is (a user reads their own record);
 * - EVERYONE_ONCE_PUBLISHED: every caller, once the record's `published` field is true (an Article 7 report).
 */
export type Reader = CallerKind | 'SELF' | 'EVERYONE_ONCE_PUBLISHED';

export const EVERYONE: readonly Reader[] = CALLER_KINDS;
/** The secretariat's staff: SECRETARIAT and ADMIN users (context.ts's isSecretariat). */
export const SECRETARIAT: readonly Reader[] = ['SECRETARIAT', 'ADMIN'];
/** Personal data of a State's people: the secretariat and that State's focal points (policies.ts's isSecretariatOrFocalPointOf). */
export const SECRETARIAT_AND_OWN_STATE: readonly Reader[] = [...SECRETARIAT, 'OWN_STATE'];

export const READERS_EXTENSION = 'readableBy';

/** The `extensions` of a field or type whose values only `readers` may see. */
export function readableBy(...readers: (Reader | readonly Reader[])[]): { [READERS_EXTENSION]: readonly Reader[] } {
  return { [READERS_EXTENSION]: [...new Set(readers.flat())] };
}

/** The readers declared on the field, or else on its type (for a type whose fields all share them); null when none. */
export function readersOf(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): readonly Reader[] | null {
  const declared = (field.extensions[READERS_EXTENSION] ?? type.extensions[READERS_EXTENSION]) as
    readonly Reader[] | undefined;
  return declared ?? null;
}

// ---------------------------------------------------------------- what is sensitive

/** Types every field of which is personal data, a draft report, credentials or a payment, or shows who may sign in. */
export const SENSITIVE_TYPES: Record<string, string> = {
  DelegationMember: 'personal data of a delegate',
  DelegationChange: 'personal data: every version of a delegation’s list',
  Credentials: 'delegation credentials',
  Payment: 'a payment and its bank reference',
  TransparencyReport: 'a draft (unpublished) Article 7 report',
  ReportForm: 'a form of a draft Article 7 report',
  User: 'personal data of a user: name and e-mail address',
  ApiKey: 'credentials: who may call the API, and with which key',
  AuditEvent: 'personal data: records before and after each change',
  SignInPayload: 'credentials: a session token',
};

/** Field names that hold personal data, credentials or payments on any type. */
const SENSITIVE_FIELD_NAMES: [RegExp, string][] = [
  // Names of things (fileName, unShortName) are not people's.
  [/(?<!file|unShort)Name$|^salutation$/, 'a person’s name'],
  [/e-?mail/i, 'an e-mail address'],
  [/phone/i, 'a telephone number'],
  [/contact/i, 'contact details'],
  [/passport/i, 'a passport'],
  [/credential/i, 'delegation credentials'],
  [/^(key|token|password|secret)$|Token$|Password$|Secret$/, 'credentials'],
  [/payment|bank/i, 'a payment or bank reference'],
];

export interface SensitiveField {
  type: GraphQLObjectType;
  field: GraphQLField<unknown, unknown>;
  /** Why it is sensitive, in words for a failing test's message. */
  category: string;
}

/** The type a field leads to: its named type, or for a connection the type of its nodes. */
export function targetType(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>): GraphQLNamedType {
  const type = getNamedType(field.type);
  if (!isObjectType(type) || !isConnectionType(type)) return type;
  const edge = getNamedType(type.getFields().edges?.type);
  return isObjectType(edge) ? getNamedType(edge.getFields().node!.type) : type;
}

/**
 * Every field that holds sensitive data: each field of a sensitive type, each field whose name says it holds
 * such data, and each field that leads to a sensitive type (or to a connection of one). Root fields are ways in, not
 * holders: what they lead to is judged at the fields of the types they return.
 */
export function sensitiveFields(schema: GraphQLSchema): SensitiveField[] {
  const roots = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean),
  );
  const found: SensitiveField[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    // Connection and edge types carry no data of their own: their nodes' types do.
    if (
      !isObjectType(type) ||
      type.name.startsWith('__') ||
      roots.has(type) ||
      isConnectionType(type) ||
      isEdgeType(type)
    )
      continue;
    for (const field of Object.values(type.getFields())) {
      const byName = SENSITIVE_FIELD_NAMES.find(([pattern]) => pattern.test(field.name));
      const category = SENSITIVE_TYPES[type.name] ?? byName?.[1] ?? SENSITIVE_TYPES[targetType(schema, field).name];
      if (category) found.push({ type, field, category });
    }
  }
  return found;
}
