/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** READ_PUBLIC: the public data anyone may read (treaty status, meetings, invitations, published reports, compliance, cost shares), at the rate limit of a key. */
export type ApiKeyScope =
  /** Read the public data anyone may read, at the rate limit of a key. */
  | 'READ_PUBLIC';

/** Whether an API key works now. */
export type ApiKeyStatus =
  /** The key works. */
  | 'ACTIVE'
  /** The key passed its `expiresAt` and no longer works. */
  | 'EXPIRED'
  /** An ADMIN revoked the key; it no longer works. */
  | 'REVOKED';

/** How long an amount has been outstanding past its due date (30 days after the shares were issued): not yet due, under one year, one to two years, over two years. */
export type ArrearsAge =
  /** Outstanding but not yet due. */
  | 'NOT_YET_DUE'
  /** Due for one year or more, but less than two. */
  | 'ONE_TO_TWO_YEARS'
  /** Due for two years or more. */
  | 'OVER_TWO_YEARS'
  /** Due for less than one year. */
  | 'UNDER_ONE_YEAR';

/** One State's rate on the scale. */
export type AssessmentRateRowInput = {
  /** ISO 3166-1 alpha-3 code of the State, e.g. "CHE". */
  iso3: string;
  /** The rate in per cent with at most three decimals, e.g. "1.134". */
  ratePercent: string;
};

/** The rates of a scale, exactly one of: `rows`, or `csv` text (`@oneOf`; both or neither is refused with BAD_USER_INPUT). */
export type AssessmentRatesInput =
  {   /** CSV text with a header row naming an `iso3` column and a `rate_percent` (or `ratePercent`) column; other columns are ignored, lines starting with # are comments. At most 2000 rows in one import; more is a ValidationError on this field: split the text. */
  csv: string; rows?: never; }
  |  { csv?: never;   /** The rates as structured rows (instead of `csv`). */
  rows: Array<AssessmentRateRowInput>; };

/** Which scale of assessment the shares are worked out on, exactly one of: `{ inForce: true }`, the scale whose period covers the year the meeting opens (Art. 14(1)); or `{ named: { scale: { name: "2022-2024" } } }`, a scale the secretariat names. Giving both or neither is refused with BAD_USER_INPUT. */
export type AssessmentScaleChoiceInput =
  {   /** Only `true`: the scale whose period covers the year the meeting opens. */
  inForce: boolean; named?: never; }
  |  { inForce?: never;   /** A scale named by the secretariat, with the reason for applying it outside its period. */
  named: NamedAssessmentScaleInput; };

/** A scale of assessment, named by exactly one of its name (`{ name: "2022-2024" }`) or its global ID (`{ id: "..." }`). Giving both or neither is refused with BAD_USER_INPUT. */
export type AssessmentScaleRefInput =
  {   /** The global ID of the AssessmentScale, as its `id` field gave it. */
  id: string | number; name?: never; }
  |  { id?: never;   /** The name of the scale, e.g. "2022-2024". */
  name: string; };

/** Which events to list; conditions combine with AND. Omit a field to not filter by it. */
export type AuditEventFilter = {
  /** e.g. meeting.convene. */
  action?: string | null | undefined;
  /** The global ID of the User or ApiKey that acted. */
  actor?: string | number | null | undefined;
  /** The global ID of the entity. */
  entityId?: string | number | null | undefined;
  /** e.g. Meeting, Delegation, User. */
  entityType?: string | null | undefined;
  /** The global ID of a meeting: events about it, its invitations, delegations, credentials and costs. */
  meeting?: string | number | null | undefined;
};

/** How a State stands against one Art. 7 transparency report obligation, as of the day asked about. */
export type ComplianceStatus =
  /** The report was received, after its due date. */
  | 'LATE'
  /** The report fell due before the secretariat's records begin and none is recorded, so whether it came is unknown. */
  | 'NOT_RECORDED'
  /** The due date has not yet come. */
  | 'NOT_YET_DUE'
  /** The report was received on or before its due date. */
  | 'ON_TIME'
  /** The due date has passed and no report has been received. */
  | 'OVERDUE';

/** The note verbale that convenes the meeting, with what it prints beside the meeting’s own data. */
export type ConveningNoteInput = {
  /** To whom the note is addressed, in English: "Permanent Representatives of Member and Observer States to the United Nations". */
  addressees?: string | null | undefined;
  /** The addressees in French, with their article: "les Représentants permanents …". */
  addresseesFr?: string | null | undefined;
  /** The note's date, as `YYYY-MM-DD`; the convening date unless `conveneMeeting` is given another. */
  date: string;
  /** Code of the issuing office, e.g. "ODA". */
  issuingOffice: string;
  /** The number of the General Assembly resolution under which the meeting is convened, e.g. "77/79". */
  mandateResolution?: string | null | undefined;
  /** E.g. "ODA/2023-00050". */
  reference: string;
};

/** Whether a cost estimate is a forecast or the actual cost after the meeting. */
export type CostEstimateKind =
  /** The actual cost, known after the meeting. */
  | 'ACTUAL'
  /** The estimated cost, set before the meeting. */
  | 'ESTIMATE';

/** One line of a cost estimate. */
export type CostEstimateLineInput = {
  /** To the cent, e.g. "12345.60". */
  amount: string;
  /** E.g. "Conference services: interpretation in six languages". */
  description: string;
};

/** A new API key for a partner. */
export type CreateApiKeyInput = {
  /** Left out: the key stays valid until revoked. */
  expiresAt?: string | null | undefined;
  /** Whom the key is for and why, e.g. "ICBL-CMC monitor". */
  name: string;
  /** The partner organisation the key is issued to. */
  organisationId?: string | number | null | undefined;
  /** What the key may read; at least one scope. */
  scopes: Array<ApiKeyScope>;
};

/** A new meeting, recorded as a draft. Code and title are computed when left out. */
export type CreateMeetingInput = {
  /** The city in English, e.g. "Geneva". */
  city: string;
  /** The city in French: "Genève". */
  cityFr?: string | null | undefined;
  /** The last day of the meeting, as `YYYY-MM-DD`: on or after `opensOn`. */
  closesOn: string;
  /** Short code; computed from kind, number and part when left out (11MSP, 2RC-1). */
  code?: string | null | undefined;
  /** The note’s details as a whole: given, they replace the stored ones; null removes the note. */
  conveningNote?: ConveningNoteInput | null | undefined;
  /** E.g. "CCM". */
  conventionCode: string;
  /** The host country in English, e.g. "Switzerland". */
  country?: string | null | undefined;
  /** The country in French: "Suisse". */
  countryFr?: string | null | undefined;
  /** The last day delegations may send their details, as `YYYY-MM-DD` (whole day, meeting time zone); a later registration is marked LATE. */
  delegationDeadline?: string | null | undefined;
  /** Only to reproduce a note as issued: the weekday it printed beside the deadline, even where the calendar disagrees. Dropped when the deadline changes without it. */
  delegationDeadlineWeekdayAsIssued?: Weekday | null | undefined;
  /** The kind of meeting; with `number` it gives the default code and title. */
  kind: MeetingKind;
  /** Its number in its series, 1-40. */
  number: number;
  /** The first day of the meeting, as `YYYY-MM-DD`. */
  opensOn: string;
  /** For a meeting held in parts: which part. */
  part?: number | null | undefined;
  /** ISO 3166 alpha-3 code of the State holding the presidency. */
  presidencyStateCode?: string | null | undefined;
  /** The name of the president of the meeting, as it should be published. */
  presidentName?: string | null | undefined;
  /** The Article 7 reporting deadline the convening note reminds States of, as `YYYY-MM-DD`. */
  reportingDeadline?: string | null | undefined;
  /** Code of the office serving as secretariat, e.g. "ODA-GENEVA". */
  secretariatOfficeCode?: string | null | undefined;
  /** E.g. "CCM/MSP/2023". */
  symbolPrefix: string;
  /** IANA time zone, e.g. "Europe/Zurich". */
  timeZone: string;
  /** Computed from kind and number when left out ("Eleventh Meeting of States Parties"). */
  title?: string | null | undefined;
  /** The building, e.g. "Palais des Nations". */
  venue: string;
  /** The venue in French, with its article: "le Palais des Nations". */
  venueFr?: string | null | undefined;
  /** The meeting's public web page, an absolute http(s) URL. */
  webPage?: string | null | undefined;
};

/** A new admin-app user. */
export type CreateUserInput = {
  /** The e-mail address they sign in with; unique. */
  email: string;
  /** Their name, as shown in the audit log. */
  name: string;
  /** At least 12 characters; stored only as an argon2 hash. */
  password: string;
  /** What they may do. */
  role: UserRole;
  /** Required for STATE users (the State they act for), refused for other roles. */
  stateIso3?: string | null | undefined;
};

/** The office that authorised another person to sign credentials. */
export type CredentialAuthorisingOffice =
  /** The Head of Government. */
  | 'HEAD_OF_GOVERNMENT'
  /** The Head of State. */
  | 'HEAD_OF_STATE'
  /** The Minister for Foreign Affairs. */
  | 'MINISTER_FOR_FOREIGN_AFFAIRS';

/** Whether the secretariat received the signed credentials themselves or a copy. */
export type CredentialDocumentKind =
  /** A copy (scan or fax) of the signed credentials. */
  | 'COPY'
  /** The signed original. */
  | 'ORIGINAL';

/** Who signed a delegation's credentials (rules of procedure on credentials). */
export type CredentialIssuingAuthority =
  /** A person authorised by one of those three offices (say which in `authorisedBy`). */
  | 'AUTHORISED_PERSON'
  /** The Head of Government. */
  | 'HEAD_OF_GOVERNMENT'
  /** The Head of State. */
  | 'HEAD_OF_STATE'
  /** The Minister for Foreign Affairs. */
  | 'MINISTER_FOR_FOREIGN_AFFAIRS';

/** Where a delegation's credentials stand in the secretariat's examination. */
export type CredentialStatus =
  /** Examined and found in order. */
  | 'ACCEPTED'
  /** Received, not yet examined. */
  | 'RECEIVED'
  /** Examined and not found in order. */
  | 'REJECTED';

/** The credentials received for a State Party's delegation. */
export type CredentialsInput = {
  /** Required with AUTHORISED_PERSON, and only then. */
  authorisedBy?: CredentialAuthorisingOffice | null | undefined;
  /** Whether the secretariat received the signed original or a copy. */
  documentKind: CredentialDocumentKind;
  /** Who signed the credentials. */
  issuingAuthority: CredentialIssuingAuthority;
  /** The day the secretariat received them, as `YYYY-MM-DD`. */
  receivedDate: string;
  /** Whether they are received, accepted or rejected. */
  status: CredentialStatus;
};

/** The role of a member in a delegation, as the list of participants prints it. */
export type DelegateRole =
  /** Adviser. */
  | 'ADVISER'
  /** Alternate representative. */
  | 'ALTERNATE'
  /** Deputy head of delegation. */
  | 'DEPUTY_HEAD'
  /** Head of delegation; every delegation has exactly one. */
  | 'HEAD'
  /** Representative. */
  | 'REPRESENTATIVE';

/** Which delegations to list. Omit a field to not filter by it. */
export type DelegationFilter = {
  /** Only delegations submitted on time, or only late ones. */
  timeliness?: DelegationTimeliness | null | undefined;
};

/** A delegation's list of members and its consent to publication. */
export type DelegationInput = {
  /** Every member, exactly one with role HEAD. */
  members: Array<DelegationMemberInput>;
  /** Consent to the delegates’ names appearing on the public list of participants (default false). */
  publicListConsent?: boolean | null | undefined;
};

/** One member of a delegation. */
export type DelegationMemberInput = {
  /** E-mail address, for the secretariat's messages. */
  email?: string | null | undefined;
  /** Family name. */
  familyName: string;
  /** Given name. */
  givenName: string;
  /** Place in the list of participants, from 1; members without one follow in the order given. */
  order?: number | null | undefined;
  /** Telephone number, in international format. */
  phone?: string | null | undefined;
  /** HEAD for the head of delegation; exactly one member is HEAD. */
  role: DelegateRole;
  /** Form of address, e.g. "H.E. Mr.", "Ms.", "Dr.". */
  salutation?: string | null | undefined;
  /** Official title, e.g. "Ambassador, Permanent Representative". */
  title?: string | null | undefined;
};

/** Whether a delegation was submitted by the meeting's delegation deadline. */
export type DelegationTimeliness =
  /** Submitted after the deadline day in force. */
  | 'LATE'
  /** Submitted by the end of the deadline day in force, in the meeting's time zone (or the meeting has no deadline). */
  | 'ON_TIME';

/** The kind of a meeting document, which its UN symbol series shows. */
export type DocumentKind =
  /** A conference room paper (…/CRP.n). */
  | 'CONFERENCE_ROOM_PAPER'
  /** An information document (…/INF.n). */
  | 'INFORMATION'
  /** The list of participants of the meeting. */
  | 'LIST_OF_PARTICIPANTS'
  /** A note verbale from the secretariat, e.g. the convening note. */
  | 'NOTE_VERBALE'
  /** An official document of the meeting (general series, e.g. CCM/MSP/2023/1). */
  | 'OFFICIAL'
  /** A working paper submitted by a delegation (…/WP.n). */
  | 'WORKING_PAPER';

/** Advance (unedited) or final version. */
export type DocumentStatus =
  /** An advance, unedited version; a final version may follow and differ. */
  | 'ADVANCE'
  /** The final, edited version. */
  | 'FINAL';

/** Every code the API answers with: in `code` of a mutation result's error (VALIDATION_FAILED, NOT_FOUND, FORBIDDEN, CONFLICT, INVALID_TRANSITION) and in `extensions.code` of each entry of a response's `errors` (any of them). Switch on it rather than on messages. */
export type ErrorCode =
  /** The HTTP request is not one the API reads: a body that is not JSON, no query, or a GET or simple POST without the `apollo-require-preflight` header (HTTP 400). */
  | 'BAD_REQUEST'
  /** An argument or variable is refused: of the wrong type, an ID or cursor this API did not give out, a page size out of range, a NUL character, or an `@oneOf` input that does not give exactly one of its fields. */
  | 'BAD_USER_INPUT'
  /** The request clashes with the record as it is now (e.g. it was changed since you read its `version`, or it already exists). Read it again and decide; nothing was changed. */
  | 'CONFLICT'
  /** The database is out of reach for a moment (HTTP 503, `Retry-After`). Send the request again after that; a mutation cut off during its commit may have been saved, so read first or resend with the same idempotency key. */
  | 'DATABASE_UNAVAILABLE'
  /** The caller may not do this or read this. Sign in with a role that may (an API key reads only what is public); nothing was changed. */
  | 'FORBIDDEN'
  /** The query text is not valid GraphQL syntax (HTTP 400). The message gives the line and column. */
  | 'GRAPHQL_PARSE_FAILED'
  /** The query asks for a type, field or argument the schema does not have, or uses one wrongly (HTTP 400). Check it against `schema.graphql` shipped in @plenary/sdk. */
  | 'GRAPHQL_VALIDATION_FAILED'
  /** Something failed on the server: it has been logged, and the message says nothing more. Try again; report it if it persists. */
  | 'INTERNAL_SERVER_ERROR'
  /** A status change the workflow does not allow from the current status; `ConflictError.allowed` lists the statuses that are allowed. Nothing was changed. */
  | 'INVALID_TRANSITION'
  /** A record named by the input does not exist or is not visible to the caller (`NotFoundError.entity` and `key` say which). Nothing was changed. */
  | 'NOT_FOUND'
  /** The document holds several operations and `operationName` does not name one of them (or is missing). */
  | 'OPERATION_RESOLUTION_FAILURE'
  /** A connection was asked for more items than a page holds (HTTP 400): `extensions.field`, `argument` and `maxPageSize` say which and how many it holds. Nothing ran: ask for at most that many and page on with `after: pageInfo.endCursor`. */
  | 'PAGE_SIZE_TOO_LARGE'
  /** The request body is larger than the limit the message names (HTTP 413). Send less per request. */
  | 'PAYLOAD_TOO_LARGE'
  /** An automatic persisted query whose hash is not the SHA-256 of the query text sent (HTTP 400): send the hex SHA-256 of the exact text. */
  | 'PERSISTED_QUERY_HASH_MISMATCH'
  /** An automatic persisted query sent only its hash and the server does not know it yet: send the hash again with the query text. */
  | 'PERSISTED_QUERY_NOT_FOUND'
  /** The query is over the cost, depth, alias, directive or token limits (HTTP 400); `extensions.cost` and `maxCost` say by how much. Nothing ran: ask for fewer items or fields. */
  | 'QUERY_TOO_COSTLY'
  /** Too many requests from this key, user or address (HTTP 429). The operation did not run: send it again after `extensions.retryAfterSeconds` (also the `Retry-After` header). */
  | 'RATE_LIMITED'
  /** An API key or session token that is unknown, expired or revoked (HTTP 401). Sign in again or ask the secretariat for a key. */
  | 'UNAUTHENTICATED'
  /** A first-party client (the admin app) sent a document that is not one of the SDK's known operations. Partners are not held to this list. */
  | 'UNKNOWN_DOCUMENT'
  /** An input broke a rule: `ValidationError.issues` names each field and what was expected. Nothing was changed; correct the input and send it again. */
  | 'VALIDATION_FAILED';

/** A rate agreed for one State for this apportionment (Holy See, State of Palestine, ...). */
export type ExplicitRateInput = {
  /** The State's ISO 3166-1 alpha-3 code, e.g. "NGA" (case-insensitive). */
  iso3: string;
  /** In per cent, at most six decimals, e.g. "0.001". */
  ratePercent: string;
};

/** The forms A-J of the Article 7 reporting format. */
export type FormLetter =
  /** Form A: national implementation measures (Art. 7(1)(a), Art. 9); it applies to every State Party. */
  | 'A'
  /** Form B of the Article 7 reporting format. */
  | 'B'
  /** Form C of the Article 7 reporting format. */
  | 'C'
  /** Form D of the Article 7 reporting format. */
  | 'D'
  /** Form E of the Article 7 reporting format. */
  | 'E'
  /** Form F of the Article 7 reporting format. */
  | 'F'
  /** Form G of the Article 7 reporting format. */
  | 'G'
  /** Form H of the Article 7 reporting format. */
  | 'H'
  /** Form I of the Article 7 reporting format. */
  | 'I'
  /** Form J of the Article 7 reporting format. */
  | 'J';

/** What a report says on one form. */
export type FormStatus =
  /** The form gives new or changed information. */
  | 'CHANGED'
  /** The form does not apply to the State (never allowed for Form A). */
  | 'NOT_APPLICABLE'
  /** Nothing has changed since the report of `unchangedSinceYear`; not allowed in an initial report. */
  | 'UNCHANGED';

/** A whole scale: its period, where it comes from, and its rates (as rows or as CSV text). */
export type ImportAssessmentScaleInput = {
  /** True for the whole UN scale: it must then hold every UN Member State exactly once, with rates adding up to 100 per cent within the rounding of the printed rates (n × 0.0005 for n rates). */
  complete?: boolean | null | undefined;
  /** The first calendar year the scale applies to. */
  firstYear: number;
  /** The last calendar year the scale applies to; not before `firstYear`. */
  lastYear: number;
  /** E.g. "2022-2024"; unique. */
  name: string;
  /** The rates, as `{ rows: [...] }` or `{ csv: "..." }`. A problem with a rate is reported at `rates.rows.<index>.<field>` (counting from 0, also for CSV text), with the text itself at `rates.csv`. */
  rates: AssessmentRatesInput;
  /** E.g. "A/RES/76/238". */
  resolution: string;
  /** Where the rates come from: document, annex, file. */
  source: string;
};

/** The instrument by which a State expressed its consent to be bound, as named in the depositary notification (Art. 16). */
export type InstrumentKind =
  /** Acceptance by a signatory State, with the same effect as ratification (Art. 16(1)). */
  | 'ACCEPTANCE'
  /** Accession by a State that did not sign (Art. 16(2)). */
  | 'ACCESSION'
  /** Approval by a signatory State, with the same effect as ratification (Art. 16(1)). */
  | 'APPROVAL'
  /** Ratification by a signatory State (Art. 16(1)). */
  | 'RATIFICATION'
  /** Succession by a new State to a treaty its predecessor was bound by. */
  | 'SUCCESSION';

/** The capacity in which a participant is invited to a meeting (Rules of Procedure, rules 1.1-1.3). */
export type InvitationCapacity =
  /** A State neither party nor signatory, attending as an observer (rule 1.1). */
  | 'NON_SIGNATORY_OBSERVER'
  /** An organisation invited as an observer as of right, such as the UN or the ICRC (rule 1.2). */
  | 'ORGANISATION_OF_RIGHT'
  /** An organisation that asked to observe and was approved by the meeting (rule 1.3). */
  | 'ORGANISATION_ON_REQUEST'
  /** A signatory State not yet party, attending as an observer (rule 1.1). */
  | 'SIGNATORY_OBSERVER'
  /** A State Party, participating as such (rule 1.1). */
  | 'STATE_PARTY';

/** Which invitations to list; conditions combine with AND. Omit a field to not filter by it. */
export type InvitationFilter = {
  /** Only invitations in this capacity. */
  capacity?: InvitationCapacity | null | undefined;
  /** Only invitations in this status. */
  status?: InvitationStatus | null | undefined;
};

/** The order of a list of Invitation items: a field and a direction; items that tie are ordered by their ID. */
export type InvitationOrder = {
  /** Ascending or descending. */
  direction: OrderDirection;
  /** What to order by. */
  field: InvitationOrderField;
};

/** What a list of Invitation items can be ordered by. */
export type InvitationOrderField =
  /** The capacity (in the order of rules 1.1-1.3: States Parties first), then the participant's name. */
  | 'CAPACITY'
  /** The State's ISO 3166-1 alpha-3 code; organisations after the States ascending (before them descending), by acronym. */
  | 'ISO3'
  /** The State's English name; organisations, which have none, after the States ascending (before them descending), by acronym. */
  | 'NAME'
  /** When the invitation or its delegation last changed (`updatedAt`). */
  | 'UPDATED_AT';

/** Where an invitation stands: ISSUED at convening, or a step of an organisation's application to observe (rule 1.3). */
export type InvitationStatus =
  /** The meeting approved the organisation as an observer. */
  | 'APPROVED'
  /** Invited when the meeting was convened (rules 1.1 and 1.2). */
  | 'ISSUED'
  /** Invited provisionally by the President-designate until the meeting decides (rule 1.3). */
  | 'PROVISIONALLY_INVITED'
  /** The application was rejected; the organisation is not invited. */
  | 'REJECTED'
  /** An organisation asked to observe; not yet invited. */
  | 'REQUESTED';

/** How to share out the meeting’s current cost estimate: on which scale of assessment, among whom, with which agreed rates. */
export type IssueCostSharesInput = {
  /** Re-apply the 22 per cent ceiling and the 0.001 per cent floor among the payers. */
  ceilingAndFloor?: boolean | null | undefined;
  /** Agreed rates; they win over the scale. */
  explicitRates?: Array<ExplicitRateInput> | null | undefined;
  /** Who pays; by default the convention’s rule. */
  payerRule?: PayerRule | null | undefined;
  /** The version of the current issue you read (none for the first): if the shares were issued since, you get a ConflictError. */
  replacesVersion?: number | null | undefined;
  /** The scale of assessment: `{ inForce: true }` for the one whose period covers the year the meeting opens, or `named` with the reason for applying a scale outside its period. */
  scale: AssessmentScaleChoiceInput;
};

/** The six official languages of the United Nations, by ISO 639-1 code in upper case: the one language type of the API. Names are given in all six; documents are rendered in EN and FR only. */
export type Language =
  /** Arabic. */
  | 'AR'
  /** English. */
  | 'EN'
  /** Spanish. */
  | 'ES'
  /** French. */
  | 'FR'
  /** Russian. */
  | 'RU'
  /** Chinese. */
  | 'ZH';

/** Which meetings to list; conditions combine with AND. Omit a field to not filter by it. */
export type MeetingFilter = {
  /** Convention code, e.g. "CCM". */
  convention?: string | null | undefined;
  /** Only meetings of this kind. */
  kind?: MeetingKind | null | undefined;
  /** Only meetings in this status. */
  status?: MeetingStatus | null | undefined;
  /** Only records changed at or after this instant (`updatedAt >= updatedSince`), an RFC 3339 date-time such as "2026-12-05T02:00:00Z"; a malformed one is refused (BAD_USER_INPUT in a variable, GRAPHQL_VALIDATION_FAILED written in the query), and one in the future returns nothing yet. For a nightly sync, pass the newest `updatedAt` you read last time, a few minutes earlier: a write is stamped when it is made and listed once its transaction commits, so the margin catches one that committed just after you read. Records come again at the boundary; keep them by `id`. */
  updatedSince?: string | null | undefined;
  /** Meetings that open in this calendar year. */
  year?: number | null | undefined;
};

/** The kind of meeting under the convention, which decides its title, its symbol series and its rules. */
export type MeetingKind =
  /** An Amendment Conference convened to consider a proposed amendment (Art. 13). */
  | 'AMENDMENT_CONFERENCE'
  /** An intersessional meeting between Meetings of States Parties. */
  | 'INTERSESSIONAL'
  /** A Meeting of States Parties (Art. 11), held regularly to consider the application of the convention. */
  | 'MEETING_OF_STATES_PARTIES'
  /** A preparatory meeting for a Meeting of States Parties or a Review Conference. */
  | 'PREPARATORY'
  /** A Review Conference (Art. 12), held to review the operation and status of the convention. */
  | 'REVIEW_CONFERENCE';

/** The order of a list of Meeting items: a field and a direction; items that tie are ordered by their ID. */
export type MeetingOrder = {
  /** Ascending or descending. */
  direction: OrderDirection;
  /** What to order by. */
  field: MeetingOrderField;
};

/** What a list of Meeting items can be ordered by. */
export type MeetingOrderField =
  /** The short code, e.g. "11MSP". */
  | 'CODE'
  /** The opening day (`opensOn`). */
  | 'START_DATE'
  /** When the meeting, its invitations or delegations last changed (`updatedAt`). */
  | 'UPDATED_AT';

/** Where a meeting is in its life: DRAFT, then CONVENED, IN_SESSION and CLOSED; CANCELLED before it opens. CLOSED and CANCELLED are final. */
export type MeetingStatus =
  /** Called off before it opened. Final. */
  | 'CANCELLED'
  /** Has ended. Final. */
  | 'CLOSED'
  /** Convened: the note verbale has gone out and invitations exist; delegations may be registered. */
  | 'CONVENED'
  /** Being prepared by the secretariat; no invitations have gone out yet. */
  | 'DRAFT'
  /** Open and meeting; it can now only close. */
  | 'IN_SESSION';

/** A scale the secretariat names, and why it applies when its period does not cover the year the meeting opens. */
export type NamedAssessmentScaleInput = {
  /** Required when the scale’s period does not cover the year the meeting opens, and refused when it does: why it is applied all the same (e.g. a decision of the Meeting). Recorded in the audit trail, kept with the issue (`CostShareIssue.scaleOverrideReason`) and printed on the assessment notices. */
  overrideReason?: string | null | undefined;
  /** The scale to apply. */
  scale: AssessmentScaleRefInput;
};

/** A decision on an application to observe (rule 1.3). */
export type ObserverDecision =
  /** The meeting admits the organisation as an observer. */
  | 'APPROVE'
  /** The President-designate invites the organisation provisionally, until the meeting decides (rule 1.3). */
  | 'PROVISIONALLY_INVITE'
  /** The organisation is not admitted; its invitation, if provisional, ends. */
  | 'REJECT';

/** Which way a list is ordered by its `orderBy` field. */
export type OrderDirection =
  /** Ascending: A to Z, earliest first. */
  | 'ASC'
  /** Descending: Z to A, latest first. */
  | 'DESC';

/** One overdue report to remind a State of. */
export type OverdueReportInput = {
  /** Which report is overdue: the initial report (Art. 7(1)) or an annual update (Art. 7(2)). */
  kind: ReportKind;
  /** The year an annual report covers; for the initial report, the year of entry into force. */
  periodYear: number;
  /** ISO 3166-1 alpha-3 code, e.g. "NGA". */
  state: string;
};

/** Art. 14(1): who bears the cost of a meeting. */
export type PayerRule =
  /** Every State Party, and no State not party. */
  | 'ALL_STATES_PARTIES'
  /** Only the States that participate, parties or not. */
  | 'PARTICIPATING_STATES_ONLY'
  /** Every State Party, and the States not party that participate in the meeting (the CCM default, Art. 14(1)). */
  | 'STATES_PARTIES_AND_PARTICIPATING_NON_PARTIES';

/** An organisation applying to observe, and whom the secretariat answers. */
export type PublicObserverApplicationInput = {
  /** An organisation already known by this acronym is the one that applies; its record is not changed. */
  acronym: string;
  /** The e-mail address the secretariat answers at. */
  contactEmail: string;
  /** The person the secretariat answers. */
  contactName: string;
  /** One of: UN_ENTITY, INTERNATIONAL_ORGANISATION, REGIONAL_ORGANISATION, ICRC, IFRC, NGO. */
  kind: string;
  /** Why the organisation asks to observe. */
  motivation: string;
  /** The organisation's full name in English. */
  organisationName: string;
  /** The organisation's website, an absolute http(s) URL. */
  website?: string | null | undefined;
};

/** The participating States of a past meeting, from its list of participants: exactly one of `rows` or `csv` text (`@oneOf`; both or neither is refused with BAD_USER_INPUT). */
export type RecordMeetingParticipantsInput =
  {   /** CSV text with a header row naming an `iso3` column and a `capacity` column; other columns are ignored, lines starting with # are comments. At most 2000 rows in one import; more is a ValidationError on this field: split the text. */
  csv: string; rows?: never; }
  |  { csv?: never;   /** The States as structured rows (instead of `csv`). */
  rows: Array<RecordedParticipantRowInput>; };

/** A payment received from a State towards its share of a meeting's costs. */
export type RecordPaymentInput = {
  /** To the cent; no more than what is outstanding. */
  amount: string;
  /** The currency of the share, e.g. "CHF". */
  currency: string;
  /** The day the payment was received, as `YYYY-MM-DD`. */
  receivedOn: string;
  /** The bank or treasury reference. */
  reference?: string | null | undefined;
};

/** A received Article 7 report to record for a State. */
export type RecordTransparencyReportInput = {
  /** How the report reached the secretariat. */
  channel?: ReportChannel | null | undefined;
  /** The code of the convention, e.g. "CCM" for the Convention on Cluster Munitions (the default and, today, the only one served). */
  convention?: string | null | undefined;
  /** Secretariat only: a published due date that differs from the computed one; it wins. */
  dueOn?: string | null | undefined;
  /** Forms A-J, each once. */
  forms?: Array<ReportFormInput> | null | undefined;
  /** Initial report (Art. 7(1)) or annual update (Art. 7(2)). */
  kind: ReportKind;
  /** The year covered (annual report) or the year of entry into force (initial report). */
  periodYear: number;
  /** The day the report was received (default: today). */
  receivedOn?: string | null | undefined;
  /** The reporting State, by ISO code or by global ID. */
  state: StateReferenceInput;
};

/** One State that participated in the past meeting, and in what capacity. */
export type RecordedParticipantRowInput = {
  /** STATE_PARTY, SIGNATORY_OBSERVER or NON_SIGNATORY_OBSERVER, as its standing on the opening day makes it. */
  capacity: InvitationCapacity;
  /** ISO 3166-1 alpha-3 code of the State, e.g. "NOR". */
  iso3: string;
};

/** The United Nations regional group a State belongs to, used to group States in lists and reports. */
export type RegionalGroup =
  /** The Group of African States. */
  | 'AFRICAN'
  /** The Group of Asia-Pacific States. */
  | 'ASIA_PACIFIC'
  /** The Group of Eastern European States. */
  | 'EASTERN_EUROPEAN'
  /** The Group of Latin American and Caribbean States (GRULAC). */
  | 'LATIN_AMERICAN_AND_CARIBBEAN'
  /** The Western European and Others Group (WEOG). */
  | 'WESTERN_EUROPEAN_AND_OTHERS';

/** How a report reached the secretariat. */
export type ReportChannel =
  /** Sent by email. */
  | 'EMAIL'
  /** Sent with a note verbale from the State's mission. */
  | 'NOTE_VERBALE'
  /** Submitted through the online reporting database. */
  | 'ONLINE_DATABASE'
  /** Sent by post. */
  | 'POST';

/** One form of a report and its status. */
export type ReportFormInput = {
  /** Which form, A to J. */
  letter: FormLetter;
  /** CHANGED, UNCHANGED (give `unchangedSinceYear`; not in an initial report) or NOT_APPLICABLE (never for Form A). */
  status: FormStatus;
  /** With UNCHANGED: the year of the report since which the form is unchanged. */
  unchangedSinceYear?: number | null | undefined;
};

/** Art. 7(1) initial report or Art. 7(2) annual report. */
export type ReportKind =
  /** An annual update covering the previous calendar year, due by 30 April (Art. 7(2)). */
  | 'ANNUAL'
  /** The initial report, due 180 days after entry into force for the State (Art. 7(1)); it states everything afresh. */
  | 'INITIAL';

/** One reminder note verbale to record for one overdue report. */
export type SendReportReminderInput = {
  /** The code of the convention, e.g. "CCM" for the Convention on Cluster Munitions (the default and, today, the only one served). */
  convention?: string | null | undefined;
  /** The note’s date (default: today). */
  date?: string | null | undefined;
  /** Code of the office sending the note, e.g. "ODA". */
  issuingOffice: string;
  /** Which report is overdue: the initial report (Art. 7(1)) or an annual update (Art. 7(2)). */
  kind: ReportKind;
  /** The language to render the document in: EN or FR (default EN). Documents are written in English and French only; another language is refused with VALIDATION_FAILED. */
  language?: Language | null | undefined;
  /** The year an annual report covers; for the initial report, the year of entry into force. */
  periodYear: number;
  /** The note’s reference, e.g. "ODA/2024-00123"; used once. */
  reference: string;
  /** The State reminded, by ISO code or by global ID. */
  state: StateReferenceInput;
  /** Code of the office reports go to; the issuing office when left out. */
  submissionOffice?: string | null | undefined;
};

/** A numbered series of reminder notes verbales, one per overdue report, all of one date and office. */
export type SendReportRemindersInput = {
  /** The code of the convention, e.g. "CCM" for the Convention on Cluster Munitions (the default and, today, the only one served). */
  convention?: string | null | undefined;
  /** The notes’ date (default: today). */
  date?: string | null | undefined;
  /** The number of the first note; the others follow. */
  firstNumber: number;
  /** Code of the office sending the notes, e.g. "ODA". */
  issuingOffice: string;
  /** The language to render the document in: EN or FR (default EN). Documents are written in English and French only; another language is refused with VALIDATION_FAILED. */
  language?: Language | null | undefined;
  /** The notes’ reference with their number as {n}, or padded as {nnnnn}: "ODA/2026-{nnnnn}". */
  referencePattern: string;
  /** The overdue reports, one note each, numbered in this order. */
  reports: Array<OverdueReportInput>;
  /** Code of the office reports go to; the issuing office when left out. */
  submissionOffice?: string | null | undefined;
};

/** A whole cost estimate; its total is the exact sum of its lines. */
export type SetCostEstimateInput = {
  /** ISO 4217 code in capitals, e.g. "CHF". */
  currency: string;
  /** An estimate made in advance (the default), or the actual cost after the meeting. */
  kind?: CostEstimateKind | null | undefined;
  /** The lines, in the order they are printed; at least one. */
  lines: Array<CostEstimateLineInput>;
  /** The version of the current estimate you read (none for the first): if another estimate was set since, you get a ConflictError instead of overwriting it. */
  replacesVersion?: number | null | undefined;
};

/** Which States to list; conditions combine with AND. Omit a field to not filter by it. */
export type StateFilter = {
  /** The code of the convention, e.g. "CCM" for the Convention on Cluster Munitions (the default and, today, the only one served). `status` is read under this convention. */
  convention?: string | null | undefined;
  /** The day the status refers to (default: today). */
  on?: string | null | undefined;
  /** Only States in this UN regional group. */
  regionalGroup?: RegionalGroup | null | undefined;
  /** Part of a name in any of the six UN languages, or an ISO code. */
  search?: string | null | undefined;
  /** Only States with this treaty status on `on`. */
  status?: TreatyStatus | null | undefined;
  /** Only records changed at or after this instant (`updatedAt >= updatedSince`), an RFC 3339 date-time such as "2026-12-05T02:00:00Z"; a malformed one is refused (BAD_USER_INPUT in a variable, GRAPHQL_VALIDATION_FAILED written in the query), and one in the future returns nothing yet. For a nightly sync, pass the newest `updatedAt` you read last time, a few minutes earlier: a write is stamped when it is made and listed once its transaction commits, so the margin catches one that committed just after you read. Records come again at the boundary; keep them by `id`. */
  updatedSince?: string | null | undefined;
};

/** The order of a list of State items: a field and a direction; items that tie are ordered by their ID. */
export type StateOrder = {
  /** Ascending or descending. */
  direction: OrderDirection;
  /** What to order by. */
  field: StateOrderField;
};

/** What a list of State items can be ordered by. */
export type StateOrderField =
  /** The ISO 3166-1 alpha-3 code. */
  | 'ISO3'
  /** The English short name. */
  | 'NAME'
  /** When the State or its treaty record last changed (`updatedAt`). */
  | 'UPDATED_AT';

/** A State, named by exactly one of its ISO 3166-1 alpha-3 code (`{ iso3: "NGA" }`) or its global ID (`{ id: "..." }`). Giving both or neither is refused with BAD_USER_INPUT. */
export type StateReferenceInput =
  {   /** The global ID of the State, as its `id` field gave it. */
  id: string | number; iso3?: never; }
  |  { id?: never;   /** The State's ISO 3166-1 alpha-3 code, e.g. "NGA" (case-insensitive). */
  iso3: string; };

/** Which reports to list; conditions combine with AND. Omit a field to not filter by it. */
export type TransparencyReportFilter = {
  /** The day compliance is judged on (default: today). */
  asOf?: string | null | undefined;
  /** Stored reports with this compliance on `asOf`. States with no report at all are in `reportingCompliance`. */
  compliance?: ComplianceStatus | null | undefined;
  /** Convention code, e.g. "CCM". */
  convention?: string | null | undefined;
  /** Only initial or only annual reports. */
  kind?: ReportKind | null | undefined;
  /** ISO 3166-1 alpha-3 code of the reporting State. */
  state?: string | null | undefined;
  /** Only records changed at or after this instant (`updatedAt >= updatedSince`), an RFC 3339 date-time such as "2026-12-05T02:00:00Z"; a malformed one is refused (BAD_USER_INPUT in a variable, GRAPHQL_VALIDATION_FAILED written in the query), and one in the future returns nothing yet. For a nightly sync, pass the newest `updatedAt` you read last time, a few minutes earlier: a write is stamped when it is made and listed once its transaction commits, so the margin catches one that committed just after you read. Records come again at the boundary; keep them by `id`. */
  updatedSince?: string | null | undefined;
  /** The year covered (annual reports) or of entry into force (initial reports): `periodYear`. */
  year?: number | null | undefined;
};

/** The order of a list of TransparencyReport items: a field and a direction; items that tie are ordered by their ID. */
export type TransparencyReportOrder = {
  /** Ascending or descending. */
  direction: OrderDirection;
  /** What to order by. */
  field: TransparencyReportOrderField;
};

/** What a list of TransparencyReport items can be ordered by. */
export type TransparencyReportOrderField =
  /** The due date (`dueOn`). */
  | 'DUE_ON'
  /** The day the report was received (`receivedOn`); reports not received come last ascending, first descending. */
  | 'RECEIVED_ON'
  /** When the report or its forms last changed (`updatedAt`). */
  | 'UPDATED_AT';

/** A State's standing under a convention on a given day (Art. 17 entry into force, Art. 20 withdrawal). */
export type TreatyStatus =
  /** Has not signed and the convention is not in force for it (an accession deposited but not yet in force counts here). */
  | 'NOT_PARTY'
  /** Signed the convention, which has not (yet) entered into force for it. */
  | 'SIGNATORY'
  /** Bound by the convention: its instrument was deposited and has entered into force for it (Art. 17). */
  | 'STATE_PARTY'
  /** Was a State Party and its withdrawal has taken effect (Art. 20). */
  | 'WITHDRAWN';

/** A State's standing at the United Nations, which decides how it is invited and assessed. */
export type UnStatus =
  /** A Member State of the United Nations. */
  | 'MEMBER'
  /** A State that is neither a UN Member nor a General Assembly observer (e.g. the Cook Islands, Niue). */
  | 'NON_MEMBER'
  /** A non-member observer State of the General Assembly (e.g. the Holy See, the State of Palestine). */
  | 'OBSERVER_STATE';

/** Only the fields given change; `null` clears an optional field (and recomputes `code` and `title`). */
export type UpdateMeetingInput = {
  /** The city in English, e.g. "Geneva". */
  city?: string | null | undefined;
  /** The city in French: "Genève". */
  cityFr?: string | null | undefined;
  /** The last day of the meeting, as `YYYY-MM-DD`: on or after `opensOn`. */
  closesOn?: string | null | undefined;
  /** Short code; computed from kind, number and part when left out (11MSP, 2RC-1). */
  code?: string | null | undefined;
  /** The note’s details as a whole: given, they replace the stored ones; null removes the note. */
  conveningNote?: ConveningNoteInput | null | undefined;
  /** The host country in English, e.g. "Switzerland". */
  country?: string | null | undefined;
  /** The country in French: "Suisse". */
  countryFr?: string | null | undefined;
  /** The last day delegations may send their details, as `YYYY-MM-DD` (whole day, meeting time zone); a later registration is marked LATE. */
  delegationDeadline?: string | null | undefined;
  /** Only to reproduce a note as issued: the weekday it printed beside the deadline, even where the calendar disagrees. Dropped when the deadline changes without it. */
  delegationDeadlineWeekdayAsIssued?: Weekday | null | undefined;
  /** The kind of meeting; with `number` it gives the default code and title. */
  kind?: MeetingKind | null | undefined;
  /** Its number in its series, 1-40. */
  number?: number | null | undefined;
  /** The first day of the meeting, as `YYYY-MM-DD`. */
  opensOn?: string | null | undefined;
  /** For a meeting held in parts: which part. */
  part?: number | null | undefined;
  /** ISO 3166 alpha-3 code of the State holding the presidency. */
  presidencyStateCode?: string | null | undefined;
  /** The name of the president of the meeting, as it should be published. */
  presidentName?: string | null | undefined;
  /** The Article 7 reporting deadline the convening note reminds States of, as `YYYY-MM-DD`. */
  reportingDeadline?: string | null | undefined;
  /** Code of the office serving as secretariat, e.g. "ODA-GENEVA". */
  secretariatOfficeCode?: string | null | undefined;
  /** E.g. "CCM/MSP/2023". */
  symbolPrefix?: string | null | undefined;
  /** IANA time zone, e.g. "Europe/Zurich". */
  timeZone?: string | null | undefined;
  /** Computed from kind and number when left out ("Eleventh Meeting of States Parties"). */
  title?: string | null | undefined;
  /** The building, e.g. "Palais des Nations". */
  venue?: string | null | undefined;
  /** The venue in French, with its article: "le Palais des Nations". */
  venueFr?: string | null | undefined;
  /** The meeting's public web page, an absolute http(s) URL. */
  webPage?: string | null | undefined;
};

/** Fields left out stay as they are. */
export type UpdateUserInput = {
  /** false ends all of the user's sessions. */
  active?: boolean | null | undefined;
  /** The user's new name. */
  name?: string | null | undefined;
  /** A STATE user who gets another role stops acting for their State. */
  role?: UserRole | null | undefined;
  /** The State a STATE user acts for. */
  stateIso3?: string | null | undefined;
};

/** What a signed-in user may do. */
export type UserRole =
  /** Secretariat administrator: everything SECRETARIAT may do, and managing users and API keys. */
  | 'ADMIN'
  /** Secretariat staff: records treaty actions, convenes meetings, records reports and payments. */
  | 'SECRETARIAT'
  /** A State's focal point: reads and submits for its own State only. */
  | 'STATE';

/** A day of the week (ISO 8601, Monday first), as a document printed it beside a date. */
export type Weekday =
  /** Friday. */
  | 'FRIDAY'
  /** Monday. */
  | 'MONDAY'
  /** Saturday. */
  | 'SATURDAY'
  /** Sunday. */
  | 'SUNDAY'
  /** Thursday. */
  | 'THURSDAY'
  /** Tuesday. */
  | 'TUESDAY'
  /** Wednesday. */
  | 'WEDNESDAY';

/** A status of a workflow whose changes the API checks: a meeting's (DRAFT, CONVENED, IN_SESSION, CLOSED, CANCELLED, as `MeetingStatus`) or an application to observe's (REQUESTED, PROVISIONALLY_INVITED, APPROVED, REJECTED, as `InvitationStatus`). */
export type WorkflowStatus =
  /** The meeting approved the organisation as an observer. */
  | 'APPROVED'
  /** Called off before it opened. Final. */
  | 'CANCELLED'
  /** Has ended. Final. */
  | 'CLOSED'
  /** Convened: the note verbale has gone out and invitations exist; delegations may be registered. */
  | 'CONVENED'
  /** Being prepared by the secretariat; no invitations have gone out yet. */
  | 'DRAFT'
  /** Open and meeting; it can now only close. */
  | 'IN_SESSION'
  /** Invited provisionally by the President-designate until the meeting decides (rule 1.3). */
  | 'PROVISIONALLY_INVITED'
  /** The application was rejected; the organisation is not invited. */
  | 'REJECTED'
  /** An organisation asked to observe; not yet invited. */
  | 'REQUESTED';

export type AdminUsersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminUsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, email: string, name: string, role: UserRole, active: boolean, createdAt: string, lastSignInAt: string | null, state: { iso3: string, names: { ar: string, zh: string, en: string, fr: string, ru: string, es: string } } | null } }> } };

export type AdminApiKeysQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminApiKeysQuery = { apiKeys: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, prefix: string, status: ApiKeyStatus, scopes: Array<ApiKeyScope>, createdAt: string, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, organisation: { acronym: string, name: string } | null } }> } };

export type AdminCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AdminCreateUserMutation = { createUser:
    | { __typename: 'ConflictError', allowed: Array<WorkflowStatus> | null, code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'MutationCreateUserSuccess', user: { id: string, email: string } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: string, message: string }> }
   };

export type AdminUpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type AdminUpdateUserMutation = { updateUser:
    | { __typename: 'ConflictError', allowed: Array<WorkflowStatus> | null, code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'MutationUpdateUserSuccess', user: { id: string, active: boolean, role: UserRole } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: string, message: string }> }
   };

export type AdminCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type AdminCreateApiKeyMutation = { createApiKey:
    | { __typename: 'ConflictError', allowed: Array<WorkflowStatus> | null, code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'MutationCreateApiKeySuccess', key: string, apiKey: { id: string, name: string, prefix: string } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: string, message: string }> }
   };

export type AdminRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRevokeApiKeyMutation = { revokeApiKey:
    | { __typename: 'ConflictError', allowed: Array<WorkflowStatus> | null, code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'MutationRevokeApiKeySuccess', apiKey: { id: string, status: ApiKeyStatus, revokedAt: string | null } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: string, message: string }> }
   };

export type AdminComplianceTotalsQueryVariables = Exact<{
  year: number;
  asOf?: string | null | undefined;
}>;


export type AdminComplianceTotalsQuery = { reportingCompliance: { year: number, asOf: string, recordsBeginOn: string | null, total: number, totals: { onTime: number, late: number, overdue: number, notYetDue: number, notRecorded: number } } };

export type AdminComplianceObligationsQueryVariables = Exact<{
  year: number;
  asOf?: string | null | undefined;
  status?: ComplianceStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminComplianceObligationsQuery = { reportingCompliance: { year: number, obligations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { kind: ReportKind, periodYear: number, dueOn: string, dueOnOverridden: boolean, receivedOn: string | null, status: ComplianceStatus, state: { iso3: string, names: { ar: string, zh: string, en: string, fr: string, ru: string, es: string } } } }> } } };

export type AdminSetReportRecordsBeginMutationVariables = Exact<{
  on: string;
}>;


export type AdminSetReportRecordsBeginMutation = { setReportRecordsBegin:
    | { __typename: 'ConflictError', allowed: Array<WorkflowStatus> | null, code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'MutationSetReportRecordsBeginSuccess', convention: { id: string, reportRecordsBeginOn: string | null } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: string, message: string }> }
   };

export type AdminImportHistoricalReportsMutationVariables = Exact<{
  csv: string;
}>;


export type AdminImportHistoricalReportsMutation = { importHistoricalReports:
    | { __typename: 'ConflictError', allowed: Array<WorkflowStatus> | null, code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'MutationImportHistoricalReportsSuccess', result: { imported: number } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: string, message: string }> }
   };

export type AdminContributionsStatusQueryVariables = Exact<{
  asOf?: string | null | undefined;
  inArrears?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminContributionsStatusQuery = { contributionsStatus: { asOf: string, dueDays: number, totals: Array<{ currency: string, amountAssessed: string, paid: string, outstanding: string, credit: string, notYetDue: string, underOneYear: string, oneToTwoYears: string, overTwoYears: string }>, states: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { state: { iso3: string, names: { ar: string, zh: string, en: string, fr: string, ru: string, es: string } }, totals: Array<{ currency: string, amountAssessed: string, paid: string, outstanding: string, credit: string, notYetDue: string, underOneYear: string, oneToTwoYears: string, overTwoYears: string }>, meetings: Array<{ currency: string, dueOn: string, outstanding: string, arrearsAge: ArrearsAge | null, meeting: { id: string, code: string } }> } }> } } };

export type AdminDashboardQueryVariables = Exact<{
  year: number;
  asOf: string;
}>;


export type AdminDashboardQuery = { meetings: { edges: Array<{ node: { id: string, code: string, title: string, status: MeetingStatus, opensOn: string, closesOn: string, city: string, delegationDeadline: string | null, reportingDeadline: string | null, invitationCounts: Array<{ capacity: InvitationCapacity, count: number }>, delegations: { totalCount: number }, costShares: { id: string, currency: string, total: string, paid: string, outstanding: string } | null } }> }, reportingCompliance: { year: number, asOf: string, total: number, totals: { onTime: number, late: number, overdue: number, notYetDue: number, notRecorded: number } } };

export type AdminMeetingDocumentsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminMeetingDocumentsQuery = { meeting: { id: string, documents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, symbol: string, title: string, kind: DocumentKind, languages: Array<Language>, status: DocumentStatus, issuedOn: string | null, url: string | null } }> } } | null };

export type AdminMeetingForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminMeetingForEditQuery = { meeting: { id: string, version: number, code: string, title: string, opensOn: string, closesOn: string, venue: string | null, city: string, country: string | null, venueFr: string | null, cityFr: string | null, countryFr: string | null, timeZone: string, webPage: string | null, delegationDeadline: string | null, delegationDeadlineWeekdayAsIssued: Weekday | null, reportingDeadline: string | null, secretariatOffice: { code: string } | null, conveningNote: { reference: string | null, date: string | null, addressees: string | null, addresseesFr: string | null, issuingOffice: { code: string } | null, mandateResolution: { number: string } | null } } | null, offices: Array<{ code: string, name: string }>, generalAssemblyResolutions: Array<{ number: string, symbol: string, title: string, adoptedOn: string }> };

export type AdminUpdateMeetingMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateMeetingInput;
}>;


export type AdminUpdateMeetingMutation = { updateMeeting:
    | { __typename: 'ConflictError', allowed: Array<WorkflowStatus> | null, code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'MutationUpdateMeetingSuccess', meeting: { id: string, version: number } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: string, message: string }> }
   };

type AdminParticipant_Organisation_Fragment = { __typename: 'Organisation', id: string, acronym: string, name: string };

type AdminParticipant_State_Fragment = { __typename: 'State', id: string, iso3: string, names: { ar: string, zh: string, en: string, fr: string, ru: string, es: string } };

export type AdminParticipantFragment =
  | AdminParticipant_Organisation_Fragment
  | AdminParticipant_State_Fragment
;

export type AdminMeetingsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: MeetingFilter | null | undefined;
}>;


export type AdminMeetingsQuery = { meetings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, title: string, kind: MeetingKind, number: number, status: MeetingStatus, opensOn: string, closesOn: string, venue: string | null, city: string, delegationDeadline: string | null, convenedOn: string | null } }> } };

export type AdminMeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminMeetingQuery = { meeting: { id: string, version: number, code: string, title: string, kind: MeetingKind, number: number, part: number | null, status: MeetingStatus, opensOn: string, closesOn: string, venue: string | null, city: string, country: string | null, timeZone: string, symbolPrefix: string | null, delegationDeadline: string | null, reportingDeadline: string | null, convenedOn: string | null, presidentName: string | null, presidentState: { iso3: string, names: { ar: string, zh: string, en: string, fr: string, ru: string, es: string } } | null, conveningNote: { reference: string | null, date: string | null, issuingOffice: { code: string, name: string } | null, mandateResolution: { symbol: string } | null, deadlineWeekdayDisagreement: { message: string } | null }, invitationCounts: Array<{ capacity: InvitationCapacity, count: number }> } | null };

export type AdminMeetingInvitationsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: InvitationFilter | null | undefined;
}>;


export type AdminMeetingInvitationsQuery = { meeting: { id: string, invitations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, capacity: InvitationCapacity, status: InvitationStatus, capacityChanges: Array<{ changedAt: string, previousCapacity: InvitationCapacity, capacity: InvitationCapacity }>, participant:
            | { __typename: 'Organisation', id: string, acronym: string, name: string }
            | { __typename: 'State', id: string, iso3: string, names: { ar: string, zh: string, en: string, fr: string, ru: string, es: string } }
          , delegation: { id: string } | null } }> } } | null };

export type AdminMeetingDelegationsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: DelegationFilter | null | undefined;
}>;


export type AdminMeetingDelegationsQuery = { meeting: { id: string, delegationDeadline: string | null, delegations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, submittedAt: string, lastAmendedAt: string | null, timeliness: DelegationTimeliness, amendedAfterDeadline: boolean, publicListConsent: boolean, participant:
            | { __typename: 'Organisation', id: string, acronym: string, name: string }
            | { __typename: 'State', id: string, iso3: string, names: { ar: string, zh: string, en: string, fr: string, ru: string, es: string } }
          , invitation: { id: string, capacity: InvitationCapacity }, members: Array<{ position: number, role: DelegateRole, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null }>, credentials: { status: CredentialStatus, issuingAuthority: CredentialIssuingAuthority, authorisedBy: CredentialAuthorisingOffice | null, documentKind: CredentialDocumentKind, receivedDate: string } | null } }> } } | null };

export type AdminMeetingCostsQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminMeetingCostsQuery = { meeting: { id: string, costEstimate: { id: string, version: number, kind: CostEstimateKind, currency: string, total: string, createdAt: string, lines: { edges: Array<{ node: { position: number, description: string, amount: string } }> } } | null, costShares: { id: string, version: number, issuedAt: string, currency: string, total: string, paid: string, outstanding: string, payerRule: PayerRule, ceilingAndFloorReapplied: boolean, scaleOverrideReason: string | null, scale: { name: string } } | null } | null };

export type AdminMeetingRecordedParticipantsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminMeetingRecordedParticipantsQuery = { meeting: { id: string, recordedParticipants: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, capacity: InvitationCapacity, participationRecordedAt: string | null, participant:
            | { __typename: 'Organisation' }
            | { __typename: 'State', iso3: string, names: { ar: string, zh: string, en: string, fr: string, ru: string, es: string } }
           } }> } } | null };

export type AdminMeetingCostSharesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminMeetingCostSharesQuery = { meeting: { id: string, costShares: { id: string, shares: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, assessed: boolean, ratePercent: string | null, sharePercent: string | null, amount: string | null, paid: string, outstanding: string | null, credit: string, currency: string, state: { iso3: string, names: { ar: string, zh: string, en: string, fr: string, ru: string, es: string } }, payments: { edges: Array<{ node: { id: string, amount: string, currency: string, receivedOn: string, reference: string | null } }> } } }> } } | null } | null };

export type AdminCreateMeetingMutationVariables = Exact<{
  input: CreateMeetingInput;
}>;


export type AdminCreateMeetingMutation = { createMeeting:
    | { __typename: 'ConflictError', allowed: Array<WorkflowStatus> | null, code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'MutationCreateMeetingSuccess', meeting: { id: string, code: string, title: string, status: MeetingStatus } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: string, message: string }> }
   };

export type AdminConveneMeetingMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
  conveningDate?: string | null | undefined;
}>;


export type AdminConveneMeetingMutation = { conveneMeeting:
    | { __typename: 'ConflictError', allowed: Array<WorkflowStatus> | null, code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'MutationConveneMeetingSuccess', meeting: { id: string, status: MeetingStatus, convenedOn: string | null, version: number } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: string, message: string }> }
   };

export type AdminChangeMeetingStatusMutationVariables = Exact<{
  id: string | number;
  status: MeetingStatus;
  version: number;
}>;


export type AdminChangeMeetingStatusMutation = { changeMeetingStatus:
    | { __typename: 'ConflictError', allowed: Array<WorkflowStatus> | null, code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'MutationChangeMeetingStatusSuccess', meeting: { id: string, status: MeetingStatus, version: number } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: string, message: string }> }
   };

export type AdminSubmitDelegationMutationVariables = Exact<{
  invitationId: string | number;
  input: DelegationInput;
}>;


export type AdminSubmitDelegationMutation = { submitDelegation:
    | { __typename: 'ConflictError', allowed: Array<WorkflowStatus> | null, code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'MutationSubmitDelegationSuccess', delegation: { id: string, timeliness: DelegationTimeliness, submittedAt: string } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: string, message: string }> }
   };

export type AdminAmendDelegationMutationVariables = Exact<{
  delegationId: string | number;
  version: number;
  input: DelegationInput;
}>;


export type AdminAmendDelegationMutation = { amendDelegation:
    | { __typename: 'ConflictError', allowed: Array<WorkflowStatus> | null, code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'MutationAmendDelegationSuccess', delegation: { id: string, version: number, timeliness: DelegationTimeliness, amendedAfterDeadline: boolean } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: string, message: string }> }
   };

export type AdminRecordCredentialsMutationVariables = Exact<{
  delegationId: string | number;
  input: CredentialsInput;
}>;


export type AdminRecordCredentialsMutation = { recordCredentials:
    | { __typename: 'ConflictError', allowed: Array<WorkflowStatus> | null, code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'MutationRecordCredentialsSuccess', delegation: { id: string, credentials: { status: CredentialStatus } | null } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: string, message: string }> }
   };

export type AdminSetCostEstimateMutationVariables = Exact<{
  meetingId: string | number;
  input: SetCostEstimateInput;
}>;


export type AdminSetCostEstimateMutation = { setCostEstimate:
    | { __typename: 'ConflictError', allowed: Array<WorkflowStatus> | null, code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'MutationSetCostEstimateSuccess', costEstimate: { id: string, version: number, total: string, currency: string } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: string, message: string }> }
   };

export type AdminIssueCostSharesMutationVariables = Exact<{
  meetingId: string | number;
  input: IssueCostSharesInput;
}>;


export type AdminIssueCostSharesMutation = { issueCostShares:
    | { __typename: 'ConflictError', allowed: Array<WorkflowStatus> | null, code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'MutationIssueCostSharesSuccess', costShareIssue: { id: string, version: number, total: string, scaleOverrideReason: string | null, scale: { name: string } } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: string, message: string }> }
   };

export type AdminRecordMeetingParticipantsMutationVariables = Exact<{
  meetingId: string | number;
  input: RecordMeetingParticipantsInput;
}>;


export type AdminRecordMeetingParticipantsMutation = { recordMeetingParticipants:
    | { __typename: 'ConflictError', allowed: Array<WorkflowStatus> | null, code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'MutationRecordMeetingParticipantsSuccess', invitations: Array<{ id: string }> }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: string, message: string }> }
   };

export type AdminRecordPaymentMutationVariables = Exact<{
  costShareId: string | number;
  input: RecordPaymentInput;
}>;


export type AdminRecordPaymentMutation = { recordPayment:
    | { __typename: 'ConflictError', allowed: Array<WorkflowStatus> | null, code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'MutationRecordPaymentSuccess', payment: { id: string, amount: string, currency: string, receivedOn: string } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: string, message: string }> }
   };

export type AdminObserverApplicationsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminObserverApplicationsQuery = { meeting: { id: string, observerApplications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: InvitationStatus, motivation: string | null, requestedAt: string | null, decidedAt: string | null, decisionNote: string | null, contactName: string | null, contactEmail: string | null, statusHistory: Array<{ status: InvitationStatus, at: string, note: string | null }>, participant:
            | { __typename: 'Organisation', id: string, acronym: string, name: string }
            | { __typename: 'State', id: string, iso3: string, names: { ar: string, zh: string, en: string, fr: string, ru: string, es: string } }
           } }> } } | null };

export type AdminDecideObserverApplicationMutationVariables = Exact<{
  invitationId: string | number;
  decision: ObserverDecision;
  note?: string | null | undefined;
}>;


export type AdminDecideObserverApplicationMutation = { decideObserverApplication:
    | { __typename: 'ConflictError', allowed: Array<WorkflowStatus> | null, code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'MutationDecideObserverApplicationSuccess', invitation: { id: string, status: InvitationStatus } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: string, message: string }> }
   };

export type PublicMeetingForApplicationQueryVariables = Exact<{
  code: string;
}>;


export type PublicMeetingForApplicationQuery = { meetingByCode: { id: string, code: string, title: string, opensOn: string, closesOn: string, city: string, status: MeetingStatus } | null };

export type PublicApplyToObserveMutationVariables = Exact<{
  meetingId: string | number;
  input: PublicObserverApplicationInput;
}>;


export type PublicApplyToObserveMutation = { applyToObserve:
    | { __typename: 'ConflictError', allowed: Array<WorkflowStatus> | null, code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'MutationApplyToObserveSuccess', receipt: { receivedAt: string } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: string, message: string }> }
   };

export type AdminReportFragment = { id: string, kind: ReportKind, periodYear: number, dueOn: string, dueOnOverridden: boolean, receivedOn: string | null, channel: ReportChannel | null, published: boolean, publishedAt: string | null, version: number, compliance: ComplianceStatus, forms: Array<{ letter: FormLetter, status: FormStatus, unchangedSinceYear: number | null }> };

export type AdminStateReportsQueryVariables = Exact<{
  iso3: string;
  on: string;
}>;


export type AdminStateReportsQuery = { state: { id: string, iso3: string, reports: { totalCount: number, edges: Array<{ node: { id: string, kind: ReportKind, periodYear: number, dueOn: string, dueOnOverridden: boolean, receivedOn: string | null, channel: ReportChannel | null, published: boolean, publishedAt: string | null, version: number, compliance: ComplianceStatus, forms: Array<{ letter: FormLetter, status: FormStatus, unchangedSinceYear: number | null }> } }> } } | null };

export type AdminRecordReportMutationVariables = Exact<{
  input: RecordTransparencyReportInput;
  on: string;
}>;


export type AdminRecordReportMutation = { recordTransparencyReport:
    | { __typename: 'ConflictError', allowed: Array<WorkflowStatus> | null, code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'MutationRecordTransparencyReportSuccess', report: { id: string, kind: ReportKind, periodYear: number, dueOn: string, dueOnOverridden: boolean, receivedOn: string | null, channel: ReportChannel | null, published: boolean, publishedAt: string | null, version: number, compliance: ComplianceStatus, forms: Array<{ letter: FormLetter, status: FormStatus, unchangedSinceYear: number | null }> } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: string, message: string }> }
   };

export type AdminUpdateReportFormsMutationVariables = Exact<{
  reportId: string | number;
  version: number;
  forms: Array<ReportFormInput> | ReportFormInput;
  on: string;
}>;


export type AdminUpdateReportFormsMutation = { updateReportForms:
    | { __typename: 'ConflictError', allowed: Array<WorkflowStatus> | null, code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'MutationUpdateReportFormsSuccess', report: { id: string, kind: ReportKind, periodYear: number, dueOn: string, dueOnOverridden: boolean, receivedOn: string | null, channel: ReportChannel | null, published: boolean, publishedAt: string | null, version: number, compliance: ComplianceStatus, forms: Array<{ letter: FormLetter, status: FormStatus, unchangedSinceYear: number | null }> } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: string, message: string }> }
   };

export type AdminPublishReportMutationVariables = Exact<{
  reportId: string | number;
  version: number;
  on: string;
}>;


export type AdminPublishReportMutation = { publishReport:
    | { __typename: 'ConflictError', allowed: Array<WorkflowStatus> | null, code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'MutationPublishReportSuccess', report: { id: string, kind: ReportKind, periodYear: number, dueOn: string, dueOnOverridden: boolean, receivedOn: string | null, channel: ReportChannel | null, published: boolean, publishedAt: string | null, version: number, compliance: ComplianceStatus, forms: Array<{ letter: FormLetter, status: FormStatus, unchangedSinceYear: number | null }> } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: string, message: string }> }
   };

export type AdminReportReminderQueryVariables = Exact<{
  iso3: string;
  kind: ReportKind;
  periodYear: number;
  reference: string;
  date?: string | null | undefined;
  issuingOffice: string;
  submissionOffice?: string | null | undefined;
  language?: Language | null | undefined;
}>;


export type AdminReportReminderQuery = { state: { id: string, reportReminder: { content: string, fileName: string } | null } | null };

export type AdminSendReportReminderMutationVariables = Exact<{
  input: SendReportReminderInput;
}>;


export type AdminSendReportReminderMutation = { sendReportReminder:
    | { __typename: 'ConflictError', allowed: Array<WorkflowStatus> | null, code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'MutationSendReportReminderSuccess', reminder: { reference: string, date: string, dueOn: string, language: Language, sentAt: string, state: { iso3: string } } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: string, message: string }> }
   };

export type AdminDelegationChangesQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminDelegationChangesQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string, changes: { totalCount: number, edges: Array<{ node: { version: number, changedAt: string, changedByName: string | null, afterDeadline: boolean, before: unknown, after: unknown } }> } | null }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type AdminAuditEventsQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminAuditEventsQuery = { auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, action: string, entityType: string, entityId: string, actorName: string | null, before: unknown, after: unknown, entity:
          | { __typename: 'ApiKey', id: string }
          | { __typename: 'AssessmentScale', id: string }
          | { __typename: 'AuditEvent', id: string }
          | { __typename: 'Convention', id: string }
          | { __typename: 'CostEstimate', id: string }
          | { __typename: 'CostShare', id: string }
          | { __typename: 'CostShareIssue', id: string }
          | { __typename: 'Delegation', id: string, invitation: { meeting: { id: string, title: string } } }
          | { __typename: 'Document', id: string }
          | { __typename: 'Invitation', id: string, meeting: { id: string, title: string } }
          | { __typename: 'Meeting', title: string, id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Payment', id: string }
          | { __typename: 'State', iso3: string, id: string }
          | { __typename: 'TransparencyReport', kind: ReportKind, periodYear: number, id: string, state: { iso3: string } }
          | { __typename: 'TreatyRecord', id: string }
          | { __typename: 'User', id: string }
         | null } }> } };

export type AdminSendReportRemindersMutationVariables = Exact<{
  input: SendReportRemindersInput;
}>;


export type AdminSendReportRemindersMutation = { sendReportReminders:
    | { __typename: 'ConflictError', allowed: Array<WorkflowStatus> | null, code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'MutationSendReportRemindersSuccess', reminders: Array<{ reference: string, date: string, dueOn: string, language: Language, sentAt: string, state: { iso3: string } }> }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: string, message: string }> }
   };

export type AdminStateRemindersSentQueryVariables = Exact<{
  iso3: string;
}>;


export type AdminStateRemindersSentQuery = { state: { id: string, reportRemindersSent: { totalCount: number, edges: Array<{ node: { reference: string, kind: ReportKind, periodYear: number, date: string, dueOn: string, language: Language, sentAt: string, sentByName: string | null } }> } } | null };

export type AdminAssessmentScalesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminAssessmentScalesQuery = { assessmentScales: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, firstYear: number, lastYear: number, resolution: string, source: string, complete: boolean, importedAt: string, rates: { totalCount: number } } }> } };

export type AdminImportAssessmentScaleMutationVariables = Exact<{
  input: ImportAssessmentScaleInput;
}>;


export type AdminImportAssessmentScaleMutation = { importAssessmentScale:
    | { __typename: 'ConflictError', allowed: Array<WorkflowStatus> | null, code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'MutationImportAssessmentScaleSuccess', assessmentScale: { id: string, name: string, rates: { totalCount: number } } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: string, message: string }> }
   };

export type AdminStatesQueryVariables = Exact<{
  on: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: StateFilter | null | undefined;
}>;


export type AdminStatesQuery = { states: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, iso3: string, unStatus: UnStatus, regionalGroup: RegionalGroup | null, names: { ar: string, zh: string, en: string, fr: string, ru: string, es: string }, standing: { status: TreatyStatus, entryIntoForce: string | null, withdrawalEffective: string | null, depositedNotYetInForce: boolean, withdrawalPending: boolean } } }> } };

export type AdminStateQueryVariables = Exact<{
  iso3: string;
  on: string;
}>;


export type AdminStateQuery = { state: { unShortName: string, id: string, iso3: string, unStatus: UnStatus, regionalGroup: RegionalGroup | null, treatyStatus: { signedOn: string | null, signatureSource: string | null, instrument: InstrumentKind | null, depositedOn: string | null, depositSource: string | null, entryIntoForceOn: string | null, entryIntoForceOverridden: boolean, withdrawalNotifiedOn: string | null, withdrawalEffectiveOn: string | null, withdrawalSource: string | null, note: string | null } | null, delegations: { totalCount: number, edges: Array<{ node: { id: string, submittedAt: string, timeliness: DelegationTimeliness, amendedAfterDeadline: boolean, credentials: { status: CredentialStatus } | null, invitation: { id: string, capacity: InvitationCapacity, meeting: { id: string, code: string, title: string, opensOn: string } } } }> }, costShares: { totalCount: number, edges: Array<{ node: { id: string, assessed: boolean, amount: string | null, paid: string, outstanding: string | null, currency: string, issue: { id: string, version: number, meeting: { id: string, code: string, title: string } } } }> }, names: { ar: string, zh: string, en: string, fr: string, ru: string, es: string }, standing: { status: TreatyStatus, entryIntoForce: string | null, withdrawalEffective: string | null, depositedNotYetInForce: boolean, withdrawalPending: boolean } } | null };

export type RegisterDelegationMutationVariables = Exact<{
  invitationId: string | number;
  input: DelegationInput;
}>;


export type RegisterDelegationMutation = { submitDelegation:
    | { __typename: 'ConflictError', allowed: Array<WorkflowStatus> | null, code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'MutationSubmitDelegationSuccess', delegation: { id: string, version: number, timeliness: DelegationTimeliness, submittedAt: string, members: Array<{ role: DelegateRole, position: number, givenName: string | null, familyName: string | null }> } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: string, message: string }> }
   };

export type AmendDelegationMutationVariables = Exact<{
  delegationId: string | number;
  version: number;
  input: DelegationInput;
}>;


export type AmendDelegationMutation = { amendDelegation:
    | { __typename: 'ConflictError', allowed: Array<WorkflowStatus> | null, code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'MutationAmendDelegationSuccess', delegation: { id: string, version: number, timeliness: DelegationTimeliness, amendedAfterDeadline: boolean, members: Array<{ role: DelegateRole, position: number, givenName: string | null, familyName: string | null }> } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: string, message: string }> }
   };

export type DelegationMembersQueryVariables = Exact<{
  meetingId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DelegationMembersQuery = { meeting: { id: string, delegations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, timeliness: DelegationTimeliness, participant:
            | { __typename: 'Organisation', acronym: string }
            | { __typename: 'State', iso3: string }
          , members: Array<{ role: DelegateRole, position: number, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null }> } }> } } | null };

type MutationError_ConflictError_Fragment = { allowed: Array<WorkflowStatus> | null, code: ErrorCode, message: string };

type MutationError_ForbiddenError_Fragment = { code: ErrorCode, message: string };

type MutationError_NotFoundError_Fragment = { code: ErrorCode, message: string };

type MutationError_ValidationError_Fragment = { code: ErrorCode, message: string, issues: Array<{ path: string, message: string }> };

export type MutationErrorFragment =
  | MutationError_ConflictError_Fragment
  | MutationError_ForbiddenError_Fragment
  | MutationError_NotFoundError_Fragment
  | MutationError_ValidationError_Fragment
;

export type MeetingInvitationsQueryVariables = Exact<{
  id: string | number;
  capacity?: InvitationCapacity | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: InvitationOrder | null | undefined;
}>;


export type MeetingInvitationsQuery = { meeting: { id: string, code: string, title: string, opensOn: string, closesOn: string, city: string, venue: string | null, status: MeetingStatus, delegationDeadline: string | null, invitations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, capacity: InvitationCapacity, status: InvitationStatus, participant:
            | { __typename: 'Organisation', acronym: string, name: string }
            | { __typename: 'State', iso3: string, name: string }
           } }> } } | null };

export type MeetingByCodeQueryVariables = Exact<{
  code: string;
}>;


export type MeetingByCodeQuery = { meetingByCode: { id: string, code: string, title: string, kind: MeetingKind, number: number, opensOn: string, closesOn: string, venue: string | null, city: string, status: MeetingStatus, delegationDeadline: string | null, reportingDeadline: string | null, version: number, conveningNote: { reference: string | null, date: string | null } } | null };

export type StatesChangedSinceQueryVariables = Exact<{
  updatedSince?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StatesChangedSinceQuery = { states: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, iso3: string, iso2: string | null, unShortName: string, unStatus: UnStatus, regionalGroup: RegionalGroup | null, updatedAt: string, names: { ar: string, zh: string, en: string, fr: string, ru: string, es: string }, treatyStatus: { signedOn: string | null, signatureSource: string | null, instrument: InstrumentKind | null, depositedOn: string | null, depositSource: string | null, entryIntoForceOn: string | null, entryIntoForceOverridden: boolean, withdrawalNotifiedOn: string | null, withdrawalEffectiveOn: string | null, withdrawalSource: string | null, note: string | null } | null } }> } };

export type MeetingsChangedSinceQueryVariables = Exact<{
  updatedSince?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MeetingsChangedSinceQuery = { meetings: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, kind: MeetingKind, number: number, title: string, opensOn: string, closesOn: string, venue: string | null, city: string, status: MeetingStatus, convenedOn: string | null, delegationDeadline: string | null, reportingDeadline: string | null, updatedAt: string } }> } };

export type TransparencyReportsChangedSinceQueryVariables = Exact<{
  updatedSince?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TransparencyReportsChangedSinceQuery = { transparencyReports: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: ReportKind, periodYear: number, periodStart: string, periodEnd: string, dueOn: string, receivedOn: string | null, publishedAt: string | null, updatedAt: string, forms: Array<{ letter: FormLetter, status: FormStatus, unchangedSinceYear: number | null }>, state: { iso3: string } } }> } };

export type MeetingsQueryVariables = Exact<{
  filter?: MeetingFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: MeetingOrder | null | undefined;
}>;


export type MeetingsQuery = { meetings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, kind: MeetingKind, number: number, title: string, opensOn: string, closesOn: string, city: string, status: MeetingStatus } }> } };

export type ReportingComplianceQueryVariables = Exact<{
  year: number;
  asOf?: string | null | undefined;
  status?: ComplianceStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReportingComplianceQuery = { reportingCompliance: { year: number, asOf: string, recordsBeginOn: string | null, total: number, totals: { onTime: number, late: number, overdue: number, notYetDue: number, notRecorded: number }, obligations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { kind: ReportKind, periodYear: number, dueOn: string, receivedOn: string | null, status: ComplianceStatus, state: { iso3: string, name: string } } }> } } };

export type TransparencyReportsQueryVariables = Exact<{
  filter?: TransparencyReportFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: TransparencyReportOrder | null | undefined;
}>;


export type TransparencyReportsQuery = { transparencyReports: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: ReportKind, periodYear: number, dueOn: string, receivedOn: string | null, published: boolean, compliance: ComplianceStatus, state: { iso3: string, name: string } } }> } };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { signIn:
    | { __typename: 'ConflictError', allowed: Array<WorkflowStatus> | null, code: ErrorCode, message: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string }
    | { __typename: 'MutationSignInSuccess', session: { token: string, expiresAt: string } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: string, message: string }> }
   };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, name: string, role: UserRole, state: { iso3: string, name: string } | null } | null };

export type StatesPartiesOnQueryVariables = Exact<{
  on: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  convention?: string | null | undefined;
  orderBy?: StateOrder | null | undefined;
}>;


export type StatesPartiesOnQuery = { states: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, iso3: string, name: string, regionalGroup: RegionalGroup | null, names: { ar: string, zh: string, en: string, fr: string, ru: string, es: string }, standing: { status: TreatyStatus, entryIntoForce: string | null, withdrawalEffective: string | null } } }> } };

export type StateListingFragment = { id: string, iso3: string, unStatus: UnStatus, regionalGroup: RegionalGroup | null, names: { ar: string, zh: string, en: string, fr: string, ru: string, es: string }, standing: { status: TreatyStatus, entryIntoForce: string | null, withdrawalEffective: string | null, depositedNotYetInForce: boolean, withdrawalPending: boolean } };

export type StatesQueryVariables = Exact<{
  filter?: StateFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  on: string;
  orderBy?: StateOrder | null | undefined;
}>;


export type StatesQuery = { states: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { name: string, id: string, iso3: string, unStatus: UnStatus, regionalGroup: RegionalGroup | null, names: { ar: string, zh: string, en: string, fr: string, ru: string, es: string }, standing: { status: TreatyStatus, entryIntoForce: string | null, withdrawalEffective: string | null, depositedNotYetInForce: boolean, withdrawalPending: boolean } } }> } };

export type StateQueryVariables = Exact<{
  iso3: string;
  on: string;
}>;


export type StateQuery = { state: { id: string, iso3: string, unShortName: string, unStatus: UnStatus, regionalGroup: RegionalGroup | null, names: { ar: string, zh: string, en: string, fr: string, ru: string, es: string }, standing: { status: TreatyStatus, entryIntoForce: string | null, withdrawalEffective: string | null }, treatyStatus: { signedOn: string | null, signatureSource: string | null, signatureVerified: boolean, instrument: InstrumentKind | null, depositedOn: string | null, depositSource: string | null, depositVerified: boolean, entryIntoForceOn: string | null, entryIntoForceOverridden: boolean, withdrawalNotifiedOn: string | null, withdrawalEffectiveOn: string | null, withdrawalSource: string | null, note: string | null } | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AdminParticipantFragmentDoc = new TypedDocumentString(`
    fragment AdminParticipant on Participant {
  __typename
  ... on State {
    id
    iso3
    names {
      ar
      zh
      en
      fr
      ru
      es
    }
  }
  ... on Organisation {
    id
    acronym
    name
  }
}
    `, {"fragmentName":"AdminParticipant"}) as unknown as TypedDocumentString<AdminParticipantFragment, unknown>;
export const AdminReportFragmentDoc = new TypedDocumentString(`
    fragment AdminReport on TransparencyReport {
  id
  kind
  periodYear
  dueOn
  dueOnOverridden
  receivedOn
  channel
  published
  publishedAt
  version
  compliance(asOf: $on)
  forms {
    letter
    status
    unchangedSinceYear
  }
}
    `, {"fragmentName":"AdminReport"}) as unknown as TypedDocumentString<AdminReportFragment, unknown>;
export const MutationErrorFragmentDoc = new TypedDocumentString(`
    fragment MutationError on Error {
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ConflictError {
    allowed
  }
}
    `, {"fragmentName":"MutationError"}) as unknown as TypedDocumentString<MutationErrorFragment, unknown>;
export const StateListingFragmentDoc = new TypedDocumentString(`
    fragment StateListing on State {
  id
  iso3
  names {
    ar
    zh
    en
    fr
    ru
    es
  }
  unStatus
  regionalGroup
  standing(on: $on) {
    status
    entryIntoForce
    withdrawalEffective
    depositedNotYetInForce
    withdrawalPending
  }
}
    `, {"fragmentName":"StateListing"}) as unknown as TypedDocumentString<StateListingFragment, unknown>;
export const AdminUsersDocument = new TypedDocumentString(`
    query AdminUsers($first: Int, $after: String) {
  users(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        email
        name
        role
        active
        createdAt
        lastSignInAt
        state {
          iso3
          names {
            ar
            zh
            en
            fr
            ru
            es
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:f6ab5c45678b4d47e9ab43cf884bd91667cf61b1586627ea16cc44a908d031d8"}) as unknown as TypedDocumentString<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminApiKeysDocument = new TypedDocumentString(`
    query AdminApiKeys($first: Int, $after: String) {
  apiKeys(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        prefix
        status
        scopes
        createdAt
        expiresAt
        revokedAt
        lastUsedAt
        organisation {
          acronym
          name
        }
      }
    }
  }
}
    `, {"hash":"sha256:45cf8eac2229b724b23cc52e3644b99447f25a4032fe2968d68f8be61a4ba9be"}) as unknown as TypedDocumentString<AdminApiKeysQuery, AdminApiKeysQueryVariables>;
export const AdminCreateUserDocument = new TypedDocumentString(`
    mutation AdminCreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    __typename
    ... on MutationCreateUserSuccess {
      user {
        id
        email
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ConflictError {
    allowed
  }
}`, {"hash":"sha256:c7db184da9208e939c50368f6e1f48233d84940f70ab7d2dcc0685096f41736d"}) as unknown as TypedDocumentString<AdminCreateUserMutation, AdminCreateUserMutationVariables>;
export const AdminUpdateUserDocument = new TypedDocumentString(`
    mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    __typename
    ... on MutationUpdateUserSuccess {
      user {
        id
        active
        role
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ConflictError {
    allowed
  }
}`, {"hash":"sha256:346070ad338c4ec00d17f496c19102d3307ea1925cb627774b9a685809013cfe"}) as unknown as TypedDocumentString<AdminUpdateUserMutation, AdminUpdateUserMutationVariables>;
export const AdminCreateApiKeyDocument = new TypedDocumentString(`
    mutation AdminCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    __typename
    ... on MutationCreateApiKeySuccess {
      key
      apiKey {
        id
        name
        prefix
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ConflictError {
    allowed
  }
}`, {"hash":"sha256:d5cd6b912f04ccd396c898e93995e7f10a0eef928c3064eb88c0b73551e2b911"}) as unknown as TypedDocumentString<AdminCreateApiKeyMutation, AdminCreateApiKeyMutationVariables>;
export const AdminRevokeApiKeyDocument = new TypedDocumentString(`
    mutation AdminRevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    __typename
    ... on MutationRevokeApiKeySuccess {
      apiKey {
        id
        status
        revokedAt
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ConflictError {
    allowed
  }
}`, {"hash":"sha256:1752fe9f65993ff0adf599fb7cab0c6cec652c01b865eb0e1782502172a34303"}) as unknown as TypedDocumentString<AdminRevokeApiKeyMutation, AdminRevokeApiKeyMutationVariables>;
export const AdminComplianceTotalsDocument = new TypedDocumentString(`
    query AdminComplianceTotals($year: Int!, $asOf: Date) {
  reportingCompliance(year: $year, asOf: $asOf) {
    year
    asOf
    recordsBeginOn
    total
    totals {
      onTime
      late
      overdue
      notYetDue
      notRecorded
    }
  }
}
    `, {"hash":"sha256:e3207c83bbc4ed31cb09742c3515bbc12d9558a7eac8ad64e955ce5cb31c92d7"}) as unknown as TypedDocumentString<AdminComplianceTotalsQuery, AdminComplianceTotalsQueryVariables>;
export const AdminComplianceObligationsDocument = new TypedDocumentString(`
    query AdminComplianceObligations($year: Int!, $asOf: Date, $status: ComplianceStatus, $first: Int, $after: String) {
  reportingCompliance(year: $year, asOf: $asOf) {
    year
    obligations(first: $first, after: $after, filter: {status: $status}) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          state {
            iso3
            names {
              ar
              zh
              en
              fr
              ru
              es
            }
          }
          kind
          periodYear
          dueOn
          dueOnOverridden
          receivedOn
          status
        }
      }
    }
  }
}
    `, {"hash":"sha256:92666828145f798724b30411793f9438bd39e88ec47bc649894025e47f6d4550"}) as unknown as TypedDocumentString<AdminComplianceObligationsQuery, AdminComplianceObligationsQueryVariables>;
export const AdminSetReportRecordsBeginDocument = new TypedDocumentString(`
    mutation AdminSetReportRecordsBegin($on: Date!) {
  setReportRecordsBegin(reportRecordsBeginOn: $on) {
    __typename
    ... on MutationSetReportRecordsBeginSuccess {
      convention {
        id
        reportRecordsBeginOn
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ConflictError {
    allowed
  }
}`, {"hash":"sha256:0210f4eb83d65fcf479a568f727950bcdab55d9e54f1c0575c91b6eb3ec54d6c"}) as unknown as TypedDocumentString<AdminSetReportRecordsBeginMutation, AdminSetReportRecordsBeginMutationVariables>;
export const AdminImportHistoricalReportsDocument = new TypedDocumentString(`
    mutation AdminImportHistoricalReports($csv: String!) {
  importHistoricalReports(input: {csv: $csv}) {
    __typename
    ... on MutationImportHistoricalReportsSuccess {
      result {
        imported
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ConflictError {
    allowed
  }
}`, {"hash":"sha256:e4ea4d0260edc393cb0753963499eba945621200a26baa20156b2a5f41737d75"}) as unknown as TypedDocumentString<AdminImportHistoricalReportsMutation, AdminImportHistoricalReportsMutationVariables>;
export const AdminContributionsStatusDocument = new TypedDocumentString(`
    query AdminContributionsStatus($asOf: Date, $inArrears: Boolean, $first: Int, $after: String) {
  contributionsStatus(asOf: $asOf) {
    asOf
    dueDays
    totals {
      currency
      amountAssessed
      paid
      outstanding
      credit
      notYetDue
      underOneYear
      oneToTwoYears
      overTwoYears
    }
    states(first: $first, after: $after, inArrears: $inArrears) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          state {
            iso3
            names {
              ar
              zh
              en
              fr
              ru
              es
            }
          }
          totals {
            currency
            amountAssessed
            paid
            outstanding
            credit
            notYetDue
            underOneYear
            oneToTwoYears
            overTwoYears
          }
          meetings {
            meeting {
              id
              code
            }
            currency
            dueOn
            outstanding
            arrearsAge
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:23532196a75062d37d3b3b03a111fd64335cb1f033466f6f2bcc7c828aa49c88"}) as unknown as TypedDocumentString<AdminContributionsStatusQuery, AdminContributionsStatusQueryVariables>;
export const AdminDashboardDocument = new TypedDocumentString(`
    query AdminDashboard($year: Int!, $asOf: Date!) {
  meetings(first: 12) {
    edges {
      node {
        id
        code
        title
        status
        opensOn
        closesOn
        city
        delegationDeadline
        reportingDeadline
        invitationCounts {
          capacity
          count
        }
        delegations(first: 1) {
          totalCount
        }
        costShares {
          id
          currency
          total
          paid
          outstanding
        }
      }
    }
  }
  reportingCompliance(year: $year, asOf: $asOf) {
    year
    asOf
    total
    totals {
      onTime
      late
      overdue
      notYetDue
      notRecorded
    }
  }
}
    `, {"hash":"sha256:8ba5a6d0c08596806ee0c2742202e4614b9f05c78f64af7f3a02190d486e727b"}) as unknown as TypedDocumentString<AdminDashboardQuery, AdminDashboardQueryVariables>;
export const AdminMeetingDocumentsDocument = new TypedDocumentString(`
    query AdminMeetingDocuments($id: ID!, $first: Int, $after: String) {
  meeting(id: $id) {
    id
    documents(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          symbol
          title
          kind
          languages
          status
          issuedOn
          url
        }
      }
    }
  }
}
    `, {"hash":"sha256:f364e9a5b32734d377eeab0e93de442d794a04cea786d9d242ebaa3703cb4bc2"}) as unknown as TypedDocumentString<AdminMeetingDocumentsQuery, AdminMeetingDocumentsQueryVariables>;
export const AdminMeetingForEditDocument = new TypedDocumentString(`
    query AdminMeetingForEdit($id: ID!) {
  meeting(id: $id) {
    id
    version
    code
    title
    opensOn
    closesOn
    venue
    city
    country
    venueFr
    cityFr
    countryFr
    timeZone
    webPage
    delegationDeadline
    delegationDeadlineWeekdayAsIssued
    reportingDeadline
    secretariatOffice {
      code
    }
    conveningNote {
      reference
      date
      issuingOffice {
        code
      }
      mandateResolution {
        number
      }
      addressees
      addresseesFr
    }
  }
  offices {
    code
    name
  }
  generalAssemblyResolutions {
    number
    symbol
    title
    adoptedOn
  }
}
    `, {"hash":"sha256:f34e1cde63853774596729c621e63c3bc7c0fb76049477dc481a00def790b00f"}) as unknown as TypedDocumentString<AdminMeetingForEditQuery, AdminMeetingForEditQueryVariables>;
export const AdminUpdateMeetingDocument = new TypedDocumentString(`
    mutation AdminUpdateMeeting($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {
  updateMeeting(id: $id, version: $version, input: $input) {
    __typename
    ... on MutationUpdateMeetingSuccess {
      meeting {
        id
        version
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ConflictError {
    allowed
  }
}`, {"hash":"sha256:ea7c83075bc6d0c980dbfa643abc3efcb4bb665abadf158e53432557379cc820"}) as unknown as TypedDocumentString<AdminUpdateMeetingMutation, AdminUpdateMeetingMutationVariables>;
export const AdminMeetingsDocument = new TypedDocumentString(`
    query AdminMeetings($first: Int, $after: String, $filter: MeetingFilter) {
  meetings(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        code
        title
        kind
        number
        status
        opensOn
        closesOn
        venue
        city
        delegationDeadline
        convenedOn
      }
    }
  }
}
    `, {"hash":"sha256:52bc995b363eec84ef0f5eb135bf29143797af56007651d372d0b417ba512835"}) as unknown as TypedDocumentString<AdminMeetingsQuery, AdminMeetingsQueryVariables>;
export const AdminMeetingDocument = new TypedDocumentString(`
    query AdminMeeting($id: ID!) {
  meeting(id: $id) {
    id
    version
    code
    title
    kind
    number
    part
    status
    opensOn
    closesOn
    venue
    city
    country
    timeZone
    symbolPrefix
    delegationDeadline
    reportingDeadline
    convenedOn
    presidentName
    presidentState {
      iso3
      names {
        ar
        zh
        en
        fr
        ru
        es
      }
    }
    conveningNote {
      reference
      date
      issuingOffice {
        code
        name
      }
      mandateResolution {
        symbol
      }
      deadlineWeekdayDisagreement {
        message
      }
    }
    invitationCounts {
      capacity
      count
    }
  }
}
    `, {"hash":"sha256:a783a59b3665ea87fd86f4c3c8b51803a63091d2e536346b0ad3c421b1807938"}) as unknown as TypedDocumentString<AdminMeetingQuery, AdminMeetingQueryVariables>;
export const AdminMeetingInvitationsDocument = new TypedDocumentString(`
    query AdminMeetingInvitations($id: ID!, $first: Int, $after: String, $filter: InvitationFilter) {
  meeting(id: $id) {
    id
    invitations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          capacity
          capacityChanges {
            changedAt
            previousCapacity
            capacity
          }
          status
          participant {
            ...AdminParticipant
          }
          delegation {
            id
          }
        }
      }
    }
  }
}
    fragment AdminParticipant on Participant {
  __typename
  ... on State {
    id
    iso3
    names {
      ar
      zh
      en
      fr
      ru
      es
    }
  }
  ... on Organisation {
    id
    acronym
    name
  }
}`, {"hash":"sha256:47b8217638a5d2e5823e2cd5d76231fb9f21df30b2e91ccc1a1f2fd5c90b6f79"}) as unknown as TypedDocumentString<AdminMeetingInvitationsQuery, AdminMeetingInvitationsQueryVariables>;
export const AdminMeetingDelegationsDocument = new TypedDocumentString(`
    query AdminMeetingDelegations($id: ID!, $first: Int, $after: String, $filter: DelegationFilter) {
  meeting(id: $id) {
    id
    delegationDeadline
    delegations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          version
          submittedAt
          lastAmendedAt
          timeliness
          amendedAfterDeadline
          publicListConsent
          participant {
            ...AdminParticipant
          }
          invitation {
            id
            capacity
          }
          members {
            position
            role
            salutation
            givenName
            familyName
            title
            email
            phone
          }
          credentials {
            status
            issuingAuthority
            authorisedBy
            documentKind
            receivedDate
          }
        }
      }
    }
  }
}
    fragment AdminParticipant on Participant {
  __typename
  ... on State {
    id
    iso3
    names {
      ar
      zh
      en
      fr
      ru
      es
    }
  }
  ... on Organisation {
    id
    acronym
    name
  }
}`, {"hash":"sha256:7bd051841b0738f20d9719827ff21c7d5f09b4d016f8fa0e943dc3fc16c072b0"}) as unknown as TypedDocumentString<AdminMeetingDelegationsQuery, AdminMeetingDelegationsQueryVariables>;
export const AdminMeetingCostsDocument = new TypedDocumentString(`
    query AdminMeetingCosts($id: ID!) {
  meeting(id: $id) {
    id
    costEstimate {
      id
      version
      kind
      currency
      total
      createdAt
      lines(first: 100) {
        edges {
          node {
            position
            description
            amount
          }
        }
      }
    }
    costShares {
      id
      version
      issuedAt
      currency
      total
      paid
      outstanding
      payerRule
      ceilingAndFloorReapplied
      scale {
        name
      }
      scaleOverrideReason
    }
  }
}
    `, {"hash":"sha256:c5bd916c45c073a64508259c24155b219e3f50c4f0aeff30e2c60c1c75578cfa"}) as unknown as TypedDocumentString<AdminMeetingCostsQuery, AdminMeetingCostsQueryVariables>;
export const AdminMeetingRecordedParticipantsDocument = new TypedDocumentString(`
    query AdminMeetingRecordedParticipants($id: ID!, $first: Int, $after: String) {
  meeting(id: $id) {
    id
    recordedParticipants(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          capacity
          participationRecordedAt
          participant {
            __typename
            ... on State {
              iso3
              names {
                ar
                zh
                en
                fr
                ru
                es
              }
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:1fad0400cbdbcc267904dcb26114e904b1fb9f0fa8aa76d591e37b956dced468"}) as unknown as TypedDocumentString<AdminMeetingRecordedParticipantsQuery, AdminMeetingRecordedParticipantsQueryVariables>;
export const AdminMeetingCostSharesDocument = new TypedDocumentString(`
    query AdminMeetingCostShares($id: ID!, $first: Int, $after: String) {
  meeting(id: $id) {
    id
    costShares {
      id
      shares(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            state {
              iso3
              names {
                ar
                zh
                en
                fr
                ru
                es
              }
            }
            assessed
            ratePercent
            sharePercent
            amount
            paid
            outstanding
            credit
            currency
            payments(first: 20) {
              edges {
                node {
                  id
                  amount
                  currency
                  receivedOn
                  reference
                }
              }
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:22d727584cdeb6ec703596772cfc86aeb6a77fbdebab5414db9a671140f56596"}) as unknown as TypedDocumentString<AdminMeetingCostSharesQuery, AdminMeetingCostSharesQueryVariables>;
export const AdminCreateMeetingDocument = new TypedDocumentString(`
    mutation AdminCreateMeeting($input: CreateMeetingInput!) {
  createMeeting(input: $input) {
    __typename
    ... on MutationCreateMeetingSuccess {
      meeting {
        id
        code
        title
        status
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ConflictError {
    allowed
  }
}`, {"hash":"sha256:38f39ebcd1e02ff062214c325ea65fc976469a2c6afef5663df8c79a606a3ccc"}) as unknown as TypedDocumentString<AdminCreateMeetingMutation, AdminCreateMeetingMutationVariables>;
export const AdminConveneMeetingDocument = new TypedDocumentString(`
    mutation AdminConveneMeeting($id: ID!, $version: Int, $conveningDate: Date) {
  conveneMeeting(id: $id, version: $version, conveningDate: $conveningDate) {
    __typename
    ... on MutationConveneMeetingSuccess {
      meeting {
        id
        status
        convenedOn
        version
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ConflictError {
    allowed
  }
}`, {"hash":"sha256:44e27ca8a05b97bd6210f454f7c3aa3662b1840d56631c5e60d851d36940a8a3"}) as unknown as TypedDocumentString<AdminConveneMeetingMutation, AdminConveneMeetingMutationVariables>;
export const AdminChangeMeetingStatusDocument = new TypedDocumentString(`
    mutation AdminChangeMeetingStatus($id: ID!, $status: MeetingStatus!, $version: Int!) {
  changeMeetingStatus(id: $id, status: $status, version: $version) {
    __typename
    ... on MutationChangeMeetingStatusSuccess {
      meeting {
        id
        status
        version
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ConflictError {
    allowed
  }
}`, {"hash":"sha256:9d21eadfd64886d049497008e22aebea2f0579780ff465a7cc9403e3674528a5"}) as unknown as TypedDocumentString<AdminChangeMeetingStatusMutation, AdminChangeMeetingStatusMutationVariables>;
export const AdminSubmitDelegationDocument = new TypedDocumentString(`
    mutation AdminSubmitDelegation($invitationId: ID!, $input: DelegationInput!) {
  submitDelegation(invitationId: $invitationId, input: $input) {
    __typename
    ... on MutationSubmitDelegationSuccess {
      delegation {
        id
        timeliness
        submittedAt
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ConflictError {
    allowed
  }
}`, {"hash":"sha256:defeac482f119ba089ddbe6de58f4a728c18dcea3320e73dacf29f988d9f1851"}) as unknown as TypedDocumentString<AdminSubmitDelegationMutation, AdminSubmitDelegationMutationVariables>;
export const AdminAmendDelegationDocument = new TypedDocumentString(`
    mutation AdminAmendDelegation($delegationId: ID!, $version: Int!, $input: DelegationInput!) {
  amendDelegation(delegationId: $delegationId, version: $version, input: $input) {
    __typename
    ... on MutationAmendDelegationSuccess {
      delegation {
        id
        version
        timeliness
        amendedAfterDeadline
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ConflictError {
    allowed
  }
}`, {"hash":"sha256:38be74d351e925a55d0bf28a13c607a51c7271c357e3059e6154f8121e09df3e"}) as unknown as TypedDocumentString<AdminAmendDelegationMutation, AdminAmendDelegationMutationVariables>;
export const AdminRecordCredentialsDocument = new TypedDocumentString(`
    mutation AdminRecordCredentials($delegationId: ID!, $input: CredentialsInput!) {
  recordCredentials(delegationId: $delegationId, input: $input) {
    __typename
    ... on MutationRecordCredentialsSuccess {
      delegation {
        id
        credentials {
          status
        }
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ConflictError {
    allowed
  }
}`, {"hash":"sha256:b0e6d4f7a7223c642bff9c240d30ae8b7cddf82191a17f0022a30aa1c7190b25"}) as unknown as TypedDocumentString<AdminRecordCredentialsMutation, AdminRecordCredentialsMutationVariables>;
export const AdminSetCostEstimateDocument = new TypedDocumentString(`
    mutation AdminSetCostEstimate($meetingId: ID!, $input: SetCostEstimateInput!) {
  setCostEstimate(meetingId: $meetingId, input: $input) {
    __typename
    ... on MutationSetCostEstimateSuccess {
      costEstimate {
        id
        version
        total
        currency
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ConflictError {
    allowed
  }
}`, {"hash":"sha256:70ba207615d5c65fc5f26c293410fb03521e6e4c5fea46485cc9a54a36dd157e"}) as unknown as TypedDocumentString<AdminSetCostEstimateMutation, AdminSetCostEstimateMutationVariables>;
export const AdminIssueCostSharesDocument = new TypedDocumentString(`
    mutation AdminIssueCostShares($meetingId: ID!, $input: IssueCostSharesInput!) {
  issueCostShares(meetingId: $meetingId, input: $input) {
    __typename
    ... on MutationIssueCostSharesSuccess {
      costShareIssue {
        id
        version
        total
        scale {
          name
        }
        scaleOverrideReason
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ConflictError {
    allowed
  }
}`, {"hash":"sha256:8f67e43d90585261e687908625123c77ba60f58f85529d86506e43f9d3844383"}) as unknown as TypedDocumentString<AdminIssueCostSharesMutation, AdminIssueCostSharesMutationVariables>;
export const AdminRecordMeetingParticipantsDocument = new TypedDocumentString(`
    mutation AdminRecordMeetingParticipants($meetingId: ID!, $input: RecordMeetingParticipantsInput!) {
  recordMeetingParticipants(meetingId: $meetingId, input: $input) {
    __typename
    ... on MutationRecordMeetingParticipantsSuccess {
      invitations {
        id
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ConflictError {
    allowed
  }
}`, {"hash":"sha256:74ab48ed17b132647b8f2583029f13c76a18433c2c2aa0369e592d08176ba6a1"}) as unknown as TypedDocumentString<AdminRecordMeetingParticipantsMutation, AdminRecordMeetingParticipantsMutationVariables>;
export const AdminRecordPaymentDocument = new TypedDocumentString(`
    mutation AdminRecordPayment($costShareId: ID!, $input: RecordPaymentInput!) {
  recordPayment(costShareId: $costShareId, input: $input) {
    __typename
    ... on MutationRecordPaymentSuccess {
      payment {
        id
        amount
        currency
        receivedOn
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ConflictError {
    allowed
  }
}`, {"hash":"sha256:e110efc5e5c463a2f0227162813e7dd787ac42351cfa0bad2ec0254666990f70"}) as unknown as TypedDocumentString<AdminRecordPaymentMutation, AdminRecordPaymentMutationVariables>;
export const AdminObserverApplicationsDocument = new TypedDocumentString(`
    query AdminObserverApplications($id: ID!, $first: Int, $after: String) {
  meeting(id: $id) {
    id
    observerApplications(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          motivation
          requestedAt
          decidedAt
          decisionNote
          contactName
          contactEmail
          statusHistory {
            status
            at
            note
          }
          participant {
            ...AdminParticipant
          }
        }
      }
    }
  }
}
    fragment AdminParticipant on Participant {
  __typename
  ... on State {
    id
    iso3
    names {
      ar
      zh
      en
      fr
      ru
      es
    }
  }
  ... on Organisation {
    id
    acronym
    name
  }
}`, {"hash":"sha256:a23ba7eec61e50c6ed168eefdcc5c2dc339917234be906bfe8ebd5c4651713bc"}) as unknown as TypedDocumentString<AdminObserverApplicationsQuery, AdminObserverApplicationsQueryVariables>;
export const AdminDecideObserverApplicationDocument = new TypedDocumentString(`
    mutation AdminDecideObserverApplication($invitationId: ID!, $decision: ObserverDecision!, $note: String) {
  decideObserverApplication(
    invitationId: $invitationId
    decision: $decision
    note: $note
  ) {
    __typename
    ... on MutationDecideObserverApplicationSuccess {
      invitation {
        id
        status
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ConflictError {
    allowed
  }
}`, {"hash":"sha256:2f833e6cb61ff5440882b8c7e5915aabdc46bc4ebc578caef2718d837d7cb6cd"}) as unknown as TypedDocumentString<AdminDecideObserverApplicationMutation, AdminDecideObserverApplicationMutationVariables>;
export const PublicMeetingForApplicationDocument = new TypedDocumentString(`
    query PublicMeetingForApplication($code: String!) {
  meetingByCode(code: $code) {
    id
    code
    title
    opensOn
    closesOn
    city
    status
  }
}
    `, {"hash":"sha256:246956179235d08d9cbe5de132af111b48178965a11f9b34cfeae6e88f67d202"}) as unknown as TypedDocumentString<PublicMeetingForApplicationQuery, PublicMeetingForApplicationQueryVariables>;
export const PublicApplyToObserveDocument = new TypedDocumentString(`
    mutation PublicApplyToObserve($meetingId: ID!, $input: PublicObserverApplicationInput!) {
  applyToObserve(meetingId: $meetingId, input: $input) {
    __typename
    ... on MutationApplyToObserveSuccess {
      receipt {
        receivedAt
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ConflictError {
    allowed
  }
}`, {"hash":"sha256:d9ae18c5488d7ed8745f4817618254aa877bebb3e2a0441ec03628e9b9323d32"}) as unknown as TypedDocumentString<PublicApplyToObserveMutation, PublicApplyToObserveMutationVariables>;
export const AdminStateReportsDocument = new TypedDocumentString(`
    query AdminStateReports($iso3: String!, $on: Date!) {
  state(iso3: $iso3) {
    id
    iso3
    reports(first: 100) {
      totalCount
      edges {
        node {
          ...AdminReport
        }
      }
    }
  }
}
    fragment AdminReport on TransparencyReport {
  id
  kind
  periodYear
  dueOn
  dueOnOverridden
  receivedOn
  channel
  published
  publishedAt
  version
  compliance(asOf: $on)
  forms {
    letter
    status
    unchangedSinceYear
  }
}`, {"hash":"sha256:462613cc8d5fc006c56a2dda3a32691e9251cd03d04ab60accccb4fedfe1c945"}) as unknown as TypedDocumentString<AdminStateReportsQuery, AdminStateReportsQueryVariables>;
export const AdminRecordReportDocument = new TypedDocumentString(`
    mutation AdminRecordReport($input: RecordTransparencyReportInput!, $on: Date!) {
  recordTransparencyReport(input: $input) {
    __typename
    ... on MutationRecordTransparencyReportSuccess {
      report {
        ...AdminReport
      }
    }
    ...MutationError
  }
}
    fragment AdminReport on TransparencyReport {
  id
  kind
  periodYear
  dueOn
  dueOnOverridden
  receivedOn
  channel
  published
  publishedAt
  version
  compliance(asOf: $on)
  forms {
    letter
    status
    unchangedSinceYear
  }
}
fragment MutationError on Error {
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ConflictError {
    allowed
  }
}`, {"hash":"sha256:7fb381190c997ebb1220f403cbcbda224781f2f62e91734aeb22e691bc703fe6"}) as unknown as TypedDocumentString<AdminRecordReportMutation, AdminRecordReportMutationVariables>;
export const AdminUpdateReportFormsDocument = new TypedDocumentString(`
    mutation AdminUpdateReportForms($reportId: ID!, $version: Int!, $forms: [ReportFormInput!]!, $on: Date!) {
  updateReportForms(reportId: $reportId, version: $version, forms: $forms) {
    __typename
    ... on MutationUpdateReportFormsSuccess {
      report {
        ...AdminReport
      }
    }
    ...MutationError
  }
}
    fragment AdminReport on TransparencyReport {
  id
  kind
  periodYear
  dueOn
  dueOnOverridden
  receivedOn
  channel
  published
  publishedAt
  version
  compliance(asOf: $on)
  forms {
    letter
    status
    unchangedSinceYear
  }
}
fragment MutationError on Error {
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ConflictError {
    allowed
  }
}`, {"hash":"sha256:38a77a2a3f14e6c4ff645fb97227837c7c24535f6b2236dde8be18ab192ecdda"}) as unknown as TypedDocumentString<AdminUpdateReportFormsMutation, AdminUpdateReportFormsMutationVariables>;
export const AdminPublishReportDocument = new TypedDocumentString(`
    mutation AdminPublishReport($reportId: ID!, $version: Int!, $on: Date!) {
  publishReport(reportId: $reportId, version: $version) {
    __typename
    ... on MutationPublishReportSuccess {
      report {
        ...AdminReport
      }
    }
    ...MutationError
  }
}
    fragment AdminReport on TransparencyReport {
  id
  kind
  periodYear
  dueOn
  dueOnOverridden
  receivedOn
  channel
  published
  publishedAt
  version
  compliance(asOf: $on)
  forms {
    letter
    status
    unchangedSinceYear
  }
}
fragment MutationError on Error {
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ConflictError {
    allowed
  }
}`, {"hash":"sha256:1fccebae869d2c4842336f41a4128cbad9c901f0ded984c885d07cad065a080f"}) as unknown as TypedDocumentString<AdminPublishReportMutation, AdminPublishReportMutationVariables>;
export const AdminReportReminderDocument = new TypedDocumentString(`
    query AdminReportReminder($iso3: String!, $kind: ReportKind!, $periodYear: Int!, $reference: String!, $date: Date, $issuingOffice: String!, $submissionOffice: String, $language: Language) {
  state(iso3: $iso3) {
    id
    reportReminder(
      kind: $kind
      periodYear: $periodYear
      reference: $reference
      date: $date
      issuingOffice: $issuingOffice
      submissionOffice: $submissionOffice
      language: $language
      format: TEXT
    ) {
      content
      fileName
    }
  }
}
    `, {"hash":"sha256:275cdfea2140969a501ad60b6c339a53016ed296f0d1b0ce7af133399b8f3da2"}) as unknown as TypedDocumentString<AdminReportReminderQuery, AdminReportReminderQueryVariables>;
export const AdminSendReportReminderDocument = new TypedDocumentString(`
    mutation AdminSendReportReminder($input: SendReportReminderInput!) {
  sendReportReminder(input: $input) {
    __typename
    ... on MutationSendReportReminderSuccess {
      reminder {
        reference
        date
        dueOn
        language
        sentAt
        state {
          iso3
        }
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ConflictError {
    allowed
  }
}`, {"hash":"sha256:88ae27e7e3caf1362b2434d4348c192866317becaa60854bcbaf6b85f0696a9f"}) as unknown as TypedDocumentString<AdminSendReportReminderMutation, AdminSendReportReminderMutationVariables>;
export const AdminDelegationChangesDocument = new TypedDocumentString(`
    query AdminDelegationChanges($id: ID!) {
  node(id: $id) {
    id
    ... on Delegation {
      changes(first: 100) {
        totalCount
        edges {
          node {
            version
            changedAt
            changedByName
            afterDeadline
            before
            after
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:bdf9d77534be209c32c05c3118face4657201a3c26398fc19669611d90b8de4f"}) as unknown as TypedDocumentString<AdminDelegationChangesQuery, AdminDelegationChangesQueryVariables>;
export const AdminAuditEventsDocument = new TypedDocumentString(`
    query AdminAuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        at
        action
        entityType
        entityId
        actorName
        before
        after
        entity {
          __typename
          id
          ... on Meeting {
            title
          }
          ... on State {
            iso3
          }
          ... on TransparencyReport {
            kind
            periodYear
            state {
              iso3
            }
          }
          ... on Delegation {
            invitation {
              meeting {
                id
                title
              }
            }
          }
          ... on Invitation {
            meeting {
              id
              title
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:f32606e7c4ab4f96ba0798f9118eeefce5e1d224f2a7a528485e46c1ca6a01a9"}) as unknown as TypedDocumentString<AdminAuditEventsQuery, AdminAuditEventsQueryVariables>;
export const AdminSendReportRemindersDocument = new TypedDocumentString(`
    mutation AdminSendReportReminders($input: SendReportRemindersInput!) {
  sendReportReminders(input: $input) {
    __typename
    ... on MutationSendReportRemindersSuccess {
      reminders {
        reference
        date
        dueOn
        language
        sentAt
        state {
          iso3
        }
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ConflictError {
    allowed
  }
}`, {"hash":"sha256:84174e0a7129e3db6144a81cae6f54e4e41d7f1fa41ad209bf15a2c91289a245"}) as unknown as TypedDocumentString<AdminSendReportRemindersMutation, AdminSendReportRemindersMutationVariables>;
export const AdminStateRemindersSentDocument = new TypedDocumentString(`
    query AdminStateRemindersSent($iso3: String!) {
  state(iso3: $iso3) {
    id
    reportRemindersSent(first: 100) {
      totalCount
      edges {
        node {
          reference
          kind
          periodYear
          date
          dueOn
          language
          sentAt
          sentByName
        }
      }
    }
  }
}
    `, {"hash":"sha256:1052963c1c69e46b1ba70b2f9d18694caedc2964437802b8fa8cd1e5d94b0273"}) as unknown as TypedDocumentString<AdminStateRemindersSentQuery, AdminStateRemindersSentQueryVariables>;
export const AdminAssessmentScalesDocument = new TypedDocumentString(`
    query AdminAssessmentScales($first: Int, $after: String) {
  assessmentScales(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        firstYear
        lastYear
        resolution
        source
        complete
        importedAt
        rates(first: 1) {
          totalCount
        }
      }
    }
  }
}
    `, {"hash":"sha256:434a2b1a8f5ed7c743b8520ec67f825a1864a978027214e925b9a220f3123e29"}) as unknown as TypedDocumentString<AdminAssessmentScalesQuery, AdminAssessmentScalesQueryVariables>;
export const AdminImportAssessmentScaleDocument = new TypedDocumentString(`
    mutation AdminImportAssessmentScale($input: ImportAssessmentScaleInput!) {
  importAssessmentScale(input: $input) {
    __typename
    ... on MutationImportAssessmentScaleSuccess {
      assessmentScale {
        id
        name
        rates(first: 1) {
          totalCount
        }
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ConflictError {
    allowed
  }
}`, {"hash":"sha256:6737ad3fbb2313faa24775ac5a1919b5fba7455c5e0210cf497ded9b1b7e5f3b"}) as unknown as TypedDocumentString<AdminImportAssessmentScaleMutation, AdminImportAssessmentScaleMutationVariables>;
export const AdminStatesDocument = new TypedDocumentString(`
    query AdminStates($on: Date!, $first: Int, $after: String, $filter: StateFilter) {
  states(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...StateListing
      }
    }
  }
}
    fragment StateListing on State {
  id
  iso3
  names {
    ar
    zh
    en
    fr
    ru
    es
  }
  unStatus
  regionalGroup
  standing(on: $on) {
    status
    entryIntoForce
    withdrawalEffective
    depositedNotYetInForce
    withdrawalPending
  }
}`, {"hash":"sha256:62a4b054d7b55407f599f93dcf57b09783eedaae58c56dd2a720812ce388d741"}) as unknown as TypedDocumentString<AdminStatesQuery, AdminStatesQueryVariables>;
export const AdminStateDocument = new TypedDocumentString(`
    query AdminState($iso3: String!, $on: Date!) {
  state(iso3: $iso3) {
    unShortName
    ...StateListing
    treatyStatus {
      signedOn
      signatureSource
      instrument
      depositedOn
      depositSource
      entryIntoForceOn
      entryIntoForceOverridden
      withdrawalNotifiedOn
      withdrawalEffectiveOn
      withdrawalSource
      note
    }
    delegations(first: 50) {
      totalCount
      edges {
        node {
          id
          submittedAt
          timeliness
          amendedAfterDeadline
          credentials {
            status
          }
          invitation {
            id
            capacity
            meeting {
              id
              code
              title
              opensOn
            }
          }
        }
      }
    }
    costShares(first: 50) {
      totalCount
      edges {
        node {
          id
          assessed
          amount
          paid
          outstanding
          currency
          issue {
            id
            version
            meeting {
              id
              code
              title
            }
          }
        }
      }
    }
  }
}
    fragment StateListing on State {
  id
  iso3
  names {
    ar
    zh
    en
    fr
    ru
    es
  }
  unStatus
  regionalGroup
  standing(on: $on) {
    status
    entryIntoForce
    withdrawalEffective
    depositedNotYetInForce
    withdrawalPending
  }
}`, {"hash":"sha256:9a2548b0fc6bcf0288af36e4c01e27542f4131cae70a60add850bd0e864c183c"}) as unknown as TypedDocumentString<AdminStateQuery, AdminStateQueryVariables>;
export const RegisterDelegationDocument = new TypedDocumentString(`
    mutation RegisterDelegation($invitationId: ID!, $input: DelegationInput!) {
  submitDelegation(invitationId: $invitationId, input: $input) {
    __typename
    ... on MutationSubmitDelegationSuccess {
      delegation {
        id
        version
        timeliness
        submittedAt
        members {
          role
          position
          givenName
          familyName
        }
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ConflictError {
    allowed
  }
}`, {"hash":"sha256:6356a55e87ac4ad8611495ea6c85a92659cab4c8e71af83aa1bd972c34ebe5e3"}) as unknown as TypedDocumentString<RegisterDelegationMutation, RegisterDelegationMutationVariables>;
export const AmendDelegationDocument = new TypedDocumentString(`
    mutation AmendDelegation($delegationId: ID!, $version: Int!, $input: DelegationInput!) {
  amendDelegation(delegationId: $delegationId, version: $version, input: $input) {
    __typename
    ... on MutationAmendDelegationSuccess {
      delegation {
        id
        version
        timeliness
        amendedAfterDeadline
        members {
          role
          position
          givenName
          familyName
        }
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ConflictError {
    allowed
  }
}`, {"hash":"sha256:2a6c85a8ee0a33544d00c7ee54fe5897f81f2f4b5f217f129d5022a1adb965f2"}) as unknown as TypedDocumentString<AmendDelegationMutation, AmendDelegationMutationVariables>;
export const DelegationMembersDocument = new TypedDocumentString(`
    query DelegationMembers($meetingId: ID!, $first: Int, $after: String) {
  meeting(id: $meetingId) {
    id
    delegations(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          version
          timeliness
          participant {
            __typename
            ... on State {
              iso3
            }
            ... on Organisation {
              acronym
            }
          }
          members {
            role
            position
            salutation
            givenName
            familyName
            title
            email
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:fe2d9352abcfa336a1dd2e437a0c12f58e98038f7f9153e989144adfcf57b173"}) as unknown as TypedDocumentString<DelegationMembersQuery, DelegationMembersQueryVariables>;
export const MeetingInvitationsDocument = new TypedDocumentString(`
    query MeetingInvitations($id: ID!, $capacity: InvitationCapacity, $first: Int, $after: String, $orderBy: InvitationOrder) {
  meeting(id: $id) {
    id
    code
    title
    opensOn
    closesOn
    city
    venue
    status
    delegationDeadline
    invitations(
      filter: {capacity: $capacity}
      orderBy: $orderBy
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          capacity
          status
          participant {
            __typename
            ... on State {
              iso3
              name
            }
            ... on Organisation {
              acronym
              name
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:3090fe67dc090a21d9329157b804af46ee943cf925a0aefe29168b5152401021"}) as unknown as TypedDocumentString<MeetingInvitationsQuery, MeetingInvitationsQueryVariables>;
export const MeetingByCodeDocument = new TypedDocumentString(`
    query MeetingByCode($code: String!) {
  meetingByCode(code: $code) {
    id
    code
    title
    kind
    number
    opensOn
    closesOn
    venue
    city
    status
    delegationDeadline
    reportingDeadline
    conveningNote {
      reference
      date
    }
    version
  }
}
    `, {"hash":"sha256:2c1531927ec539867a62c3bdd71b3e40dfd3dc5f256aed446eb40bed0904389a"}) as unknown as TypedDocumentString<MeetingByCodeQuery, MeetingByCodeQueryVariables>;
export const StatesChangedSinceDocument = new TypedDocumentString(`
    query StatesChangedSince($updatedSince: DateTime, $first: Int, $after: String) {
  states(filter: {updatedSince: $updatedSince}, first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        iso3
        iso2
        unShortName
        names {
          ar
          zh
          en
          fr
          ru
          es
        }
        unStatus
        regionalGroup
        updatedAt
        treatyStatus {
          signedOn
          signatureSource
          instrument
          depositedOn
          depositSource
          entryIntoForceOn
          entryIntoForceOverridden
          withdrawalNotifiedOn
          withdrawalEffectiveOn
          withdrawalSource
          note
        }
      }
    }
  }
}
    `, {"hash":"sha256:00287fc481efa496e1413a06021d9b70c544987dab8766c89a21bbeeb0dac45a"}) as unknown as TypedDocumentString<StatesChangedSinceQuery, StatesChangedSinceQueryVariables>;
export const MeetingsChangedSinceDocument = new TypedDocumentString(`
    query MeetingsChangedSince($updatedSince: DateTime, $first: Int, $after: String) {
  meetings(filter: {updatedSince: $updatedSince}, first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        code
        kind
        number
        title
        opensOn
        closesOn
        venue
        city
        status
        convenedOn
        delegationDeadline
        reportingDeadline
        updatedAt
      }
    }
  }
}
    `, {"hash":"sha256:629b96329a143b67ee1b55bccd34230fb1c798ed7f7a617a18debdd4fdf238e1"}) as unknown as TypedDocumentString<MeetingsChangedSinceQuery, MeetingsChangedSinceQueryVariables>;
export const TransparencyReportsChangedSinceDocument = new TypedDocumentString(`
    query TransparencyReportsChangedSince($updatedSince: DateTime, $first: Int, $after: String) {
  transparencyReports(
    filter: {updatedSince: $updatedSince}
    first: $first
    after: $after
  ) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        kind
        periodYear
        periodStart
        periodEnd
        dueOn
        receivedOn
        publishedAt
        forms {
          letter
          status
          unchangedSinceYear
        }
        state {
          iso3
        }
        updatedAt
      }
    }
  }
}
    `, {"hash":"sha256:c1625c018072e630a3a55f9fda9c22475bf4b85f43759908170d12d4cdd9fa14"}) as unknown as TypedDocumentString<TransparencyReportsChangedSinceQuery, TransparencyReportsChangedSinceQueryVariables>;
export const MeetingsDocument = new TypedDocumentString(`
    query Meetings($filter: MeetingFilter, $first: Int, $after: String, $orderBy: MeetingOrder) {
  meetings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        code
        kind
        number
        title
        opensOn
        closesOn
        city
        status
      }
    }
  }
}
    `, {"hash":"sha256:50015a8f0fa44ed1a08605e5fa993ef4f5f2578ea14cc58b55c6b34a97d71be5"}) as unknown as TypedDocumentString<MeetingsQuery, MeetingsQueryVariables>;
export const ReportingComplianceDocument = new TypedDocumentString(`
    query ReportingCompliance($year: Int!, $asOf: Date, $status: ComplianceStatus, $first: Int, $after: String) {
  reportingCompliance(year: $year, asOf: $asOf) {
    year
    asOf
    recordsBeginOn
    total
    totals {
      onTime
      late
      overdue
      notYetDue
      notRecorded
    }
    obligations(first: $first, after: $after, filter: {status: $status}) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          state {
            iso3
            name
          }
          kind
          periodYear
          dueOn
          receivedOn
          status
        }
      }
    }
  }
}
    `, {"hash":"sha256:499b2fb241a49779c529bf5d28c490d02f7677a28f448916e65d9de77e6f46a1"}) as unknown as TypedDocumentString<ReportingComplianceQuery, ReportingComplianceQueryVariables>;
export const TransparencyReportsDocument = new TypedDocumentString(`
    query TransparencyReports($filter: TransparencyReportFilter, $first: Int, $after: String, $orderBy: TransparencyReportOrder) {
  transparencyReports(
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        kind
        periodYear
        dueOn
        receivedOn
        published
        compliance
        state {
          iso3
          name
        }
      }
    }
  }
}
    `, {"hash":"sha256:c2c9e135f579f5581619d263feea7195b6ac13958550c4135d4b6fe60ba80b54"}) as unknown as TypedDocumentString<TransparencyReportsQuery, TransparencyReportsQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    __typename
    ... on MutationSignInSuccess {
      session {
        token
        expiresAt
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on ConflictError {
    allowed
  }
}`, {"hash":"sha256:2e4360a4c3d312d09d87f20156710062f6962e16479dda74221ec9dbdc11075e"}) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `, {"hash":"sha256:39300be1f6ff47633a8c264de2a924d5b71367b646d3bf86d82d7c51c6543956"}) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
    name
    role
    state {
      iso3
      name
    }
  }
}
    `, {"hash":"sha256:59034cf5289e5acd815dc89a1950dcc64a40541f6931bc0d5ed9f755a01efce1"}) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const StatesPartiesOnDocument = new TypedDocumentString(`
    query StatesPartiesOn($on: Date!, $first: Int, $after: String, $convention: String = "CCM", $orderBy: StateOrder) {
  states(
    filter: {status: STATE_PARTY, on: $on, convention: $convention}
    orderBy: $orderBy
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        iso3
        name
        names {
          ar
          zh
          en
          fr
          ru
          es
        }
        regionalGroup
        standing(on: $on, convention: $convention) {
          status
          entryIntoForce
          withdrawalEffective
        }
      }
    }
  }
}
    `, {"hash":"sha256:85a4d12ad9ba268eed240b13ad8c8950d32a33005f61a7faa939143fb37059b7"}) as unknown as TypedDocumentString<StatesPartiesOnQuery, StatesPartiesOnQueryVariables>;
export const StatesDocument = new TypedDocumentString(`
    query States($filter: StateFilter, $first: Int, $after: String, $on: Date!, $orderBy: StateOrder) {
  states(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        name
        ...StateListing
      }
    }
  }
}
    fragment StateListing on State {
  id
  iso3
  names {
    ar
    zh
    en
    fr
    ru
    es
  }
  unStatus
  regionalGroup
  standing(on: $on) {
    status
    entryIntoForce
    withdrawalEffective
    depositedNotYetInForce
    withdrawalPending
  }
}`, {"hash":"sha256:9549dfc33631751af44136c4b2e76f393c55fcd2fbd03de08a674b819a2ba9ae"}) as unknown as TypedDocumentString<StatesQuery, StatesQueryVariables>;
export const StateDocument = new TypedDocumentString(`
    query State($iso3: String!, $on: Date!) {
  state(iso3: $iso3) {
    id
    iso3
    unShortName
    names {
      ar
      zh
      en
      fr
      ru
      es
    }
    unStatus
    regionalGroup
    standing(on: $on) {
      status
      entryIntoForce
      withdrawalEffective
    }
    treatyStatus {
      signedOn
      signatureSource
      signatureVerified
      instrument
      depositedOn
      depositSource
      depositVerified
      entryIntoForceOn
      entryIntoForceOverridden
      withdrawalNotifiedOn
      withdrawalEffectiveOn
      withdrawalSource
      note
    }
  }
}
    `, {"hash":"sha256:ffb777fd2d2169f03516939a2cfc299c58f456ba7dc723430f3794c9396d79bb"}) as unknown as TypedDocumentString<StateQuery, StateQueryVariables>;