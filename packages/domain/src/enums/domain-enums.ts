/**
 * Enumerations shared by the domain, the database (Prisma enums) and the GraphQL schema.
 * Each is a constant array (for runtime checks and zod) and a union type of its values.
 * The values are UPPER_SNAKE and must stay identical to the Prisma schema's enum values and the GraphQL enums'
 * (apps/api/test/enum-agreement.test.ts fails when they do not).
 */

/** A State's standing under a convention on a given day (Art. 17, Art. 20). */
export const TREATY_STATUSES = ['STATE_PARTY', 'SIGNATORY', 'WITHDRAWN', 'NOT_PARTY'] as const;
export type TreatyStatus = (typeof TREATY_STATUSES)[number];

/** The instrument by which a State expresses its consent to be bound (CCM Art. 16). */
export const INSTRUMENT_KINDS = ['RATIFICATION', 'ACCEPTANCE', 'APPROVAL', 'ACCESSION', 'SUCCESSION'] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

export const UN_STATUSES = ['MEMBER', 'OBSERVER_STATE', 'NON_MEMBER'] as const;

export const REGIONAL_GROUPS = [
  'AFRICAN',
  'ASIA_PACIFIC',
  'EASTERN_EUROPEAN',
  'LATIN_AMERICAN_AND_CARIBBEAN',
  'WESTERN_EUROPEAN_AND_OTHERS',
] as const;

/**
 * The French definite article a State's name takes in running text: le, la, l’ (ELIDED: before a vowel or a mute
 * h) or les. A name that takes none ("Cuba", "Israël") has no article at all.
 */
export const FRENCH_ARTICLES = ['LE', 'LA', 'ELIDED', 'LES'] as const;
export type FrenchArticle = (typeof FRENCH_ARTICLES)[number];

/** The six official languages of the United Nations (ISO 639-1 codes, upper case). */
export const UN_LANGUAGES = ['AR', 'ZH', 'EN', 'FR', 'RU', 'ES'] as const;
export type UnLanguage = (typeof UN_LANGUAGES)[number];

export const USER_ROLES = ['ADMIN', 'SECRETARIAT', 'STATE'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const MEETING_KINDS = [
  'MEETING_OF_STATES_PARTIES',
  'REVIEW_CONFERENCE',
  'INTERSESSIONAL',
  'PREPARATORY',
  'AMENDMENT_CONFERENCE',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_STATUSES = ['DRAFT', 'CONVENED', 'IN_SESSION', 'CLOSED', 'CANCELLED'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** The capacity in which a participant is invited to a meeting (rules of procedure 1.1-1.3). */
export const INVITATION_CAPACITIES = [
  'STATE_PARTY',
  'SIGNATORY_OBSERVER',
  'NON_SIGNATORY_OBSERVER',
  'ORGANISATION_OF_RIGHT',
  'ORGANISATION_ON_REQUEST',
] as const;
export type InvitationCapacity = (typeof INVITATION_CAPACITIES)[number];

/** Rule 1.3: an organisation that asks to observe is provisionally invited, then approved or rejected. */
export const OBSERVER_APPLICATION_STATUSES = ['REQUESTED', 'PROVISIONALLY_INVITED', 'APPROVED', 'REJECTED'] as const;
export type ObserverApplicationStatus = (typeof OBSERVER_APPLICATION_STATUSES)[number];

/** ISSUED for invitations made at convening (rules 1.1 and 1.2); the rule 1.3 statuses for organisations on request. */
export const INVITATION_STATUSES = ['ISSUED', ...OBSERVER_APPLICATION_STATUSES] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const ORGANISATION_KINDS = [
  'UN_ENTITY',
  'INTERNATIONAL_ORGANISATION',
  'REGIONAL_ORGANISATION',
  'ICRC',
  'IFRC',
  'NGO',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const DELEGATE_ROLES = ['HEAD', 'DEPUTY_HEAD', 'REPRESENTATIVE', 'ALTERNATE', 'ADVISER'] as const;
export type DelegateRole = (typeof DELEGATE_ROLES)[number];

export const DELEGATION_TIMELINESS = ['ON_TIME', 'LATE'] as const;
export type DelegationTimeliness = (typeof DELEGATION_TIMELINESS)[number];

/** Who signs a delegation's credentials (rule of procedure on credentials). */
export const CREDENTIAL_ISSUING_AUTHORITIES = [
  'HEAD_OF_STATE',
  'HEAD_OF_GOVERNMENT',
  'MINISTER_FOR_FOREIGN_AFFAIRS',
  'AUTHORISED_PERSON',
] as const;
export type CredentialIssuingAuthority = (typeof CREDENTIAL_ISSUING_AUTHORITIES)[number];

/** The offices that may authorise another person to issue credentials. */
export const CREDENTIAL_AUTHORISING_OFFICES = [
  'HEAD_OF_STATE',
  'HEAD_OF_GOVERNMENT',
  'MINISTER_FOR_FOREIGN_AFFAIRS',
] as const;
export type CredentialAuthorisingOffice = (typeof CREDENTIAL_AUTHORISING_OFFICES)[number];

export const CREDENTIAL_DOCUMENT_KINDS = ['COPY', 'ORIGINAL'] as const;
export type CredentialDocumentKind = (typeof CREDENTIAL_DOCUMENT_KINDS)[number];

export const CREDENTIAL_STATUSES = ['RECEIVED', 'ACCEPTED', 'REJECTED'] as const;
export type CredentialStatus = (typeof CREDENTIAL_STATUSES)[number];

/** Art. 7(1) initial report and Art. 7(2) annual update. */
export const REPORT_KINDS = ['INITIAL', 'ANNUAL'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** The reporting forms A-J of the Article 7 reporting format. */
export const FORM_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'] as const;
export type FormLetter = (typeof FORM_LETTERS)[number];

export const FORM_STATUSES = ['CHANGED', 'UNCHANGED', 'NOT_APPLICABLE'] as const;
export type FormStatus = (typeof FORM_STATUSES)[number];

export const REPORT_CHANNELS = ['ONLINE_DATABASE', 'EMAIL', 'NOTE_VERBALE', 'POST'] as const;
export type ReportChannel = (typeof REPORT_CHANNELS)[number];

// NOT_RECORDED: due before the secretariat's records begin and no report recorded, so whether it came is unknown.
export const COMPLIANCE_STATUSES = ['ON_TIME', 'LATE', 'OVERDUE', 'NOT_YET_DUE', 'NOT_RECORDED'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

/**
 * Art. 14(1): who bears the costs of a meeting.
 * - STATES_PARTIES_AND_PARTICIPATING_NON_PARTIES: every State Party, and the States not party that participate;
 * - PARTICIPATING_STATES_ONLY: the participating States, parties or not;
 * - ALL_STATES_PARTIES: every State Party, and no State not party.
 */
export const COST_PAYER_RULES = [
  'STATES_PARTIES_AND_PARTICIPATING_NON_PARTIES',
  'PARTICIPATING_STATES_ONLY',
  'ALL_STATES_PARTIES',
] as const;
export type CostPayerRule = (typeof COST_PAYER_RULES)[number];

/** What to do with a payer that has neither a UN assessment rate nor an explicit rate. */
export const UNRATED_PAYER_HANDLINGS = ['LIST_AS_UNASSESSED', 'REJECT'] as const;
export type UnratedPayerHandling = (typeof UNRATED_PAYER_HANDLINGS)[number];

/** Which date the first annual report (Art. 7(2)) is counted from; see ConventionRules. */
export const FIRST_ANNUAL_REPORT_BASES = [
  'YEAR_AFTER_INITIAL_REPORT_DUE',
  'FIRST_DUE_DATE_AFTER_ENTRY_INTO_FORCE',
] as const;
export type FirstAnnualReportBasis = (typeof FIRST_ANNUAL_REPORT_BASES)[number];

/** Series of a document symbol: the general series has no series marker. */
export const DOCUMENT_SERIES = ['GENERAL', 'WP', 'INF', 'CRP', 'L', 'MISC'] as const;
export type DocumentSeries = (typeof DOCUMENT_SERIES)[number];

/** Symbol suffixes, in the order they may appear (…/Rev.1/Add.1/Corr.1/Amend.1). */
export const DOCUMENT_SUFFIX_KINDS = ['REV', 'ADD', 'CORR', 'AMEND'] as const;
export type DocumentSuffixKind = (typeof DOCUMENT_SUFFIX_KINDS)[number];

/** The days of the week, Monday first (ISO 8601): what a document printed beside a date, as issued. */
export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const TITLE_LANGUAGES = ['EN', 'FR'] as const;
export type TitleLanguage = (typeof TITLE_LANGUAGES)[number];

export const COST_ESTIMATE_KINDS = ['ESTIMATE', 'ACTUAL'] as const;
export type CostEstimateKind = (typeof COST_ESTIMATE_KINDS)[number];

export const DOCUMENT_KINDS = [
  'OFFICIAL',
  'WORKING_PAPER',
  'INFORMATION',
  'CONFERENCE_ROOM_PAPER',
  'NOTE_VERBALE',
  'LIST_OF_PARTICIPANTS',
] as const;

/** Advance (unedited) or final version of a document. */
export const DOCUMENT_STATUSES = ['ADVANCE', 'FINAL'] as const;
