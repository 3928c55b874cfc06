import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as database from '@plenary/db';
import { ARREARS_AGES, OBSERVER_DECISIONS, PAYMENT_STANDINGS, TREATY_ACTIONS } from '@plenary/domain';
import * as domainEnums from '@plenary/domain/enums';
import { API_KEY_SCOPES } from '@plenary/domain/inputs/access-input';
import { GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';

// One vocabulary from the database to the schema: an enumeration is a list in the domain, and the Prisma enum and the
// GraphQL enum that carry it hold the same values. No database is read.

const PRISMA_SCHEMA = path.resolve(import.meta.dirname, '../../../packages/db/prisma/schema.prisma');

interface Enumeration {
  /** The domain's list of values, the one definition. */
  domain: readonly string[];
  /** The Prisma enum that stores it, if it is stored. */
  prisma?: string;
  /** The GraphQL enum that carries it, if the API shows it. */
  graphql?: string;
  /** Values the database does not hold, and why. */
  notStored?: { values: readonly string[]; why: string };
}

const ENUMERATIONS: Record<string, Enumeration> = {
  TREATY_STATUSES: { domain: domainEnums.TREATY_STATUSES, graphql: 'TreatyStatus' },
  INSTRUMENT_KINDS: { domain: domainEnums.INSTRUMENT_KINDS, prisma: 'InstrumentKind', graphql: 'InstrumentKind' },
  UN_STATUSES: { domain: domainEnums.UN_STATUSES, prisma: 'UnStatus', graphql: 'UnStatus' },
  REGIONAL_GROUPS: { domain: domainEnums.REGIONAL_GROUPS, prisma: 'RegionalGroup', graphql: 'RegionalGroup' },
  FRENCH_ARTICLES: { domain: domainEnums.FRENCH_ARTICLES, prisma: 'FrenchArticle' },
  UN_LANGUAGES: { domain: domainEnums.UN_LANGUAGES, prisma: 'Language', graphql: 'Language' },
  USER_ROLES: { domain: domainEnums.USER_ROLES, prisma: 'UserRole', graphql: 'UserRole' },
  MEETING_KINDS: { domain: domainEnums.MEETING_KINDS, prisma: 'MeetingKind', graphql: 'MeetingKind' },
  MEETING_STATUSES: { domain: domainEnums.MEETING_STATUSES, prisma: 'MeetingStatus', graphql: 'MeetingStatus' },
  INVITATION_CAPACITIES: {
    domain: domainEnums.INVITATION_CAPACITIES,
    prisma: 'InvitationCapacity',
    graphql: 'InvitationCapacity',
  },
  INVITATION_STATUSES: {
    domain: domainEnums.INVITATION_STATUSES,
    prisma: 'InvitationStatus',
    graphql: 'InvitationStatus',
  },
  ORGANISATION_KINDS: {
    domain: domainEnums.ORGANISATION_KINDS,
    prisma: 'OrganisationKind',
    graphql: 'OrganisationKind',
  },
  DELEGATE_ROLES: {
    domain: domainEnums.DELEGATE_ROLES,
    prisma: 'DelegateRole',
    graphql: 'DelegateRole',
    notStored: { values: ['HEAD'], why: 'the head of delegation is Delegation.headMemberId, so there is exactly one' },
  },
  DELEGATION_TIMELINESS: { domain: domainEnums.DELEGATION_TIMELINESS, graphql: 'DelegationTimeliness' },
  CREDENTIAL_ISSUING_AUTHORITIES: {
    domain: domainEnums.CREDENTIAL_ISSUING_AUTHORITIES,
    prisma: 'CredentialIssuingAuthority',
    graphql: 'CredentialIssuingAuthority',
  },
  CREDENTIAL_AUTHORISING_OFFICES: {
    domain: domainEnums.CREDENTIAL_AUTHORISING_OFFICES,
    graphql: 'CredentialAuthorisingOffice',
  },
  CREDENTIAL_DOCUMENT_KINDS: {
    domain: domainEnums.CREDENTIAL_DOCUMENT_KINDS,
    prisma: 'CredentialDocumentKind',
    graphql: 'CredentialDocumentKind',
  },
  CREDENTIAL_STATUSES: {
    domain: domainEnums.CREDENTIAL_STATUSES,
    prisma: 'CredentialStatus',
    graphql: 'CredentialStatus',
  },
  REPORT_KINDS: { domain: domainEnums.REPORT_KINDS, prisma: 'ReportKind', graphql: 'ReportKind' },
  FORM_LETTERS: { domain: domainEnums.FORM_LETTERS, prisma: 'FormLetter', graphql: 'FormLetter' },
  FORM_STATUSES: { domain: domainEnums.FORM_STATUSES, prisma: 'FormStatus', graphql: 'FormStatus' },
  REPORT_CHANNELS: { domain: domainEnums.REPORT_CHANNELS, prisma: 'ReportChannel', graphql: 'ReportChannel' },
  COMPLIANCE_STATUSES: { domain: domainEnums.COMPLIANCE_STATUSES, graphql: 'ComplianceStatus' },
  COST_PAYER_RULES: { domain: domainEnums.COST_PAYER_RULES, prisma: 'PayerRule', graphql: 'PayerRule' },
  FIRST_ANNUAL_REPORT_BASES: { domain: domainEnums.FIRST_ANNUAL_REPORT_BASES, prisma: 'FirstAnnualReportRule' },
  WEEKDAYS: { domain: domainEnums.WEEKDAYS, prisma: 'Weekday', graphql: 'Weekday' },
  TITLE_LANGUAGES: { domain: domainEnums.TITLE_LANGUAGES, prisma: 'DocumentLanguage' },
  COST_ESTIMATE_KINDS: {
    domain: domainEnums.COST_ESTIMATE_KINDS,
    prisma: 'CostEstimateKind',
    graphql: 'CostEstimateKind',
  },
  DOCUMENT_KINDS: { domain: domainEnums.DOCUMENT_KINDS, prisma: 'DocumentKind', graphql: 'DocumentKind' },
  DOCUMENT_STATUSES: { domain: domainEnums.DOCUMENT_STATUSES, prisma: 'DocumentStatus', graphql: 'DocumentStatus' },
  API_KEY_SCOPES: { domain: API_KEY_SCOPES, prisma: 'ApiKeyScope', graphql: 'ApiKeyScope' },
  ARREARS_AGES: { domain: ARREARS_AGES, graphql: 'ArrearsAge' },
  PAYMENT_STANDINGS: { domain: PAYMENT_STANDINGS, graphql: 'PaymentStanding' },
  OBSERVER_DECISIONS: { domain: OBSERVER_DECISIONS, graphql: 'ObserverDecision' },
  TREATY_ACTIONS: { domain: TREATY_ACTIONS, graphql: 'TreatyAction' },
};

// Lists of the domain's own that neither the database nor the API carries as an enum.
const DOMAIN_ONLY: Record<string, string> = {
  OBSERVER_APPLICATION_STATUSES: 'the rule 1.3 part of INVITATION_STATUSES',
  UNRATED_PAYER_HANDLINGS: 'an option of apportionCosts, not stored or shown',
  DOCUMENT_SERIES: 'parts of a document symbol, parsed from its text',
  DOCUMENT_SUFFIX_KINDS: 'parts of a document symbol, parsed from its text',
};

// GraphQL enums of the API's own, which no domain list or database column holds.
const API_ONLY: Record<string, string> = {
  ErrorCode: 'errors/error-codes.ts, checked by error-codes.test.ts',
  WorkflowStatus:
    'MEETING_STATUSES and OBSERVER_APPLICATION_STATUSES together, as an InvalidTransitionError names them',
  ApiKeyStatus: "worked out from a key's revokedAt and expiresAt",
  LetterFormat: 'a rendering format of the documents',
  ListOfParticipantsFormat: 'a rendering format of the documents',
  ListOfParticipantsVariant: "the domain's ListOfParticipantsVariant type, which TypeScript holds its values to",
  OrderDirection: 'how a list is sorted (schema/list-order.ts)',
  StateOrderField: 'the columns Query.states may be sorted by (schema/list-order.ts)',
  MeetingOrderField: 'the columns Query.meetings may be sorted by (schema/list-order.ts)',
  TransparencyReportOrderField: 'the columns Query.transparencyReports may be sorted by (schema/list-order.ts)',
  OrganisationOrderField: 'the columns Query.organisations may be sorted by (schema/list-order.ts)',
  AuditEventOrderField: 'the order Query.auditEvents may be read in (schema/list-order.ts)',
  InvitationOrderField: 'the columns Meeting.invitations may be sorted by (schema/list-order.ts)',
};

async function prismaEnums(): Promise<Map<string, string[]>> {
  const text = await readFile(PRISMA_SCHEMA, 'utf8');
  const enums = new Map<string, string[]>();
  for (const [, name, body] of text.matchAll(/^enum (\w+) \{([^}]*)\}/gm)) {
    const values = body!
      .split('\n')
      .map((line) => line.replace(/\/\/.*/, '').trim())
      .filter((line) => line !== '' && !line.startsWith('@@'))
      .map((line) => line.split(/\s+/)[0]!);
    enums.set(name!, values);
  }
  return enums;
}

function graphqlEnums(): Map<string, GraphQLEnumType> {
  const enums = Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLEnumType => type instanceof GraphQLEnumType && !type.name.startsWith('__'),
  );
  return new Map(enums.map((type) => [type.name, type]));
}

const sorted = (values: readonly string[]) => [...values].sort();

describe('one vocabulary from the database to the schema', () => {
  it('pairs every Prisma enum with a list in the domain', async () => {
    const paired = Object.values(ENUMERATIONS).flatMap((enumeration) =>
      enumeration.prisma ? [enumeration.prisma] : [],
    );
    expect(sorted([...(await prismaEnums()).keys()])).toEqual(sorted(paired));
  });

  it('pairs every GraphQL enum with a list in the domain, or names it as the API’s own', () => {
    const paired = Object.values(ENUMERATIONS).flatMap((enumeration) =>
      enumeration.graphql ? [enumeration.graphql] : [],
    );
    expect(sorted([...graphqlEnums().keys()])).toEqual(sorted([...paired, ...Object.keys(API_ONLY)]));
  });

  it('knows every list of @plenary/domain/enums', () => {
    const lists = Object.entries(domainEnums)
      .filter(([, value]) => Array.isArray(value))
      .map(([name]) => name);
    const known = [...Object.keys(ENUMERATIONS), ...Object.keys(DOMAIN_ONLY)].filter((name) => name in domainEnums);
    expect(sorted(lists)).toEqual(sorted(known));
  });

  const enumerations = Object.entries(ENUMERATIONS).map(([list, enumeration]) => ({ list, ...enumeration }));

  it.each(enumerations.filter((enumeration) => enumeration.prisma))(
    '$list is the Prisma enum $prisma',
    async ({ domain, prisma, notStored }) => {
      const stored = domain.filter((value) => !notStored?.values.includes(value));
      expect(sorted((await prismaEnums()).get(prisma!) ?? [])).toEqual(sorted(stored));
      // The generated client holds what the schema file says (one object per enum, each value its own name).
      const generated = (database as unknown as Record<string, Record<string, string> | undefined>)[prisma!];
      expect(sorted(Object.values(generated ?? {}))).toEqual(sorted(stored));
    },
  );

  it.each(enumerations.filter((enumeration) => enumeration.graphql))(
    '$list is the GraphQL enum $graphql',
    ({ domain, graphql }) => {
      const values = graphqlEnums().get(graphql!)?.getValues() ?? [];
      // Both what clients send (the name) and what resolvers are given (the value) are the domain's.
      expect(sorted(values.map((value) => value.name))).toEqual(sorted(domain));
      expect(sorted(values.map((value) => String(value.value)))).toEqual(sorted(domain));
    },
  );
});
