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

/** Which of an issue's shares to list; conditions combine with AND. Omit a field to not filter by it. */
export type CostShareFilter = {
  /** Only the assessed (true) or the unassessed (false) payers. */
  assessed?: boolean | null | undefined;
  /** Only shares in one of these standings, e.g. `[PARTLY_PAID, UNPAID]` for every share with something outstanding. An empty list is refused. */
  standing?: Array<PaymentStanding> | null | undefined;
  /** ISO 3166-1 alpha-3 code of the State that owes the share, e.g. "NGA" (case-insensitive). */
  state?: string | null | undefined;
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

/** One past Article 7 report: who sent which report, and when it was received. */
export type HistoricalReportRowInput = {
  /** How the report reached the secretariat, when known. */
  channel?: ReportChannel | null | undefined;
  /** ISO 3166-1 alpha-3 code of the reporting State. */
  iso3: string;
  /** Initial report (Art. 7(1)) or annual update (Art. 7(2)). */
  kind: ReportKind;
  /** The year covered (annual report) or the year of entry into force (initial report). */
  periodYear: number;
  /** The day the secretariat received the report, as `YYYY-MM-DD`. */
  receivedOn: string;
};

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

/** Past reports, exactly one of: `rows`, or `csv` text (`@oneOf`; both or neither is refused with BAD_USER_INPUT). */
export type ImportHistoricalReportsInput =
  {   /** CSV text with a header row naming the columns iso3, kind (INITIAL or ANNUAL), periodYear and receivedOn (YYYY-MM-DD), and optionally channel; lines starting with # are comments. Row 1 is the first line after the header. At most 2000 rows in one import; more is a ValidationError on this field: split the text. */
  csv: string; rows?: never; }
  |  { csv?: never;   /** The reports as structured rows (instead of `csv`). */
  rows: Array<HistoricalReportRowInput>; };

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

/** Formats of a letter-like document (note verbale, assessment notice). */
export type LetterFormat =
  /** A printable HTML page (text/html, UTF-8). */
  | 'HTML'
  /** Plain text (text/plain, UTF-8), to paste into an e-mail or a word processor. */
  | 'TEXT';

/** Formats of the list of participants. */
export type ListOfParticipantsFormat =
  /** Comma-separated values (text/csv, UTF-8) with a header row, for spreadsheets. */
  | 'CSV'
  /** A printable HTML page (text/html, UTF-8). */
  | 'HTML'
  /** Plain text (text/plain, UTF-8). */
  | 'TEXT';

/** Which list of participants: the secretariat's full one, or the public one. */
export type ListOfParticipantsVariant =
  /** Every member with contact data, by capacity: for the secretariat only (it holds every State’s delegates). */
  | 'OFFICIAL'
  /** Names only where the State consented, no contact data: for anyone. */
  | 'PUBLIC';

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

/** The organisation that applies, given exactly one way: `organisationId` for one already recorded, or `organisation` with its details. Giving both or neither is refused with BAD_USER_INPUT. */
export type ObserverApplicantInput =
  {   /** Its details, for an organisation applying for the first time (one already known by the acronym is used as it is). */
  organisation: ObserverOrganisationInput; organisationId?: never; }
  |  { organisation?: never;   /** The global ID of the Organisation, as its `id` field gave it. */
  organisationId: string | number; };

/** A decision on an application to observe (rule 1.3). */
export type ObserverDecision =
  /** The meeting admits the organisation as an observer. */
  | 'APPROVE'
  /** The President-designate invites the organisation provisionally, until the meeting decides (rule 1.3). */
  | 'PROVISIONALLY_INVITE'
  /** The organisation is not admitted; its invitation, if provisional, ends. */
  | 'REJECT';

/** An organisation applying for the first time; one already known (by acronym) is used as it is. */
export type ObserverOrganisationInput = {
  /** The organisation's acronym or short name, e.g. "CMC"; identifies it. */
  acronym: string;
  /** One of: UN_ENTITY, INTERNATIONAL_ORGANISATION, REGIONAL_ORGANISATION, ICRC, IFRC, NGO. */
  kind: string;
  /** The organisation's full name in English. */
  name: string;
  /** The organisation's website, an absolute http(s) URL. */
  website?: string | null | undefined;
};

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

/** Where a State stands with its share of a meeting's costs; `CostShare.standing` and the lists' `standing` filter use the same rule. */
export type PaymentStanding =
  /** Nothing is outstanding: the share is paid in full (or is zero), against this or an earlier issue. */
  | 'PAID'
  /** Something has been paid and something is still outstanding. */
  | 'PARTLY_PAID'
  /** The State has no rate, so nothing is owed until one is agreed (`assessed` is false). */
  | 'UNASSESSED'
  /** Nothing has been paid and the share is more than zero. */
  | 'UNPAID';

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

/** One depositary action to record on a State's treaty record. */
export type RecordTreatyActionInput = {
  /** What the depositary notified: a signature, the deposit of an instrument, or a notice of withdrawal. */
  action: TreatyAction;
  /** The code of the convention, e.g. "CCM" for the Convention on Cluster Munitions (the default and, today, the only one served). */
  convention?: string | null | undefined;
  /** The day of the signature, of the deposit, or on which the depositary received the notice. */
  date: string;
  /** For a DEPOSIT: a recorded entry-into-force date that wins over Art. 17. */
  entryIntoForceOverride?: string | null | undefined;
  /** For a DEPOSIT: the kind of instrument. */
  instrument?: InstrumentKind | null | undefined;
  /** Where the fact comes from, e.g. a depositary notification (C.N. number) or "UNTC chapter XXVI-6". */
  source: string;
  /** ISO 3166-1 alpha-3 code of the State. */
  state: string;
  /** Whether the date was checked against the source. */
  verified?: boolean | null | undefined;
  /** The version of the treaty record you read. Required to correct a fact already recorded (a second signature, deposit or notice). */
  version?: number | null | undefined;
  /** For a WITHDRAWAL_NOTICE: a recorded effective date that wins over Art. 20(2). */
  withdrawalEffectiveOverride?: string | null | undefined;
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

/** Which obligations to list; conditions combine with AND. Omit a field to not filter by it. */
export type ReportObligationFilter = {
  /** Only initial reports (Art. 7(1)) or only annual updates (Art. 7(2)). */
  kind?: ReportKind | null | undefined;
  /** ISO 3166-1 alpha-3 code of the State that owes the report. */
  state?: string | null | undefined;
  /** Only obligations in this compliance status on `asOf`, e.g. OVERDUE. */
  status?: ComplianceStatus | null | undefined;
};

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

/** Which of a State's shares to list; conditions combine with AND. Omit a field to not filter by it. */
export type StateCostShareFilter = {
  /** Include shares of issues since replaced (default: the current issue of each meeting only). */
  includeSuperseded?: boolean | null | undefined;
  /** Only shares in one of these standings, e.g. `[PARTLY_PAID, UNPAID]` for every share with something outstanding. An empty list is refused. */
  standing?: Array<PaymentStanding> | null | undefined;
};

/** A State, named by exactly one of its ISO 3166-1 alpha-3 code (`{ iso3: "NGA" }`) or its global ID (`{ id: "..." }`). Giving both or neither is refused with BAD_USER_INPUT. */
export type StateReferenceInput =
  {   /** The global ID of the State, as its `id` field gave it. */
  id: string | number; iso3?: never; }
  |  { id?: never;   /** The State's ISO 3166-1 alpha-3 code, e.g. "NGA" (case-insensitive). */
  iso3: string; };

/** Which of the State's reports to list; conditions combine with AND. Omit a field to not filter by it. */
export type StateReportFilter = {
  /** The day compliance is judged on (default: today). */
  asOf?: string | null | undefined;
  /** Only reports with this compliance on `asOf`. */
  compliance?: ComplianceStatus | null | undefined;
  /** Convention code, e.g. "CCM". */
  convention?: string | null | undefined;
  /** Only initial or only annual reports. */
  kind?: ReportKind | null | undefined;
  /** The year covered (annual reports) or of entry into force (initial reports): `periodYear`. */
  year?: number | null | undefined;
};

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

/** What the depositary notified about a State: its signature, the deposit of an instrument, or a notice of withdrawal. */
export type TreatyAction =
  /** The State deposited an instrument of ratification, acceptance, approval or accession (Art. 16); entry into force follows by Art. 17. */
  | 'DEPOSIT'
  /** The State signed the convention (Art. 15). */
  | 'SIGNATURE'
  /** The depositary received the State's instrument of withdrawal; it takes effect by Art. 20(2). */
  | 'WITHDRAWAL_NOTICE';

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

export type AccessCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AccessCreateUserMutation = { createUser:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationCreateUserSuccess', user: { id: string, email: string, name: string, role: UserRole, active: boolean, state: { iso3: string } | null } }
    | { __typename: 'NotFoundError', entity: string, key: string, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type AccessUpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type AccessUpdateUserMutation = { updateUser:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationUpdateUserSuccess', user: { id: string, name: string, role: UserRole, active: boolean, state: { iso3: string } | null } }
    | { __typename: 'NotFoundError', entity: string, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type AccessCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type AccessCreateApiKeyMutation = { createApiKey:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationCreateApiKeySuccess', key: string, apiKey: { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, status: ApiKeyStatus, expiresAt: string | null, organisation: { acronym: string } | null, createdBy: { email: string } } }
    | { __typename: 'NotFoundError', entity: string, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type AccessRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type AccessRevokeApiKeyMutation = { revokeApiKey:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationRevokeApiKeySuccess', apiKey: { id: string, status: ApiKeyStatus, revokedAt: string | null } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type AccessAuditOfQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessAuditOfQuery = { auditEvents: { edges: Array<{ node: { action: string, before: unknown, after: unknown, actorUser: { email: string } | null } }> } };

export type AccessSignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type AccessSignInMutation = { signIn:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'MutationSignInSuccess' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type AccessSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type AccessSignOutMutation = { signOut: boolean };

export type AccessMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessMeQuery = { me: { email: string } | null };

export type AccessSecretariatUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessSecretariatUsersQuery = { users: { totalCount: number, edges: Array<{ node: { email: string, role: UserRole } }> } };

export type AccessUserCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessUserCountQuery = { users: { totalCount: number } };

export type AccessApiKeyCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessApiKeyCountQuery = { apiKeys: { totalCount: number } };

export type AccessApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessApiKeysQuery = { apiKeys: { totalCount: number, edges: Array<{ node: { prefix: string, name: string } }> } };

export type AccessConventionCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessConventionCountQuery = { conventions: { totalCount: number } };

export type AccessUsersCreatedByQueryVariables = Exact<{
  actor: string | number;
}>;


export type AccessUsersCreatedByQuery = { auditEvents: { totalCount: number, edges: Array<{ node: { action: string, at: string, actorUser: { email: string } | null } }> } };

export type AccessAuditByMadeUpActorQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessAuditByMadeUpActorQuery = { auditEvents: { totalCount: number } };

export type AccessAuditEventCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessAuditEventCountQuery = { auditEvents: { totalCount: number } };

export type AccessNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessNodeQuery = { node:
    | { __typename: 'ApiKey', prefix: string, id: string }
    | { __typename: 'AssessmentScale', id: string }
    | { __typename: 'AuditEvent', action: string, after: unknown, id: string }
    | { __typename: 'Convention', id: string }
    | { __typename: 'CostEstimate', id: string }
    | { __typename: 'CostShare', id: string }
    | { __typename: 'CostShareIssue', id: string }
    | { __typename: 'Delegation', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Invitation', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'State', id: string }
    | { __typename: 'TransparencyReport', id: string }
    | { __typename: 'TreatyRecord', id: string }
    | { __typename: 'User', email: string, name: string, id: string }
   | null };

export type AccessUserNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type AccessUserNodesQuery = { nodes: Array<
    | { email: string }
    | Record<PropertyKey, never>
   | null> };

export type AccessApiKeyLastUsedAtQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessApiKeyLastUsedAtQuery = { node:
    | { __typename: 'ApiKey', lastUsedAt: string | null }
    | { __typename: 'AssessmentScale' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Convention' }
    | { __typename: 'CostEstimate' }
    | { __typename: 'CostShare' }
    | { __typename: 'CostShareIssue' }
    | { __typename: 'Delegation' }
    | { __typename: 'Document' }
    | { __typename: 'Invitation' }
    | { __typename: 'Meeting' }
    | { __typename: 'Organisation' }
    | { __typename: 'Payment' }
    | { __typename: 'State' }
    | { __typename: 'TransparencyReport' }
    | { __typename: 'TreatyRecord' }
    | { __typename: 'User' }
   | null };

export type AssessmentScaleImportMutationVariables = Exact<{
  input: ImportAssessmentScaleInput;
}>;


export type AssessmentScaleImportMutation = { importAssessmentScale:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationImportAssessmentScaleSuccess', assessmentScale: { name: string, firstYear: number, lastYear: number, resolution: string, source: string, complete: boolean, rates: { totalCount: number, edges: Array<{ node: { ratePercent: string, state: { iso3: string } } }> } } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type AssessmentScaleSeededQueryVariables = Exact<{ [key: string]: never; }>;


export type AssessmentScaleSeededQuery = { assessmentScales: { totalCount: number, edges: Array<{ node: { name: string } }> }, assessmentScale: { firstYear: number, lastYear: number, resolution: string, complete: boolean, rates: { totalCount: number, edges: Array<{ node: { ratePercent: string, state: { iso3: string } } }> }, switzerland: { ratePercent: string } | null, holySee: { ratePercent: string } | null } | null };

export type AssessmentScaleNotHeldQueryVariables = Exact<{ [key: string]: never; }>;


export type AssessmentScaleNotHeldQuery = { assessmentScale: { name: string } | null };

export type MatrixCredentialsQueryVariables = Exact<{
  id: string | number;
}>;


export type MatrixCredentialsQuery = { node:
    | { __typename: 'ApiKey' }
    | { __typename: 'AssessmentScale' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Convention' }
    | { __typename: 'CostEstimate' }
    | { __typename: 'CostShare' }
    | { __typename: 'CostShareIssue' }
    | { __typename: 'Delegation', credentials: { issuingAuthority: CredentialIssuingAuthority, authorisedBy: CredentialAuthorisingOffice | null, documentKind: CredentialDocumentKind, receivedDate: string, status: CredentialStatus } | null }
    | { __typename: 'Document' }
    | { __typename: 'Invitation' }
    | { __typename: 'Meeting' }
    | { __typename: 'Organisation' }
    | { __typename: 'Payment' }
    | { __typename: 'State' }
    | { __typename: 'TransparencyReport' }
    | { __typename: 'TreatyRecord' }
    | { __typename: 'User' }
   | null };

export type MatrixListedCredentialsQueryVariables = Exact<{
  code: string;
}>;


export type MatrixListedCredentialsQuery = { meetingByCode: { delegations: { edges: Array<{ node: { credentials: { status: CredentialStatus } | null } }> } } | null };

export type MatrixDelegatesQueryVariables = Exact<{
  id: string | number;
}>;


export type MatrixDelegatesQuery = { node:
    | { __typename: 'ApiKey' }
    | { __typename: 'AssessmentScale' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Convention' }
    | { __typename: 'CostEstimate' }
    | { __typename: 'CostShare' }
    | { __typename: 'CostShareIssue' }
    | { __typename: 'Delegation', headOfDelegation: { role: DelegateRole, givenName: string | null, familyName: string | null } | null, members: Array<{ role: DelegateRole, position: number, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null }> }
    | { __typename: 'Document' }
    | { __typename: 'Invitation' }
    | { __typename: 'Meeting' }
    | { __typename: 'Organisation' }
    | { __typename: 'Payment' }
    | { __typename: 'State' }
    | { __typename: 'TransparencyReport' }
    | { __typename: 'TreatyRecord' }
    | { __typename: 'User' }
   | null };

export type ComplianceOfYearQueryVariables = Exact<{
  year: number;
  asOf?: string | null | undefined;
  filter?: ReportObligationFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type ComplianceOfYearQuery = { reportingCompliance: { year: number, asOf: string, recordsBeginOn: string | null, total: number, totals: { onTime: number, late: number, overdue: number, notYetDue: number, notRecorded: number }, obligations: { totalCount: number, edges: Array<{ node: { kind: ReportKind, periodYear: number, dueOn: string, dueOnOverridden: boolean, receivedOn: string | null, status: ComplianceStatus, state: { iso3: string }, report: { id: string } | null } }> } } };

export type ComplianceRecordsBeginMutationVariables = Exact<{
  on: string;
}>;


export type ComplianceRecordsBeginMutation = { setReportRecordsBegin:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'MutationSetReportRecordsBeginSuccess', convention: { reportRecordsBeginOn: string | null } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type ComplianceRecordReportMutationVariables = Exact<{
  input: RecordTransparencyReportInput;
}>;


export type ComplianceRecordReportMutation = { recordTransparencyReport:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationRecordTransparencyReportSuccess', report: { id: string, dueOn: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type ComplianceStatesWithReportsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ComplianceStatesWithReportsQuery = { states: { edges: Array<{ node: { iso3: string, treatyStatus: { entryIntoForceOn: string | null } | null, reports: { totalCount: number, edges: Array<{ node: { periodYear: number, dueOn: string, compliance: ComplianceStatus } }> } } }> } };

export type ContributionsStatusQueryVariables = Exact<{
  asOf?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ContributionsStatusQuery = { contributionsStatus: { asOf: string, dueDays: number, totals: Array<{ currency: string, amountAssessed: string, paid: string, outstanding: string, credit: string, notYetDue: string, underOneYear: string, oneToTwoYears: string, overTwoYears: string }>, states: { totalCount: number, edges: Array<{ node: { state: { iso3: string }, totals: Array<{ currency: string, amountAssessed: string, paid: string, outstanding: string, credit: string, notYetDue: string, underOneYear: string, oneToTwoYears: string, overTwoYears: string }>, meetings: Array<{ issueVersion: number, issuedOn: string, dueOn: string, currency: string, assessed: boolean, amountAssessed: string, paid: string, outstanding: string, credit: string, arrearsAge: ArrearsAge | null, meeting: { code: string } }> } }> } } };

export type ContributionsRecordPaymentMutationVariables = Exact<{
  id: string | number;
  input: RecordPaymentInput;
}>;


export type ContributionsRecordPaymentMutation = { recordPayment:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'MutationRecordPaymentSuccess', payment: { id: string } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type ContributionsInArrearsQueryVariables = Exact<{ [key: string]: never; }>;


export type ContributionsInArrearsQuery = { contributionsStatus: { inArrears: { edges: Array<{ node: { state: { iso3: string } } }> }, upToDate: { totalCount: number } } };

export type ContributionsOfStatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ContributionsOfStatesQuery = { che: { contributions: { totals: Array<{ currency: string, amountAssessed: string, paid: string, outstanding: string, credit: string, notYetDue: string, underOneYear: string, oneToTwoYears: string, overTwoYears: string }>, meetings: Array<{ issueVersion: number, issuedOn: string, dueOn: string, currency: string, assessed: boolean, amountAssessed: string, paid: string, outstanding: string, credit: string, arrearsAge: ArrearsAge | null, meeting: { code: string } }> } } | null, nor: { contributions: { totals: Array<{ currency: string }>, meetings: Array<{ dueOn: string }> } } | null };

export type ContributionsOfAnUnknownConventionQueryVariables = Exact<{ [key: string]: never; }>;


export type ContributionsOfAnUnknownConventionQuery = { contributionsStatus: { asOf: string } };

export type ContributionsSwissPaymentsQueryVariables = Exact<{
  payment: string | number;
}>;


export type ContributionsSwissPaymentsQuery = { state: { contributions: { totals: Array<{ currency: string, outstanding: string }>, meetings: Array<{ costShare: { paid: string, payments: { totalCount: number, edges: Array<{ node: { receivedOn: string, amount: string, reference: string | null } }> } } }> } } | null, node:
    | { amount: string }
    | Record<PropertyKey, never>
   | null };

export type ContributionsStatusOfStatesQueryVariables = Exact<{
  first: number;
}>;


export type ContributionsStatusOfStatesQuery = { contributionsStatus: { states: { edges: Array<{ node: { state: { iso3: string, name: string }, totals: Array<{ outstanding: string }>, meetings: Array<{ arrearsAge: ArrearsAge | null, meeting: { code: string, title: string }, costShare: { amount: string | null, ratePercent: string | null } }> } }> } } };

export type ContributionsOfAPageOfStatesQueryVariables = Exact<{
  first: number;
}>;


export type ContributionsOfAPageOfStatesQuery = { states: { edges: Array<{ node: { iso3: string, contributions: { totals: Array<{ outstanding: string }>, meetings: Array<{ meeting: { code: string } }> } } }> } };

export type ConveningNoteDetailsMeetingFragment = { id: string, code: string, version: number, venue: string | null, city: string, country: string | null, venueFr: string | null, cityFr: string | null, countryFr: string | null, delegationDeadline: string | null, delegationDeadlineWeekdayAsIssued: Weekday | null, webPage: string | null, secretariatOffice: { code: string } | null, conveningNote: { reference: string | null, date: string | null, addressees: string | null, addresseesFr: string | null, issuingOffice: { code: string } | null, mandateResolution: { number: string } | null, deadlineWeekdayDisagreement: { date: string, weekdayAsIssued: Weekday, weekdayOfDate: Weekday, message: string } | null } };

export type ConveningNoteDetailsCreateMutationVariables = Exact<{
  input: CreateMeetingInput;
}>;


export type ConveningNoteDetailsCreateMutation = { createMeeting:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationCreateMeetingSuccess', meeting: { id: string, code: string, version: number, venue: string | null, city: string, country: string | null, venueFr: string | null, cityFr: string | null, countryFr: string | null, delegationDeadline: string | null, delegationDeadlineWeekdayAsIssued: Weekday | null, webPage: string | null, secretariatOffice: { code: string } | null, conveningNote: { reference: string | null, date: string | null, addressees: string | null, addresseesFr: string | null, issuingOffice: { code: string } | null, mandateResolution: { number: string } | null, deadlineWeekdayDisagreement: { date: string, weekdayAsIssued: Weekday, weekdayOfDate: Weekday, message: string } | null } } }
    | { __typename: 'NotFoundError', entity: string, key: string, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type ConveningNoteDetailsUpdateMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateMeetingInput;
}>;


export type ConveningNoteDetailsUpdateMutation = { updateMeeting:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationUpdateMeetingSuccess', meeting: { id: string, code: string, version: number, venue: string | null, city: string, country: string | null, venueFr: string | null, cityFr: string | null, countryFr: string | null, delegationDeadline: string | null, delegationDeadlineWeekdayAsIssued: Weekday | null, webPage: string | null, secretariatOffice: { code: string } | null, conveningNote: { reference: string | null, date: string | null, addressees: string | null, addresseesFr: string | null, issuingOffice: { code: string } | null, mandateResolution: { number: string } | null, deadlineWeekdayDisagreement: { date: string, weekdayAsIssued: Weekday, weekdayOfDate: Weekday, message: string } | null } } }
    | { __typename: 'NotFoundError', entity: string, key: string, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type ConveningNoteDetailsMeetingByCodeQueryVariables = Exact<{
  code: string;
}>;


export type ConveningNoteDetailsMeetingByCodeQuery = { meetingByCode: { id: string, code: string, version: number, venue: string | null, city: string, country: string | null, venueFr: string | null, cityFr: string | null, countryFr: string | null, delegationDeadline: string | null, delegationDeadlineWeekdayAsIssued: Weekday | null, webPage: string | null, secretariatOffice: { code: string } | null, conveningNote: { reference: string | null, date: string | null, addressees: string | null, addresseesFr: string | null, issuingOffice: { code: string } | null, mandateResolution: { number: string } | null, deadlineWeekdayDisagreement: { date: string, weekdayAsIssued: Weekday, weekdayOfDate: Weekday, message: string } | null } } | null };

export type ConveningNoteDetailsNoteQueryVariables = Exact<{
  code: string;
  language: Language;
}>;


export type ConveningNoteDetailsNoteQuery = { meetingByCode: { conveningNoteVerbale: { content: string } | null } | null };

export type ConveningNoteDetailsOfficesAndResolutionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConveningNoteDetailsOfficesAndResolutionsQuery = { offices: Array<{ code: string }>, generalAssemblyResolutions: Array<{ number: string, conveningParagraph: number | null }> };

export type ConveningCreateMutationVariables = Exact<{
  input: CreateMeetingInput;
}>;


export type ConveningCreateMutation = { createMeeting:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationCreateMeetingSuccess', meeting: { id: string, version: number, status: MeetingStatus } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type ConveningConveneMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
  conveningDate?: string | null | undefined;
}>;


export type ConveningConveneMutation = { conveneMeeting:
    | { __typename: 'ConflictError', message: string, allowed: Array<WorkflowStatus> | null }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationConveneMeetingSuccess', meeting: { status: MeetingStatus, convenedOn: string | null, version: number, invitations: { totalCount: number } } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type ConveningMeetingCodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ConveningMeetingCodeQuery = { node:
    | { __typename: 'ApiKey' }
    | { __typename: 'AssessmentScale' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Convention' }
    | { __typename: 'CostEstimate' }
    | { __typename: 'CostShare' }
    | { __typename: 'CostShareIssue' }
    | { __typename: 'Delegation' }
    | { __typename: 'Document' }
    | { __typename: 'Invitation' }
    | { __typename: 'Meeting', code: string }
    | { __typename: 'Organisation' }
    | { __typename: 'Payment' }
    | { __typename: 'State' }
    | { __typename: 'TransparencyReport' }
    | { __typename: 'TreatyRecord' }
    | { __typename: 'User' }
   | null };

export type ConveningInvitationsByCapacityQueryVariables = Exact<{
  id: string | number;
}>;


export type ConveningInvitationsByCapacityQuery = { meeting: { invitationCounts: Array<{ capacity: InvitationCapacity, count: number }>, organisations: { totalCount: number, edges: Array<{ node: { capacity: InvitationCapacity, status: InvitationStatus, participant:
            | { __typename: 'Organisation', acronym: string }
            | { __typename: 'State' }
           } }> }, parties: { totalCount: number, edges: Array<{ node: { participant:
            | { __typename: 'Organisation' }
            | { __typename: 'State', iso3: string, name: string }
           } }> } } | null };

export type ConveningOrganisationsOfRightQueryVariables = Exact<{
  id: string | number;
}>;


export type ConveningOrganisationsOfRightQuery = { meeting: { invitations: { edges: Array<{ node: { capacity: InvitationCapacity, participant:
            | { __typename: 'Organisation', name: string }
            | { __typename: 'State', name: string }
           } }> } } | null };

export type ConveningFirstThreeStatesQueryVariables = Exact<{
  id: string | number;
}>;


export type ConveningFirstThreeStatesQuery = { meeting: { invitations: { edges: Array<{ node: { participant:
            | { __typename: 'Organisation' }
            | { __typename: 'State', name: string }
           } }> } } | null };

export type ConveningCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type ConveningCancelMutation = { changeMeetingStatus:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'MutationChangeMeetingStatusSuccess' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type CostSharesOnRealScalesRecordParticipantsMutationVariables = Exact<{
  meetingId: string | number;
  input: RecordMeetingParticipantsInput;
}>;


export type CostSharesOnRealScalesRecordParticipantsMutation = { recordMeetingParticipants:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationRecordMeetingParticipantsSuccess', invitations: Array<{ capacity: InvitationCapacity, participationRecordedAt: string | null, participant:
          | { iso3: string }
          | Record<PropertyKey, never>
         }> }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type CostSharesOnRealScalesSetEstimateMutationVariables = Exact<{
  meetingId: string | number;
  input: SetCostEstimateInput;
}>;


export type CostSharesOnRealScalesSetEstimateMutation = { setCostEstimate:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'MutationSetCostEstimateSuccess' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type CostSharesOnRealScalesIssueMutationVariables = Exact<{
  meetingId: string | number;
  input: IssueCostSharesInput;
}>;


export type CostSharesOnRealScalesIssueMutation = { issueCostShares:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationIssueCostSharesSuccess', costShareIssue: { id: string, total: string, scaleOverrideReason: string | null, scale: { name: string } } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type CostSharesOnRealScalesShareFragment = { id: string, assessed: boolean, ratePercent: string | null, sharePercent: string | null, amount: string | null, state: { iso3: string } };

export type CostSharesOnRealScalesSharesQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type CostSharesOnRealScalesSharesQuery = { node:
    | { __typename: 'ApiKey' }
    | { __typename: 'AssessmentScale' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Convention' }
    | { __typename: 'CostEstimate' }
    | { __typename: 'CostShare' }
    | { __typename: 'CostShareIssue', shares: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, assessed: boolean, ratePercent: string | null, sharePercent: string | null, amount: string | null, state: { iso3: string } } }> } }
    | { __typename: 'Delegation' }
    | { __typename: 'Document' }
    | { __typename: 'Invitation' }
    | { __typename: 'Meeting' }
    | { __typename: 'Organisation' }
    | { __typename: 'Payment' }
    | { __typename: 'State' }
    | { __typename: 'TransparencyReport' }
    | { __typename: 'TreatyRecord' }
    | { __typename: 'User' }
   | null };

export type CostSharesOnRealScalesNoticeQueryVariables = Exact<{
  id: string | number;
  language?: Language | null | undefined;
}>;


export type CostSharesOnRealScalesNoticeQuery = { node:
    | { __typename: 'ApiKey' }
    | { __typename: 'AssessmentScale' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Convention' }
    | { __typename: 'CostEstimate' }
    | { __typename: 'CostShare', assessmentNotice: { content: string } | null }
    | { __typename: 'CostShareIssue' }
    | { __typename: 'Delegation' }
    | { __typename: 'Document' }
    | { __typename: 'Invitation' }
    | { __typename: 'Meeting' }
    | { __typename: 'Organisation' }
    | { __typename: 'Payment' }
    | { __typename: 'State' }
    | { __typename: 'TransparencyReport' }
    | { __typename: 'TreatyRecord' }
    | { __typename: 'User' }
   | null };

export type CostSharesImportScaleMutationVariables = Exact<{
  input: ImportAssessmentScaleInput;
}>;


export type CostSharesImportScaleMutation = { importAssessmentScale:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'MutationImportAssessmentScaleSuccess' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type CostSharesSetEstimateMutationVariables = Exact<{
  meetingId: string | number;
  input: SetCostEstimateInput;
}>;


export type CostSharesSetEstimateMutation = { setCostEstimate:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationSetCostEstimateSuccess', costEstimate: { id: string, version: number, kind: CostEstimateKind, currency: string, total: string, lines: { totalCount: number, edges: Array<{ node: { position: number, description: string, amount: string } }> } } }
    | { __typename: 'NotFoundError', entity: string, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type CostSharesShareFragment = { id: string, assessed: boolean, ratePercent: string | null, sharePercent: string | null, amount: string | null, currency: string, paid: string, outstanding: string | null, credit: string, state: { iso3: string } };

export type CostSharesIssueMutationVariables = Exact<{
  meetingId: string | number;
  input: IssueCostSharesInput;
}>;


export type CostSharesIssueMutation = { issueCostShares:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationIssueCostSharesSuccess', costShareIssue: { id: string, version: number, payerRule: PayerRule, ceilingAndFloorReapplied: boolean, currency: string, total: string, superseded: boolean, scaleOverrideReason: string | null, estimate: { version: number }, scale: { name: string }, shares: { totalCount: number, edges: Array<{ node: { id: string, assessed: boolean, ratePercent: string | null, sharePercent: string | null, amount: string | null, currency: string, paid: string, outstanding: string | null, credit: string, state: { iso3: string } } }> } } }
    | { __typename: 'NotFoundError', entity: string, key: string, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type CostSharesRecordPaymentMutationVariables = Exact<{
  costShareId: string | number;
  input: RecordPaymentInput;
}>;


export type CostSharesRecordPaymentMutation = { recordPayment:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationRecordPaymentSuccess', payment: { id: string, amount: string, currency: string, receivedOn: string, reference: string | null, costShare: { paid: string, outstanding: string | null } } }
    | { __typename: 'NotFoundError', entity: string, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type CostSharesMeetingEstimatesQueryVariables = Exact<{
  id: string | number;
}>;


export type CostSharesMeetingEstimatesQuery = { node:
    | { costEstimate: { version: number, kind: CostEstimateKind, total: string } | null, costEstimates: { totalCount: number, edges: Array<{ node: { version: number } }> } }
    | Record<PropertyKey, never>
   | null };

export type CostSharesMeetingCurrentIssueQueryVariables = Exact<{
  id: string | number;
}>;


export type CostSharesMeetingCurrentIssueQuery = { node:
    | { costShares: { version: number, paid: string, outstanding: string, unassessed: { totalCount: number, edges: Array<{ node: { state: { iso3: string } } }> } } | null, costShareIssues: { totalCount: number } }
    | Record<PropertyKey, never>
   | null };

export type CostSharesIssueAndMeetingVersionsQueryVariables = Exact<{
  id: string | number;
  meeting: string | number;
}>;


export type CostSharesIssueAndMeetingVersionsQuery = { node:
    | { version: number, superseded: boolean, total: string, estimate: { version: number } }
    | Record<PropertyKey, never>
   | null, meeting:
    | { costShares: { version: number } | null, costShareIssues: { edges: Array<{ node: { version: number, superseded: boolean } }> } }
    | Record<PropertyKey, never>
   | null };

export type CostSharesWithPaymentsQueryVariables = Exact<{
  id: string | number;
}>;


export type CostSharesWithPaymentsQuery = { node:
    | { costShares: { paid: string, outstanding: string, shares: { edges: Array<{ node: { amount: string | null, paid: string, outstanding: string | null, credit: string, currency: string, state: { iso3: string }, issue: { version: number }, payments: { totalCount: number, edges: Array<{ node: { amount: string, receivedOn: string } }> } } }> } } | null }
    | Record<PropertyKey, never>
   | null };

export type CostSharesSharePaymentsQueryVariables = Exact<{
  id: string | number;
  meeting: string | number;
}>;


export type CostSharesSharePaymentsQuery = { node:
    | { paid: string, outstanding: string | null, payments: { totalCount: number, edges: Array<{ node: { amount: string, receivedOn: string, reference: string | null } }> } }
    | Record<PropertyKey, never>
   | null, meeting:
    | { costShares: { paid: string, outstanding: string } | null }
    | Record<PropertyKey, never>
   | null, state: { costShares: { edges: Array<{ node: { id: string } }> } } | null };

export type CostSharesSharesPageFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, standing: PaymentStanding, paid: string, outstanding: string | null, state: { iso3: string } } }> };

export type CostSharesIssueSharesQueryVariables = Exact<{
  id: string | number;
  filter?: CostShareFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CostSharesIssueSharesQuery = { node:
    | { __typename: 'ApiKey' }
    | { __typename: 'AssessmentScale' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Convention' }
    | { __typename: 'CostEstimate' }
    | { __typename: 'CostShare' }
    | { __typename: 'CostShareIssue' }
    | { __typename: 'Delegation' }
    | { __typename: 'Document' }
    | { __typename: 'Invitation' }
    | { __typename: 'Meeting', costShares: { shares: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, standing: PaymentStanding, paid: string, outstanding: string | null, state: { iso3: string } } }> } } | null }
    | { __typename: 'Organisation' }
    | { __typename: 'Payment' }
    | { __typename: 'State' }
    | { __typename: 'TransparencyReport' }
    | { __typename: 'TreatyRecord' }
    | { __typename: 'User' }
   | null };

export type CostSharesStateSharesQueryVariables = Exact<{
  iso3: string;
  filter?: StateCostShareFilter | null | undefined;
}>;


export type CostSharesStateSharesQuery = { state: { costShares: { totalCount: number, edges: Array<{ node: { id: string, standing: PaymentStanding, issue: { superseded: boolean } } }> } } | null };

export type TimelinessMoveDeadlineMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateMeetingInput;
}>;


export type TimelinessMoveDeadlineMutation = { updateMeeting:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationUpdateMeetingSuccess' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type TimelinessReadQueryVariables = Exact<{
  meeting: string | number;
  delegation: string | number;
}>;


export type TimelinessReadQuery = { meeting: { delegationDeadline: string | null, late: { totalCount: number, edges: Array<{ node: { id: string } }> }, onTime: { totalCount: number, edges: Array<{ node: { id: string } }> } } | null, delegation:
    | { __typename: 'ApiKey' }
    | { __typename: 'AssessmentScale' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Convention' }
    | { __typename: 'CostEstimate' }
    | { __typename: 'CostShare' }
    | { __typename: 'CostShareIssue' }
    | { __typename: 'Delegation', timeliness: DelegationTimeliness, amendedAfterDeadline: boolean, changes: { edges: Array<{ node: { version: number, afterDeadline: boolean } }> } | null }
    | { __typename: 'Document' }
    | { __typename: 'Invitation' }
    | { __typename: 'Meeting' }
    | { __typename: 'Organisation' }
    | { __typename: 'Payment' }
    | { __typename: 'State' }
    | { __typename: 'TransparencyReport' }
    | { __typename: 'TreatyRecord' }
    | { __typename: 'User' }
   | null };

export type DelegationChangesAfterDeadlineQueryVariables = Exact<{
  id: string | number;
}>;


export type DelegationChangesAfterDeadlineQuery = { node:
    | { __typename: 'ApiKey' }
    | { __typename: 'AssessmentScale' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Convention' }
    | { __typename: 'CostEstimate' }
    | { __typename: 'CostShare' }
    | { __typename: 'CostShareIssue' }
    | { __typename: 'Delegation', changes: { edges: Array<{ node: { afterDeadline: boolean } }> } | null }
    | { __typename: 'Document' }
    | { __typename: 'Invitation' }
    | { __typename: 'Meeting' }
    | { __typename: 'Organisation' }
    | { __typename: 'Payment' }
    | { __typename: 'State' }
    | { __typename: 'TransparencyReport' }
    | { __typename: 'TreatyRecord' }
    | { __typename: 'User' }
   | null };

export type DelegationSubmitForADelegationIdMutationVariables = Exact<{
  input: DelegationInput;
}>;


export type DelegationSubmitForADelegationIdMutation = { submitDelegation:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'MutationSubmitDelegationSuccess' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError', issues: Array<{ path: string }> }
   };

export type DelegationChangesWithVersionsQueryVariables = Exact<{
  id: string | number;
}>;


export type DelegationChangesWithVersionsQuery = { node:
    | { __typename: 'ApiKey' }
    | { __typename: 'AssessmentScale' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Convention' }
    | { __typename: 'CostEstimate' }
    | { __typename: 'CostShare' }
    | { __typename: 'CostShareIssue' }
    | { __typename: 'Delegation', changes: { totalCount: number, edges: Array<{ node: { version: number, afterDeadline: boolean } }> } | null }
    | { __typename: 'Document' }
    | { __typename: 'Invitation' }
    | { __typename: 'Meeting' }
    | { __typename: 'Organisation' }
    | { __typename: 'Payment' }
    | { __typename: 'State' }
    | { __typename: 'TransparencyReport' }
    | { __typename: 'TreatyRecord' }
    | { __typename: 'User' }
   | null };

export type DelegationsByTimelinessQueryVariables = Exact<{
  meeting: string | number;
  invitation: string | number;
}>;


export type DelegationsByTimelinessQuery = { meeting:
    | { __typename: 'ApiKey' }
    | { __typename: 'AssessmentScale' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Convention' }
    | { __typename: 'CostEstimate' }
    | { __typename: 'CostShare' }
    | { __typename: 'CostShareIssue' }
    | { __typename: 'Delegation' }
    | { __typename: 'Document' }
    | { __typename: 'Invitation' }
    | { __typename: 'Meeting', all: { totalCount: number }, late: { totalCount: number, edges: Array<{ node: { timeliness: DelegationTimeliness } }> }, onTime: { totalCount: number } }
    | { __typename: 'Organisation' }
    | { __typename: 'Payment' }
    | { __typename: 'State' }
    | { __typename: 'TransparencyReport' }
    | { __typename: 'TreatyRecord' }
    | { __typename: 'User' }
   | null, invitation:
    | { __typename: 'ApiKey' }
    | { __typename: 'AssessmentScale' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Convention' }
    | { __typename: 'CostEstimate' }
    | { __typename: 'CostShare' }
    | { __typename: 'CostShareIssue' }
    | { __typename: 'Delegation' }
    | { __typename: 'Document' }
    | { __typename: 'Invitation', delegation: { id: string } | null }
    | { __typename: 'Meeting' }
    | { __typename: 'Organisation' }
    | { __typename: 'Payment' }
    | { __typename: 'State' }
    | { __typename: 'TransparencyReport' }
    | { __typename: 'TreatyRecord' }
    | { __typename: 'User' }
   | null, state: { delegations: { totalCount: number } } | null };

export type DelegationParticipantsQueryVariables = Exact<{
  meeting: string | number;
}>;


export type DelegationParticipantsQuery = { meeting: { delegations: { edges: Array<{ node: { participant:
            | { __typename: 'Organisation', acronym: string, name: string }
            | { __typename: 'State', iso3: string }
           } }> } } | null };

export type DelegationChangesCountQueryVariables = Exact<{
  id: string | number;
}>;


export type DelegationChangesCountQuery = { node:
    | { __typename: 'ApiKey' }
    | { __typename: 'AssessmentScale' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Convention' }
    | { __typename: 'CostEstimate' }
    | { __typename: 'CostShare' }
    | { __typename: 'CostShareIssue' }
    | { __typename: 'Delegation', changes: { totalCount: number } | null }
    | { __typename: 'Document' }
    | { __typename: 'Invitation' }
    | { __typename: 'Meeting' }
    | { __typename: 'Organisation' }
    | { __typename: 'Payment' }
    | { __typename: 'State' }
    | { __typename: 'TransparencyReport' }
    | { __typename: 'TreatyRecord' }
    | { __typename: 'User' }
   | null };

export type DocumentsConveningNoteQueryVariables = Exact<{
  code: string;
  format?: LetterFormat | null | undefined;
  language?: Language | null | undefined;
}>;


export type DocumentsConveningNoteQuery = { meetingByCode: { id: string, version: number, conveningNoteVerbale: { content: string, mediaType: string, fileName: string } | null } | null };

export type DocumentsListOfParticipantsQueryVariables = Exact<{
  code: string;
  variant?: ListOfParticipantsVariant | null | undefined;
  format?: ListOfParticipantsFormat | null | undefined;
  language?: Language | null | undefined;
}>;


export type DocumentsListOfParticipantsQuery = { meetingByCode: { listOfParticipants: { content: string, mediaType: string, fileName: string } | null } | null };

export type DocumentsAssessmentNoticeQueryVariables = Exact<{
  id: string | number;
  format?: LetterFormat | null | undefined;
  language?: Language | null | undefined;
}>;


export type DocumentsAssessmentNoticeQuery = { node:
    | { __typename: 'ApiKey' }
    | { __typename: 'AssessmentScale' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Convention' }
    | { __typename: 'CostEstimate' }
    | { __typename: 'CostShare', assessmentNotice: { content: string, mediaType: string, fileName: string } | null }
    | { __typename: 'CostShareIssue' }
    | { __typename: 'Delegation' }
    | { __typename: 'Document' }
    | { __typename: 'Invitation' }
    | { __typename: 'Meeting' }
    | { __typename: 'Organisation' }
    | { __typename: 'Payment' }
    | { __typename: 'State' }
    | { __typename: 'TransparencyReport' }
    | { __typename: 'TreatyRecord' }
    | { __typename: 'User' }
   | null };

export type DocumentsReportReminderQueryVariables = Exact<{
  iso3: string;
  kind: ReportKind;
  year: number;
  date?: string | null | undefined;
  language?: Language | null | undefined;
}>;


export type DocumentsReportReminderQuery = { state: { reportReminder: { content: string, fileName: string } | null } | null };

export type DocumentsMeetingNoteFileNamesQueryVariables = Exact<{
  first: number;
}>;


export type DocumentsMeetingNoteFileNamesQuery = { meetings: { edges: Array<{ node: { code: string, conveningNoteVerbale: { fileName: string } | null } }> } };

export type DocumentsOfTheEleventhMeetingQueryVariables = Exact<{ [key: string]: never; }>;


export type DocumentsOfTheEleventhMeetingQuery = { meetingByCode: { documents: { totalCount: number, edges: Array<{ node: { symbol: string, title: string, kind: DocumentKind, languages: Array<Language>, status: DocumentStatus, issuedOn: string | null, url: string | null } }> } } | null };

export type DocumentsLanguagesAtTheEleventhMeetingQueryVariables = Exact<{ [key: string]: never; }>;


export type DocumentsLanguagesAtTheEleventhMeetingQuery = { meetingByCode: { documents: { edges: Array<{ node: { symbol: string, languages: Array<Language> } }> } } | null };

export type DocumentsUpdateMeetingMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateMeetingInput;
}>;


export type DocumentsUpdateMeetingMutation = { updateMeeting:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationUpdateMeetingSuccess' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type ErrorCodesApplyToUnknownMeetingMutationVariables = Exact<{
  meetingId: string | number;
}>;


export type ErrorCodesApplyToUnknownMeetingMutation = { applyToObserve:
    | { __typename: 'ConflictError', code: ErrorCode }
    | { __typename: 'ForbiddenError', code: ErrorCode }
    | { __typename: 'MutationApplyToObserveSuccess' }
    | { __typename: 'NotFoundError', code: ErrorCode }
    | { __typename: 'ValidationError', code: ErrorCode }
   };

export type HistoricalReportsImportMutationVariables = Exact<{
  input: ImportHistoricalReportsInput;
  convention?: string | null | undefined;
}>;


export type HistoricalReportsImportMutation = { importHistoricalReports:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationImportHistoricalReportsSuccess', result: { imported: number, reports: Array<{ kind: ReportKind, periodYear: number, dueOn: string, receivedOn: string | null, channel: ReportChannel | null, state: { iso3: string } }> } }
    | { __typename: 'NotFoundError', message: string, entity: string, key: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type HistoricalReportsSetRecordsBeginMutationVariables = Exact<{
  on: string;
  convention?: string | null | undefined;
}>;


export type HistoricalReportsSetRecordsBeginMutation = { setReportRecordsBegin:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationSetReportRecordsBeginSuccess', convention: { reportRecordsBeginOn: string | null } }
    | { __typename: 'NotFoundError', message: string, entity: string, key: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type HistoricalReportsComplianceQueryVariables = Exact<{
  year: number;
  asOf?: string | null | undefined;
}>;


export type HistoricalReportsComplianceQuery = { reportingCompliance: { totals: { onTime: number, late: number, overdue: number, notYetDue: number, notRecorded: number }, obligations: { edges: Array<{ node: { kind: ReportKind, status: ComplianceStatus, receivedOn: string | null, state: { iso3: string } } }> } } };

export type HotReadsStatesPartiesQueryVariables = Exact<{
  on: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type HotReadsStatesPartiesQuery = { states: { pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, iso3: string, iso2: string | null, name: string, unShortName: string, unStatus: UnStatus, regionalGroup: RegionalGroup | null, nameFr: string, standing: { date: string, status: TreatyStatus, entryIntoForce: string | null, withdrawalEffective: string | null, depositedNotYetInForce: boolean, withdrawalPending: boolean }, treatyStatus: { id: string, signedOn: string | null, depositedOn: string | null, instrument: InstrumentKind | null, entryIntoForceOn: string | null, withdrawalNotifiedOn: string | null, withdrawalEffectiveOn: string | null } | null } }> } };

export type HotReadsAllStatesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type HotReadsAllStatesQuery = { states: { edges: Array<{ cursor: string, node: { iso3: string, names: { en: string, zh: string }, treatyStatus: { depositedOn: string | null } | null, standing: { status: TreatyStatus } } }> } };

export type HotReadsMeetingDelegationsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type HotReadsMeetingDelegationsQuery = { meeting: { invitations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { participant:
            | { iso3: string, name: string }
            | Record<PropertyKey, never>
          , delegation: { members: Array<{ givenName: string | null, familyName: string | null, role: DelegateRole }> } | null } }> } } | null };

export type HotReadsMeetingInFullQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HotReadsMeetingInFullQuery = { meeting: { id: string, code: string, kind: MeetingKind, number: number, part: number | null, title: string, opensOn: string, closesOn: string, venue: string | null, city: string, country: string | null, venueFr: string | null, cityFr: string | null, countryFr: string | null, timeZone: string, presidentName: string | null, status: MeetingStatus, convenedOn: string | null, delegationDeadline: string | null, delegationDeadlineWeekdayAsIssued: Weekday | null, reportingDeadline: string | null, webPage: string | null, symbolPrefix: string | null, version: number, updatedAt: string, conveningNote: { reference: string | null, date: string | null }, invitations: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, capacity: InvitationCapacity, status: InvitationStatus, decisionNote: string | null, participant:
            | { __typename: 'Organisation', acronym: string }
            | { __typename: 'State', id: string, iso3: string, iso2: string | null, name: string, unShortName: string, unStatus: UnStatus, regionalGroup: RegionalGroup | null, nameFr: string }
          , delegation: { id: string, version: number, publicListConsent: boolean, headOfDelegation: { role: DelegateRole, position: number, givenName: string | null } | null, members: Array<{ role: DelegateRole, position: number, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null }> } | null } }> } } | null };

export type HotReadsStatePartiesInvitedQueryVariables = Exact<{
  id: string | number;
}>;


export type HotReadsStatePartiesInvitedQuery = { meeting: { invitations: { totalCount: number, edges: Array<{ node: { participant:
            | { iso3: string }
            | Record<PropertyKey, never>
          , delegation: { members: Array<{ givenName: string | null }> } | null } }> } } | null };

export type HotReadsFirstInvitationCursorQueryVariables = Exact<{
  id: string | number;
}>;


export type HotReadsFirstInvitationCursorQuery = { meeting: { invitations: { edges: Array<{ cursor: string }> } } | null };

export type HotReadsTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type HotReadsTypenameQuery = { __typename: 'Query' };

export type NightlySyncQueryVariables = Exact<{
  since?: string | null | undefined;
  after?: string | null | undefined;
  meetingsAfter?: string | null | undefined;
  reportsAfter?: string | null | undefined;
}>;


export type NightlySyncQuery = { states: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { iso3: string, updatedAt: string } }> }, meetings: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { code: string, updatedAt: string } }> }, transparencyReports: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, updatedAt: string } }> } };

export type SyncRecordTreatyActionMutationVariables = Exact<{
  input: RecordTreatyActionInput;
}>;


export type SyncRecordTreatyActionMutation = { recordTreatyAction:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'MutationRecordTreatyActionSuccess', treatyRecord: { updatedAt: string, state: { updatedAt: string } } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type SyncMeetingQueryVariables = Exact<{
  code: string;
}>;


export type SyncMeetingQuery = { meetingByCode: { id: string, version: number, updatedAt: string } | null };

export type SyncUpdateMeetingMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type SyncUpdateMeetingMutation = { updateMeeting:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'MutationUpdateMeetingSuccess', meeting: { code: string, updatedAt: string } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type SyncRecordReportMutationVariables = Exact<{
  input: RecordTransparencyReportInput;
}>;


export type SyncRecordReportMutation = { recordTransparencyReport:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'MutationRecordTransparencyReportSuccess', report: { id: string, version: number } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type SyncPublishReportMutationVariables = Exact<{
  reportId: string | number;
  version: number;
}>;


export type SyncPublishReportMutation = { publishReport:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'MutationPublishReportSuccess', report: { id: string, updatedAt: string } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type CapacityRecordTreatyActionMutationVariables = Exact<{
  input: RecordTreatyActionInput;
}>;


export type CapacityRecordTreatyActionMutation = { recordTreatyAction:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationRecordTreatyActionSuccess' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type CapacityOfInvitationQueryVariables = Exact<{
  id: string | number;
}>;


export type CapacityOfInvitationQuery = { node:
    | { __typename: 'ApiKey' }
    | { __typename: 'AssessmentScale' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Convention' }
    | { __typename: 'CostEstimate' }
    | { __typename: 'CostShare' }
    | { __typename: 'CostShareIssue' }
    | { __typename: 'Delegation' }
    | { __typename: 'Document' }
    | { __typename: 'Invitation', capacity: InvitationCapacity, delegation: { id: string } | null, capacityChanges: Array<{ changedAt: string, previousCapacity: InvitationCapacity, capacity: InvitationCapacity, standingOn: string, cause: string }> }
    | { __typename: 'Meeting' }
    | { __typename: 'Organisation' }
    | { __typename: 'Payment' }
    | { __typename: 'State' }
    | { __typename: 'TransparencyReport' }
    | { __typename: 'TreatyRecord' }
    | { __typename: 'User' }
   | null };

export type CapacityMoveMeetingMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateMeetingInput;
}>;


export type CapacityMoveMeetingMutation = { updateMeeting:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationUpdateMeetingSuccess' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type NamesInLanguagesQueryVariables = Exact<{ [key: string]: never; }>;


export type NamesInLanguagesQuery = { state: { en: string, ar: string, fr: string } | null, organisations: { edges: Array<{ node: { acronym: string, en: string, fr: string, es: string } }> } };

export type EleventhMeetingQueryVariables = Exact<{ [key: string]: never; }>;


export type EleventhMeetingQuery = { meetingByCode: { title: string, opensOn: string, closesOn: string, venue: string | null, city: string, timeZone: string, delegationDeadline: string | null, reportingDeadline: string | null, status: MeetingStatus, conveningNote: { reference: string | null, date: string | null, issuingOffice: { name: string } | null, mandateResolution: { number: string, adoptedOn: string } | null }, secretariatOffice: { email: string } | null } | null };

export type StatesPartiesOnQueryVariables = Exact<{
  on: string;
}>;


export type StatesPartiesOnQuery = { states: { totalCount: number, edges: Array<{ node: { iso3: string } }> } };

export type StatesWithStatusQueryVariables = Exact<{
  status: TreatyStatus;
  on: string;
  after?: string | null | undefined;
}>;


export type StatesWithStatusQuery = { states: { totalCount: number, edges: Array<{ node: { iso3: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StandingsOnQueryVariables = Exact<{
  on: string;
  after?: string | null | undefined;
}>;


export type StandingsOnQuery = { states: { edges: Array<{ node: { iso3: string, standing: { status: TreatyStatus } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type LithuaniaTreatyRecordQueryVariables = Exact<{ [key: string]: never; }>;


export type LithuaniaTreatyRecordQuery = { state: { name: string, treatyStatus: { depositedOn: string | null, entryIntoForceOn: string | null, withdrawalEffectiveOn: string | null } | null, before: { status: TreatyStatus, withdrawalPending: boolean }, after: { status: TreatyStatus } } | null };

export type StateNamesInThreeLanguagesQueryVariables = Exact<{ [key: string]: never; }>;


export type StateNamesInThreeLanguagesQuery = { states: { edges: Array<{ node: { iso3: string, en: string, fr: string, zh: string } }> } };

export type FullPageOfStatesQueryVariables = Exact<{ [key: string]: never; }>;


export type FullPageOfStatesQuery = { states: { totalCount: number, edges: Array<{ cursor: string }> } };

export type MeetingsCreateMutationVariables = Exact<{
  input: CreateMeetingInput;
}>;


export type MeetingsCreateMutation = { createMeeting:
    | { __typename: 'ConflictError', message: string, allowed: Array<WorkflowStatus> | null }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationCreateMeetingSuccess', meeting: { id: string, code: string, title: string, status: MeetingStatus, version: number, presidentName: string | null, presidentState: { iso3: string } | null, conveningNote: { reference: string | null, date: string | null, issuingOffice: { code: string } | null }, secretariatOffice: { code: string } | null } }
    | { __typename: 'NotFoundError', entity: string, key: string, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type MeetingsUpdateMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateMeetingInput;
}>;


export type MeetingsUpdateMutation = { updateMeeting:
    | { __typename: 'ConflictError', message: string, allowed: Array<WorkflowStatus> | null }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationUpdateMeetingSuccess', meeting: { id: string, code: string, title: string, status: MeetingStatus, version: number, presidentName: string | null, presidentState: { iso3: string } | null, conveningNote: { reference: string | null, date: string | null, issuingOffice: { code: string } | null }, secretariatOffice: { code: string } | null } }
    | { __typename: 'NotFoundError', entity: string, key: string, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type MeetingsChangeStatusMutationVariables = Exact<{
  id: string | number;
  version: number;
  status: MeetingStatus;
}>;


export type MeetingsChangeStatusMutation = { changeMeetingStatus:
    | { __typename: 'ConflictError', message: string, allowed: Array<WorkflowStatus> | null }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationChangeMeetingStatusSuccess', meeting: { id: string, code: string, title: string, status: MeetingStatus, version: number, presidentName: string | null, presidentState: { iso3: string } | null, conveningNote: { reference: string | null, date: string | null, issuingOffice: { code: string } | null }, secretariatOffice: { code: string } | null } }
    | { __typename: 'NotFoundError', entity: string, key: string, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type MeetingsFoundMissingMalformedQueryVariables = Exact<{
  id: string | number;
  missing: string | number;
}>;


export type MeetingsFoundMissingMalformedQuery = { found: { code: string } | null, missing: { code: string } | null, malformed: { code: string } | null };

export type MeetingsCityAndVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingsCityAndVersionQuery = { meeting: { city: string, version: number } | null };

export type MeetingsConveneMutationVariables = Exact<{
  id: string | number;
}>;


export type MeetingsConveneMutation = { conveneMeeting:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'MutationConveneMeetingSuccess' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type ObserverApplyMutationVariables = Exact<{
  meetingId: string | number;
  applicant: ObserverApplicantInput;
  motivation: string;
}>;


export type ObserverApplyMutation = { applyAsObserver:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationApplyAsObserverSuccess', invitation: { id: string, capacity: InvitationCapacity, status: InvitationStatus, requestedAt: string | null, motivation: string | null, participant:
          | { __typename: 'Organisation', id: string, acronym: string, name: string }
          | { __typename: 'State' }
         } }
    | { __typename: 'NotFoundError', entity: string, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type ObserverDecideMutationVariables = Exact<{
  invitationId: string | number;
  decision: ObserverDecision;
  note?: string | null | undefined;
}>;


export type ObserverDecideMutation = { decideObserverApplication:
    | { __typename: 'ConflictError', message: string, allowed: Array<WorkflowStatus> | null }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationDecideObserverApplicationSuccess', invitation: { status: InvitationStatus, decidedAt: string | null, decisionNote: string | null } }
    | { __typename: 'NotFoundError', entity: string, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type ObserverDraftMeetingMutationVariables = Exact<{
  number: number;
}>;


export type ObserverDraftMeetingMutation = { createMeeting:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'MutationCreateMeetingSuccess', meeting: { id: string } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type ObserverApplicationsRequestedQueryVariables = Exact<{
  id: string | number;
}>;


export type ObserverApplicationsRequestedQuery = { meeting: { observerApplications: { totalCount: number, edges: Array<{ node: { id: string, motivation: string | null } }> } } | null };

export type ObserverEleventhMeetingQueryVariables = Exact<{ [key: string]: never; }>;


export type ObserverEleventhMeetingQuery = { meetingByCode: { id: string } | null };

export type ObserverInvitationCountsQueryVariables = Exact<{
  id: string | number;
}>;


export type ObserverInvitationCountsQuery = { meeting: { invitationCounts: Array<{ capacity: InvitationCapacity, count: number }> } | null };

export type PublicApplyMutationVariables = Exact<{
  meetingId: string | number;
  input: PublicObserverApplicationInput;
}>;


export type PublicApplyMutation = { applyToObserve:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationApplyToObserveSuccess', receipt: { receivedAt: string } }
    | { __typename: 'NotFoundError', entity: string, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type PublicDecideMutationVariables = Exact<{
  invitationId: string | number;
  decision: ObserverDecision;
  note?: string | null | undefined;
}>;


export type PublicDecideMutation = { decideObserverApplication:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'MutationDecideObserverApplicationSuccess' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError', issues: Array<{ path: string }> }
   };

export type PublicApplicationsQueryVariables = Exact<{
  id: string | number;
}>;


export type PublicApplicationsQuery = { meeting: { observerApplications: { edges: Array<{ node: { id: string, status: InvitationStatus, contactName: string | null, contactEmail: string | null, motivation: string | null, participant:
            | { __typename: 'Organisation', acronym: string, name: string }
            | { __typename: 'State' }
          , statusHistory: Array<{ status: InvitationStatus, at: string, note: string | null }> } }> } } | null };

export type PublicMeetingMutationVariables = Exact<{ [key: string]: never; }>;


export type PublicMeetingMutation = { createMeeting:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'MutationCreateMeetingSuccess', meeting: { id: string } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type PublicEleventhMeetingQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicEleventhMeetingQuery = { meetingByCode: { id: string } | null };

export type QueryCountsMeetingsWithDelegationsQueryVariables = Exact<{ [key: string]: never; }>;


export type QueryCountsMeetingsWithDelegationsQuery = { meetings: { edges: Array<{ node: { code: string, invitations: { totalCount: number, edges: Array<{ node: { capacity: InvitationCapacity, participant:
                | { __typename: 'Organisation', acronym: string }
                | { __typename: 'State', iso3: string }
              , delegation: { timeliness: DelegationTimeliness, members: Array<{ role: DelegateRole, givenName: string | null }> } | null } }> } } }> } };

export type QueryCountsMeetingDelegationsQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type QueryCountsMeetingDelegationsQuery = { meeting: { invitations: { edges: Array<{ node: { participant:
            | { iso3: string, name: string }
            | Record<PropertyKey, never>
          , delegation: { members: Array<{ givenName: string | null, familyName: string | null, role: DelegateRole }> } | null } }> } } | null };

export type QueryCountsStatesWithRecordsQueryVariables = Exact<{
  first: number;
}>;


export type QueryCountsStatesWithRecordsQuery = { states: { edges: Array<{ node: { iso3: string, treatyStatus: { depositedOn: string | null } | null, reports: { totalCount: number, edges: Array<{ node: { kind: ReportKind, periodYear: number } }> } } }> } };

export type QueryCountsComplianceWithReportsQueryVariables = Exact<{
  first: number;
}>;


export type QueryCountsComplianceWithReportsQuery = { reportingCompliance: { obligations: { edges: Array<{ node: { status: ComplianceStatus, state: { iso3: string, name: string }, report: { id: string, kind: ReportKind, forms: Array<{ letter: FormLetter }> } | null } }> } } };

export type QueryCountsStatesTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type QueryCountsStatesTotalQuery = { states: { totalCount: number } };

export type QueryCountsMeetingsTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type QueryCountsMeetingsTotalQuery = { meetings: { totalCount: number } };

export type QueryCountsTransparencyReportsTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type QueryCountsTransparencyReportsTotalQuery = { transparencyReports: { totalCount: number } };

export type QueryCountsOrganisationsTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type QueryCountsOrganisationsTotalQuery = { organisations: { totalCount: number } };

export type QueryCountsConventionsTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type QueryCountsConventionsTotalQuery = { conventions: { totalCount: number } };

export type QueryCountsTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type QueryCountsTypenameQuery = { __typename: 'Query' };

export type RateLimitCostOneStateQueryVariables = Exact<{ [key: string]: never; }>;


export type RateLimitCostOneStateQuery = { state: { iso3: string, name: string } | null };

export type RateLimitCostHundredStatesQueryVariables = Exact<{ [key: string]: never; }>;


export type RateLimitCostHundredStatesQuery = { states: { edges: Array<{ node: { iso3: string, name: string } }> } };

export type RateLimitCostRateLimitAndHundredStatesQueryVariables = Exact<{ [key: string]: never; }>;


export type RateLimitCostRateLimitAndHundredStatesQuery = { rateLimit: { cost: number, limit: number, remaining: number, resetAt: string } | null, states: { edges: Array<{ node: { iso3: string, name: string } }> } };

export type RateLimitCostStatesWithDelegationsQueryVariables = Exact<{ [key: string]: never; }>;


export type RateLimitCostStatesWithDelegationsQuery = { states: { edges: Array<{ node: { iso3: string, delegations: { edges: Array<{ node: { id: string, submittedAt: string } }> } } }> } };

export type RateLimitCostMeetingsWithInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type RateLimitCostMeetingsWithInvitationsQuery = { meetings: { edges: Array<{ node: { invitations: { edges: Array<{ node: { id: string } }> } } }> } };

export type ConcurrencyReadVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type ConcurrencyReadVersionQuery = { node:
    | { version: number }
    | Record<PropertyKey, never>
   | null };

export type DatabaseRestartAmendMutationVariables = Exact<{
  id: string | number;
  v: number;
  input: DelegationInput;
}>;


export type DatabaseRestartAmendMutation = { amendDelegation:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'MutationAmendDelegationSuccess', delegation: { version: number } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type DatabaseRestartStatesQueryVariables = Exact<{ [key: string]: never; }>;


export type DatabaseRestartStatesQuery = { states: { totalCount: number, edges: Array<{ node: { iso3: string } }> } };

export type DatabaseRestartSignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type DatabaseRestartSignInMutation = { signIn:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'MutationSignInSuccess', session: { token: string } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type DatabaseRestartTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type DatabaseRestartTypenameQuery = { __typename: 'Query' };

export type FaultsImportScaleMutationVariables = Exact<{
  input: ImportAssessmentScaleInput;
}>;


export type FaultsImportScaleMutation = { importAssessmentScale:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationImportAssessmentScaleSuccess' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type FaultsAmendFirstVersionMutationVariables = Exact<{
  id: string | number;
  input: DelegationInput;
}>;


export type FaultsAmendFirstVersionMutation = { amendDelegation:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'MutationAmendDelegationSuccess' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type FaultsAmendMutationVariables = Exact<{
  id: string | number;
  v: number;
  input: DelegationInput;
}>;


export type FaultsAmendMutation = { amendDelegation:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'MutationAmendDelegationSuccess' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type FaultsStatesPageQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultsStatesPageQuery = { states: { totalCount: number, edges: Array<{ node: { iso3: string, name: string, regionalGroup: RegionalGroup | null, unStatus: UnStatus, treatyStatus: { __typename: 'TreatyRecord' } | null } }> } };

export type FaultsTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultsTypenameQuery = { __typename: 'Query' };

export type FaultsAmendAndReadVersionMutationVariables = Exact<{
  id: string | number;
  v: number;
  input: DelegationInput;
}>;


export type FaultsAmendAndReadVersionMutation = { amendDelegation:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'MutationAmendDelegationSuccess', delegation: { version: number } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type FaultsSignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type FaultsSignInMutation = { signIn:
    | { session: { token: string } }
    | Record<PropertyKey, never>
   };

export type IdempotencyRecordPaymentMutationVariables = Exact<{
  costShareId: string | number;
  input: RecordPaymentInput;
  key?: string | null | undefined;
}>;


export type IdempotencyRecordPaymentMutation = { recordPayment:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationRecordPaymentSuccess', payment: { id: string, amount: string, reference: string | null } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type IdempotencySetEstimateMutationVariables = Exact<{
  meetingId: string | number;
  input: SetCostEstimateInput;
  key?: string | null | undefined;
}>;


export type IdempotencySetEstimateMutation = { setCostEstimate:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationSetCostEstimateSuccess', costEstimate: { id: string, version: number } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type IdempotencyMutationArgumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type IdempotencyMutationArgumentsQuery = { __type: { fields: Array<{ name: string, args: Array<{ name: string, description: string | null }> }> | null } | null };

export type IsolationPersonFragment = { role: DelegateRole, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null };

export type IsolationDelegatesFragment = { id: string, headOfDelegation: { role: DelegateRole, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null } | null, members: Array<{ role: DelegateRole, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null }>, changes: { totalCount: number, edges: Array<{ node: { changedByName: string | null, before: unknown, after: unknown } }> } | null };

export type IsolationReportListFragment = { totalCount: number, edges: Array<{ node: { id: string, forms: Array<{ letter: FormLetter, status: FormStatus }> } }> };

export type IsolationListOfParticipantsQueryVariables = Exact<{
  id: string | number;
  variant: ListOfParticipantsVariant;
  format: ListOfParticipantsFormat;
}>;


export type IsolationListOfParticipantsQuery = { meeting: { listOfParticipants: { content: string } | null } | null };

export type IsolationReportsOfStateYearKindQueryVariables = Exact<{ [key: string]: never; }>;


export type IsolationReportsOfStateYearKindQuery = { transparencyReports: { totalCount: number, edges: Array<{ node: { id: string, forms: Array<{ letter: FormLetter, status: FormStatus }> } }> } };

export type IsolationReportsOnTimeQueryVariables = Exact<{
  asOf: string;
}>;


export type IsolationReportsOnTimeQuery = { transparencyReports: { totalCount: number, edges: Array<{ node: { id: string, forms: Array<{ letter: FormLetter, status: FormStatus }> } }> } };

export type IsolationStateReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type IsolationStateReportsQuery = { state: { reports: { totalCount: number, edges: Array<{ node: { id: string, forms: Array<{ letter: FormLetter, status: FormStatus }> } }> } } | null };

export type IsolationComplianceReportsQueryVariables = Exact<{
  asOf: string;
}>;


export type IsolationComplianceReportsQuery = { reportingCompliance: { obligations: { edges: Array<{ node: { state: { iso3: string }, report: { id: string, forms: Array<{ letter: FormLetter, status: FormStatus }> } | null } }> } } };

export type IsolationNodesOfAdminRecordsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type IsolationNodesOfAdminRecordsQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { after: unknown, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { email: string, id: string }
   | null> };

export type IsolationNodesOfDelegationQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type IsolationNodesOfDelegationQuery = { nodes: Array<
    | { id: string, headOfDelegation: { role: DelegateRole, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null } | null, members: Array<{ role: DelegateRole, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null }>, changes: { totalCount: number, edges: Array<{ node: { changedByName: string | null, before: unknown, after: unknown } }> } | null }
    | { delegation: { id: string, headOfDelegation: { role: DelegateRole, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null } | null, members: Array<{ role: DelegateRole, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null }>, changes: { totalCount: number, edges: Array<{ node: { changedByName: string | null, before: unknown, after: unknown } }> } | null } | null }
    | Record<PropertyKey, never>
   | null> };

export type IsolationMeetingDelegationsQueryVariables = Exact<{
  id: string | number;
}>;


export type IsolationMeetingDelegationsQuery = { meeting: { delegations: { edges: Array<{ node: { id: string, headOfDelegation: { role: DelegateRole, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null } | null, members: Array<{ role: DelegateRole, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null }>, changes: { totalCount: number, edges: Array<{ node: { changedByName: string | null, before: unknown, after: unknown } }> } | null } }> } } | null };

export type IsolationLateDelegationsQueryVariables = Exact<{
  code: string;
}>;


export type IsolationLateDelegationsQuery = { meetingByCode: { delegations: { edges: Array<{ node: { id: string, headOfDelegation: { role: DelegateRole, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null } | null, members: Array<{ role: DelegateRole, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null }>, changes: { totalCount: number, edges: Array<{ node: { changedByName: string | null, before: unknown, after: unknown } }> } | null } }> } } | null };

export type IsolationInvitationDelegationsQueryVariables = Exact<{
  id: string | number;
}>;


export type IsolationInvitationDelegationsQuery = { meeting: { invitations: { edges: Array<{ node: { delegation: { id: string, headOfDelegation: { role: DelegateRole, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null } | null, members: Array<{ role: DelegateRole, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null }>, changes: { totalCount: number, edges: Array<{ node: { changedByName: string | null, before: unknown, after: unknown } }> } | null } | null } }> } } | null };

export type IsolationMeetingsDelegationsQueryVariables = Exact<{ [key: string]: never; }>;


export type IsolationMeetingsDelegationsQuery = { meetings: { edges: Array<{ node: { delegations: { edges: Array<{ node: { id: string, headOfDelegation: { role: DelegateRole, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null } | null, members: Array<{ role: DelegateRole, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null }>, changes: { totalCount: number, edges: Array<{ node: { changedByName: string | null, before: unknown, after: unknown } }> } | null } }> } } }> } };

export type IsolationStateDelegationsQueryVariables = Exact<{ [key: string]: never; }>;


export type IsolationStateDelegationsQuery = { state: { delegations: { edges: Array<{ node: { id: string, headOfDelegation: { role: DelegateRole, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null } | null, members: Array<{ role: DelegateRole, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null }>, changes: { totalCount: number, edges: Array<{ node: { changedByName: string | null, before: unknown, after: unknown } }> } | null } }> } } | null };

export type IsolationSearchedStatesDelegationsQueryVariables = Exact<{ [key: string]: never; }>;


export type IsolationSearchedStatesDelegationsQuery = { states: { edges: Array<{ node: { delegations: { edges: Array<{ node: { id: string, headOfDelegation: { role: DelegateRole, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null } | null, members: Array<{ role: DelegateRole, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null }>, changes: { totalCount: number, edges: Array<{ node: { changedByName: string | null, before: unknown, after: unknown } }> } | null } }> } } }> } };

export type IsolationOwnStateDelegationsQueryVariables = Exact<{ [key: string]: never; }>;


export type IsolationOwnStateDelegationsQuery = { me: { state: { delegations: { edges: Array<{ node: { id: string, headOfDelegation: { role: DelegateRole, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null } | null, members: Array<{ role: DelegateRole, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null }>, changes: { totalCount: number, edges: Array<{ node: { changedByName: string | null, before: unknown, after: unknown } }> } | null } }> } } | null } | null };

export type IsolationAmendOwnDelegationMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: DelegationInput;
}>;


export type IsolationAmendOwnDelegationMutation = { amendDelegation:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'MutationAmendDelegationSuccess', delegation: { invitation: { meeting: { delegations: { edges: Array<{ node: { id: string, headOfDelegation: { role: DelegateRole, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null } | null, members: Array<{ role: DelegateRole, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null }>, changes: { totalCount: number, edges: Array<{ node: { changedByName: string | null, before: unknown, after: unknown } }> } | null } }> } } } } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type IsolationReportNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type IsolationReportNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { published: boolean, id: string, forms: Array<{ letter: FormLetter, status: FormStatus }> }
    | { id: string }
    | { id: string }
   | null };

export type IsolationUserNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type IsolationUserNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { email: string, name: string, id: string }
   | null };

export type IsolationUsersSearchedQueryVariables = Exact<{ [key: string]: never; }>;


export type IsolationUsersSearchedQuery = { users: { edges: Array<{ node: { id: string, email: string, name: string } }> } };

export type IsolationDelegationAuditQueryVariables = Exact<{
  id: string | number;
}>;


export type IsolationDelegationAuditQuery = { auditEvents: { edges: Array<{ node: { id: string, action: string, before: unknown, after: unknown, actorUser: { email: string } | null } }> } };

export type IsolationAmendMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: DelegationInput;
}>;


export type IsolationAmendMutation = { amendDelegation:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationAmendDelegationSuccess' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type IsolationRecordReportMutationVariables = Exact<{
  input: RecordTransparencyReportInput;
}>;


export type IsolationRecordReportMutation = { recordTransparencyReport:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationRecordTransparencyReportSuccess' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type IsolationSubmitMutationVariables = Exact<{
  id: string | number;
  input: DelegationInput;
}>;


export type IsolationSubmitMutation = { submitDelegation:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationSubmitDelegationSuccess' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type IsolationRecordCredentialsMutationVariables = Exact<{
  id: string | number;
  input: CredentialsInput;
}>;


export type IsolationRecordCredentialsMutation = { recordCredentials:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationRecordCredentialsSuccess' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type IsolationDecideObserverApplicationMutationVariables = Exact<{
  id: string | number;
}>;


export type IsolationDecideObserverApplicationMutation = { decideObserverApplication:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationDecideObserverApplicationSuccess' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type IsolationUpdateReportFormsMutationVariables = Exact<{
  id: string | number;
  version: number;
  forms: Array<ReportFormInput> | ReportFormInput;
}>;


export type IsolationUpdateReportFormsMutation = { updateReportForms:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationUpdateReportFormsSuccess' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type IsolationPublishReportMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type IsolationPublishReportMutation = { publishReport:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationPublishReportSuccess' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type IsolationMoveUserToAustriaMutationVariables = Exact<{
  id: string | number;
}>;


export type IsolationMoveUserToAustriaMutation = { updateUser:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationUpdateUserSuccess' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type IsolationMeetingDelegatesQueryVariables = Exact<{
  id: string | number;
}>;


export type IsolationMeetingDelegatesQuery = { meeting: { invitations: { edges: Array<{ node: { participant:
            | { iso3: string }
            | Record<PropertyKey, never>
          , delegation: { id: string, headOfDelegation: { role: DelegateRole, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null } | null, members: Array<{ role: DelegateRole, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null }>, changes: { totalCount: number, edges: Array<{ node: { changedByName: string | null, before: unknown, after: unknown } }> } | null } | null } }> } } | null };

export type IsolationRecordDraftReportMutationVariables = Exact<{
  input: RecordTransparencyReportInput;
}>;


export type IsolationRecordDraftReportMutation = { recordTransparencyReport:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'MutationRecordTransparencyReportSuccess', report: { id: string } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type IsolationDelegationNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type IsolationDelegationNodeQuery = { node:
    | { id: string, headOfDelegation: { role: DelegateRole, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null } | null, members: Array<{ role: DelegateRole, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null, phone: string | null }>, changes: { totalCount: number, edges: Array<{ node: { changedByName: string | null, before: unknown, after: unknown } }> } | null }
    | Record<PropertyKey, never>
   | null };

export type IsolationMoveToAustriaMutationVariables = Exact<{
  id: string | number;
}>;


export type IsolationMoveToAustriaMutation = { updateUser:
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'MutationUpdateUserSuccess' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type ReminderSendMutationVariables = Exact<{
  input: SendReportReminderInput;
}>;


export type ReminderSendMutation = { sendReportReminder:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationSendReportReminderSuccess', reminder: { kind: ReportKind, periodYear: number, reference: string, date: string, dueOn: string, issuingOffice: string, submissionOffice: string, language: Language, sentAt: string, state: { iso3: string } } }
    | { __typename: 'NotFoundError', message: string, entity: string, key: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type ReminderAuditTrailQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type ReminderAuditTrailQuery = { auditEvents: { totalCount: number, edges: Array<{ node: { action: string, entityType: string, actorName: string | null, after: unknown, entity:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { version: number, id: string }
          | { id: string }
          | { id: string }
          | { code: string, id: string }
          | { id: string }
          | { id: string }
          | { iso3: string, id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         | null } }> } };

export type ReminderSendAllMutationVariables = Exact<{
  input: SendReportRemindersInput;
}>;


export type ReminderSendAllMutation = { sendReportReminders:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationSendReportRemindersSuccess', reminders: Array<{ kind: ReportKind, periodYear: number, reference: string, date: string, dueOn: string, language: Language, sentByName: string | null, state: { iso3: string } }> }
    | { __typename: 'NotFoundError', message: string, entity: string, key: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type ReminderSentToQueryVariables = Exact<{
  iso3: string;
}>;


export type ReminderSentToQuery = { state: { reportRemindersSent: { totalCount: number, edges: Array<{ node: { reference: string, kind: ReportKind, periodYear: number, date: string } }> } } | null };

export type ReminderNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ReminderNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
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

export type ReminderAuditOfNotAMeetingQueryVariables = Exact<{ [key: string]: never; }>;


export type ReminderAuditOfNotAMeetingQuery = { auditEvents: { totalCount: number } };

export type ReminderAuditCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ReminderAuditCountQuery = { auditEvents: { totalCount: number } };

export type ReportsRecordMutationVariables = Exact<{
  input: RecordTransparencyReportInput;
}>;


export type ReportsRecordMutation = { recordTransparencyReport:
    | { __typename: 'ConflictError', message: string, code: ErrorCode }
    | { __typename: 'ForbiddenError', message: string, code: ErrorCode }
    | { __typename: 'MutationRecordTransparencyReportSuccess', report: { id: string, kind: ReportKind, periodYear: number, periodStart: string, periodEnd: string, dueOn: string, dueOnOverridden: boolean, receivedOn: string | null, channel: ReportChannel | null, published: boolean, publishedAt: string | null, version: number, lateOn: ComplianceStatus, state: { iso3: string }, convention: { code: string }, forms: Array<{ letter: FormLetter, status: FormStatus, unchangedSinceYear: number | null }> } }
    | { __typename: 'NotFoundError', message: string, code: ErrorCode, entity: string, key: string }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, issues: Array<{ path: string, message: string }> }
   };

export type ReportsUpdateFormsMutationVariables = Exact<{
  reportId: string | number;
  version: number;
  forms: Array<ReportFormInput> | ReportFormInput;
}>;


export type ReportsUpdateFormsMutation = { updateReportForms:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationUpdateReportFormsSuccess', report: { version: number, forms: Array<{ letter: FormLetter, status: FormStatus, unchangedSinceYear: number | null }> } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type ReportsPublishMutationVariables = Exact<{
  reportId: string | number;
  version: number;
}>;


export type ReportsPublishMutation = { publishReport:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationPublishReportSuccess', report: { published: boolean, publishedAt: string | null, version: number } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type ReportsOfNigeriaQueryVariables = Exact<{
  filter?: TransparencyReportFilter | null | undefined;
}>;


export type ReportsOfNigeriaQuery = { transparencyReports: { totalCount: number, edges: Array<{ node: { kind: ReportKind, periodYear: number, published: boolean } }> }, state: { reports: { totalCount: number } } | null };

export type ReportsSouthSudanIdQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsSouthSudanIdQuery = { state: { id: string } | null };

export type ReportsNodeAndNodesQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportsNodeAndNodesQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type ReportsFilteredQueryVariables = Exact<{
  filter?: TransparencyReportFilter | null | undefined;
}>;


export type ReportsFilteredQuery = { transparencyReports: { totalCount: number, edges: Array<{ node: { kind: ReportKind, periodYear: number, compliance: ComplianceStatus, state: { iso3: string } } }> } };

export type ReportsOfAStateQueryVariables = Exact<{
  iso3: string;
  filter?: StateReportFilter | null | undefined;
}>;


export type ReportsOfAStateQuery = { state: { reports: { totalCount: number, edges: Array<{ node: { kind: ReportKind, periodYear: number, compliance: ComplianceStatus } }> } } | null };

export type ResponseCacheReadDelegationQueryVariables = Exact<{
  id: string | number;
}>;


export type ResponseCacheReadDelegationQuery = { node:
    | { version: number, members: Array<{ position: number, givenName: string | null, familyName: string | null }>, credentials: { status: CredentialStatus } | null }
    | Record<PropertyKey, never>
   | null };

export type ResponseCacheStatesNamedNorQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheStatesNamedNorQuery = { states: { edges: Array<{ node: { iso3: string, name: string } }> } };

export type ResponseCacheMeAndUserQueryVariables = Exact<{
  id: string | number;
}>;


export type ResponseCacheMeAndUserQuery = { me: { email: string } | null, node:
    | { email: string }
    | Record<PropertyKey, never>
   | null };

export type ResponseCacheUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheUsersQuery = { users: { totalCount: number } };

export type ResponseCacheSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheSignOutMutation = { signOut: boolean };

export type ResponseCacheRateLimitQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheRateLimitQuery = { rateLimit: { remaining: number } | null };

export type ResponseCacheApiKeyStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheApiKeyStatusQuery = { apiKeys: { edges: Array<{ node: { name: string, status: ApiKeyStatus } }> } };

export type ResponseCacheApiKeyLastUseQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheApiKeyLastUseQuery = { apiKeys: { edges: Array<{ node: { name: string, lastUsedAt: string | null } }> } };

export type ResponseCacheThreeStatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheThreeStatesQuery = { states: { edges: Array<{ node: { iso3: string } }> } };

export type ResponseCacheMeetingsAndConventionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheMeetingsAndConventionsQuery = { meetings: { edges: Array<{ node: { code: string, convention: { code: string } } }> } };

export type ResponseCacheStatesPartiesCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheStatesPartiesCountQuery = { states: { totalCount: number } };

export type ResponseCacheTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheTypenameQuery = { __typename: 'Query' };

export type SignInAsMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInAsMutation = { signIn:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationSignInSuccess', session: { token: string, expiresAt: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type SignedInAsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignedInAsQuery = { me: { email: string, role: UserRole } | null };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type ActorsSignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type ActorsSignInMutation = { signIn:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationSignInSuccess', session: { token: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type DelegationSubmitMutationVariables = Exact<{
  invitationId: string | number;
  input: DelegationInput;
}>;


export type DelegationSubmitMutation = { submitDelegation:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationSubmitDelegationSuccess', delegation: { id: string, version: number, timeliness: DelegationTimeliness, amendedAfterDeadline: boolean, headOfDelegation: { givenName: string | null, role: DelegateRole } | null, members: Array<{ role: DelegateRole, position: number, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null }>, credentials: { issuingAuthority: CredentialIssuingAuthority, authorisedBy: CredentialAuthorisingOffice | null, documentKind: CredentialDocumentKind, receivedDate: string, status: CredentialStatus } | null } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type DelegationAmendMutationVariables = Exact<{
  delegationId: string | number;
  version: number;
  input: DelegationInput;
}>;


export type DelegationAmendMutation = { amendDelegation:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationAmendDelegationSuccess', delegation: { id: string, version: number, timeliness: DelegationTimeliness, amendedAfterDeadline: boolean, headOfDelegation: { givenName: string | null, role: DelegateRole } | null, members: Array<{ role: DelegateRole, position: number, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null }>, credentials: { issuingAuthority: CredentialIssuingAuthority, authorisedBy: CredentialAuthorisingOffice | null, documentKind: CredentialDocumentKind, receivedDate: string, status: CredentialStatus } | null } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type DelegationRecordCredentialsMutationVariables = Exact<{
  delegationId: string | number;
  input: CredentialsInput;
}>;


export type DelegationRecordCredentialsMutation = { recordCredentials:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationRecordCredentialsSuccess', delegation: { id: string, version: number, timeliness: DelegationTimeliness, amendedAfterDeadline: boolean, headOfDelegation: { givenName: string | null, role: DelegateRole } | null, members: Array<{ role: DelegateRole, position: number, salutation: string | null, givenName: string | null, familyName: string | null, title: string | null, email: string | null }>, credentials: { issuingAuthority: CredentialIssuingAuthority, authorisedBy: CredentialAuthorisingOffice | null, documentKind: CredentialDocumentKind, receivedDate: string, status: CredentialStatus } | null } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type TreatyActionRecordedMutationVariables = Exact<{
  input: RecordTreatyActionInput;
}>;


export type TreatyActionRecordedMutation = { recordTreatyAction:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationRecordTreatyActionSuccess', treatyRecord: { id: string, version: number, signedOn: string | null, signatureSource: string | null, signatureVerified: boolean, instrument: InstrumentKind | null, depositedOn: string | null, depositSource: string | null, depositVerified: boolean, entryIntoForceOn: string | null, entryIntoForceOverridden: boolean, withdrawalNotifiedOn: string | null, withdrawalEffectiveOn: string | null, withdrawalSource: string | null, state: { iso3: string }, convention: { code: string } } }
    | { __typename: 'NotFoundError', message: string, entity: string, key: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, message: string }> }
   };

export type TreatyActionPartiesOnQueryVariables = Exact<{
  on: string;
}>;


export type TreatyActionPartiesOnQuery = { states: { totalCount: number, edges: Array<{ node: { iso3: string } }> } };

export type TreatyActionAuditedQueryVariables = Exact<{
  action: string;
}>;


export type TreatyActionAuditedQuery = { auditEvents: { edges: Array<{ node: { action: string, entityType: string, entityId: string, entity:
          | { __typename: 'ApiKey', id: string }
          | { __typename: 'AssessmentScale', id: string }
          | { __typename: 'AuditEvent', id: string }
          | { __typename: 'Convention', id: string }
          | { __typename: 'CostEstimate', id: string }
          | { __typename: 'CostShare', id: string }
          | { __typename: 'CostShareIssue', id: string }
          | { __typename: 'Delegation', id: string }
          | { __typename: 'Document', id: string }
          | { __typename: 'Invitation', id: string }
          | { __typename: 'Meeting', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Payment', id: string }
          | { __typename: 'State', id: string }
          | { __typename: 'TransparencyReport', id: string }
          | { __typename: 'TreatyRecord', id: string }
          | { __typename: 'User', id: string }
         | null } }> } };

export type TreatyActionNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type TreatyActionNodeQuery = { node:
    | { __typename: 'ApiKey' }
    | { __typename: 'AssessmentScale' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Convention' }
    | { __typename: 'CostEstimate' }
    | { __typename: 'CostShare' }
    | { __typename: 'CostShareIssue' }
    | { __typename: 'Delegation' }
    | { __typename: 'Document' }
    | { __typename: 'Invitation' }
    | { __typename: 'Meeting' }
    | { __typename: 'Organisation' }
    | { __typename: 'Payment' }
    | { __typename: 'State' }
    | { __typename: 'TransparencyReport' }
    | { __typename: 'TreatyRecord', depositedOn: string | null, state: { iso3: string } }
    | { __typename: 'User' }
   | null };

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
export const ConveningNoteDetailsMeetingFragmentDoc = new TypedDocumentString(`
    fragment ConveningNoteDetailsMeeting on Meeting {
  id
  code
  version
  venue
  city
  country
  venueFr
  cityFr
  countryFr
  delegationDeadline
  delegationDeadlineWeekdayAsIssued
  webPage
  secretariatOffice {
    code
  }
  conveningNote {
    reference
    date
    addressees
    addresseesFr
    issuingOffice {
      code
    }
    mandateResolution {
      number
    }
    deadlineWeekdayDisagreement {
      date
      weekdayAsIssued
      weekdayOfDate
      message
    }
  }
}
    `, {"fragmentName":"ConveningNoteDetailsMeeting"}) as unknown as TypedDocumentString<ConveningNoteDetailsMeetingFragment, unknown>;
export const CostSharesOnRealScalesShareFragmentDoc = new TypedDocumentString(`
    fragment CostSharesOnRealScalesShare on CostShare {
  id
  state {
    iso3
  }
  assessed
  ratePercent
  sharePercent
  amount
}
    `, {"fragmentName":"CostSharesOnRealScalesShare"}) as unknown as TypedDocumentString<CostSharesOnRealScalesShareFragment, unknown>;
export const CostSharesShareFragmentDoc = new TypedDocumentString(`
    fragment CostSharesShare on CostShare {
  id
  state {
    iso3
  }
  assessed
  ratePercent
  sharePercent
  amount
  currency
  paid
  outstanding
  credit
}
    `, {"fragmentName":"CostSharesShare"}) as unknown as TypedDocumentString<CostSharesShareFragment, unknown>;
export const CostSharesSharesPageFragmentDoc = new TypedDocumentString(`
    fragment CostSharesSharesPage on CostShareConnection {
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
      }
      standing
      paid
      outstanding
    }
  }
}
    `, {"fragmentName":"CostSharesSharesPage"}) as unknown as TypedDocumentString<CostSharesSharesPageFragment, unknown>;
export const IsolationPersonFragmentDoc = new TypedDocumentString(`
    fragment IsolationPerson on DelegationMember {
  role
  salutation
  givenName
  familyName
  title
  email
  phone
}
    `, {"fragmentName":"IsolationPerson"}) as unknown as TypedDocumentString<IsolationPersonFragment, unknown>;
export const IsolationDelegatesFragmentDoc = new TypedDocumentString(`
    fragment IsolationDelegates on Delegation {
  id
  headOfDelegation {
    ...IsolationPerson
  }
  members {
    ...IsolationPerson
  }
  changes {
    totalCount
    edges {
      node {
        changedByName
        before
        after
      }
    }
  }
}
    fragment IsolationPerson on DelegationMember {
  role
  salutation
  givenName
  familyName
  title
  email
  phone
}`, {"fragmentName":"IsolationDelegates"}) as unknown as TypedDocumentString<IsolationDelegatesFragment, unknown>;
export const IsolationReportListFragmentDoc = new TypedDocumentString(`
    fragment IsolationReportList on TransparencyReportConnection {
  totalCount
  edges {
    node {
      id
      forms {
        letter
        status
      }
    }
  }
}
    `, {"fragmentName":"IsolationReportList"}) as unknown as TypedDocumentString<IsolationReportListFragment, unknown>;
export const AccessCreateUserDocument = new TypedDocumentString(`
    mutation AccessCreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    __typename
    ... on MutationCreateUserSuccess {
      user {
        id
        email
        name
        role
        active
        state {
          iso3
        }
      }
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on NotFoundError {
      entity
      key
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AccessCreateUserMutation, AccessCreateUserMutationVariables>;
export const AccessUpdateUserDocument = new TypedDocumentString(`
    mutation AccessUpdateUser($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    __typename
    ... on MutationUpdateUserSuccess {
      user {
        id
        name
        role
        active
        state {
          iso3
        }
      }
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on NotFoundError {
      entity
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AccessUpdateUserMutation, AccessUpdateUserMutationVariables>;
export const AccessCreateApiKeyDocument = new TypedDocumentString(`
    mutation AccessCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    __typename
    ... on MutationCreateApiKeySuccess {
      key
      apiKey {
        id
        name
        prefix
        scopes
        status
        expiresAt
        organisation {
          acronym
        }
        createdBy {
          email
        }
      }
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on NotFoundError {
      entity
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AccessCreateApiKeyMutation, AccessCreateApiKeyMutationVariables>;
export const AccessRevokeApiKeyDocument = new TypedDocumentString(`
    mutation AccessRevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    __typename
    ... on MutationRevokeApiKeySuccess {
      apiKey {
        id
        status
        revokedAt
      }
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AccessRevokeApiKeyMutation, AccessRevokeApiKeyMutationVariables>;
export const AccessAuditOfDocument = new TypedDocumentString(`
    query AccessAuditOf($id: ID!) {
  auditEvents(filter: {entityId: $id}) {
    edges {
      node {
        action
        before
        after
        actorUser {
          email
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessAuditOfQuery, AccessAuditOfQueryVariables>;
export const AccessSignInDocument = new TypedDocumentString(`
    mutation AccessSignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AccessSignInMutation, AccessSignInMutationVariables>;
export const AccessSignOutDocument = new TypedDocumentString(`
    mutation AccessSignOut {
  signOut
}
    `) as unknown as TypedDocumentString<AccessSignOutMutation, AccessSignOutMutationVariables>;
export const AccessMeDocument = new TypedDocumentString(`
    query AccessMe {
  me {
    email
  }
}
    `) as unknown as TypedDocumentString<AccessMeQuery, AccessMeQueryVariables>;
export const AccessSecretariatUsersDocument = new TypedDocumentString(`
    query AccessSecretariatUsers {
  users(filter: {role: SECRETARIAT}, first: 100) {
    totalCount
    edges {
      node {
        email
        role
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessSecretariatUsersQuery, AccessSecretariatUsersQueryVariables>;
export const AccessUserCountDocument = new TypedDocumentString(`
    query AccessUserCount {
  users {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AccessUserCountQuery, AccessUserCountQueryVariables>;
export const AccessApiKeyCountDocument = new TypedDocumentString(`
    query AccessApiKeyCount {
  apiKeys {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AccessApiKeyCountQuery, AccessApiKeyCountQueryVariables>;
export const AccessApiKeysDocument = new TypedDocumentString(`
    query AccessApiKeys {
  apiKeys(first: 100) {
    totalCount
    edges {
      node {
        prefix
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessApiKeysQuery, AccessApiKeysQueryVariables>;
export const AccessConventionCountDocument = new TypedDocumentString(`
    query AccessConventionCount {
  conventions {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AccessConventionCountQuery, AccessConventionCountQueryVariables>;
export const AccessUsersCreatedByDocument = new TypedDocumentString(`
    query AccessUsersCreatedBy($actor: ID!) {
  auditEvents(filter: {action: "user.create", actor: $actor}, first: 100) {
    totalCount
    edges {
      node {
        action
        at
        actorUser {
          email
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessUsersCreatedByQuery, AccessUsersCreatedByQueryVariables>;
export const AccessAuditByMadeUpActorDocument = new TypedDocumentString(`
    query AccessAuditByMadeUpActor {
  auditEvents(filter: {actor: "bm90LWFuLWlk"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AccessAuditByMadeUpActorQuery, AccessAuditByMadeUpActorQueryVariables>;
export const AccessAuditEventCountDocument = new TypedDocumentString(`
    query AccessAuditEventCount {
  auditEvents {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AccessAuditEventCountQuery, AccessAuditEventCountQueryVariables>;
export const AccessNodeDocument = new TypedDocumentString(`
    query AccessNode($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on User {
      email
      name
    }
    ... on ApiKey {
      prefix
    }
    ... on AuditEvent {
      action
      after
    }
  }
}
    `) as unknown as TypedDocumentString<AccessNodeQuery, AccessNodeQueryVariables>;
export const AccessUserNodesDocument = new TypedDocumentString(`
    query AccessUserNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on User {
      email
    }
  }
}
    `) as unknown as TypedDocumentString<AccessUserNodesQuery, AccessUserNodesQueryVariables>;
export const AccessApiKeyLastUsedAtDocument = new TypedDocumentString(`
    query AccessApiKeyLastUsedAt($id: ID!) {
  node(id: $id) {
    __typename
    ... on ApiKey {
      lastUsedAt
    }
  }
}
    `) as unknown as TypedDocumentString<AccessApiKeyLastUsedAtQuery, AccessApiKeyLastUsedAtQueryVariables>;
export const AssessmentScaleImportDocument = new TypedDocumentString(`
    mutation AssessmentScaleImport($input: ImportAssessmentScaleInput!) {
  importAssessmentScale(input: $input) {
    __typename
    ... on MutationImportAssessmentScaleSuccess {
      assessmentScale {
        name
        firstYear
        lastYear
        resolution
        source
        complete
        rates(first: 100) {
          totalCount
          edges {
            node {
              state {
                iso3
              }
              ratePercent
            }
          }
        }
      }
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AssessmentScaleImportMutation, AssessmentScaleImportMutationVariables>;
export const AssessmentScaleSeededDocument = new TypedDocumentString(`
    query AssessmentScaleSeeded {
  assessmentScales(first: 10) {
    totalCount
    edges {
      node {
        name
      }
    }
  }
  assessmentScale(name: "2022-2024") {
    firstYear
    lastYear
    resolution
    complete
    rates(first: 2) {
      totalCount
      edges {
        node {
          state {
            iso3
          }
          ratePercent
        }
      }
    }
    switzerland: rate(iso3: "che") {
      ratePercent
    }
    holySee: rate(iso3: "VAT") {
      ratePercent
    }
  }
}
    `) as unknown as TypedDocumentString<AssessmentScaleSeededQuery, AssessmentScaleSeededQueryVariables>;
export const AssessmentScaleNotHeldDocument = new TypedDocumentString(`
    query AssessmentScaleNotHeld {
  assessmentScale(name: "1999-2001") {
    name
  }
}
    `) as unknown as TypedDocumentString<AssessmentScaleNotHeldQuery, AssessmentScaleNotHeldQueryVariables>;
export const MatrixCredentialsDocument = new TypedDocumentString(`
    query MatrixCredentials($id: ID!) {
  node(id: $id) {
    __typename
    ... on Delegation {
      credentials {
        issuingAuthority
        authorisedBy
        documentKind
        receivedDate
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixCredentialsQuery, MatrixCredentialsQueryVariables>;
export const MatrixListedCredentialsDocument = new TypedDocumentString(`
    query MatrixListedCredentials($code: String!) {
  meetingByCode(code: $code) {
    delegations {
      edges {
        node {
          credentials {
            status
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixListedCredentialsQuery, MatrixListedCredentialsQueryVariables>;
export const MatrixDelegatesDocument = new TypedDocumentString(`
    query MatrixDelegates($id: ID!) {
  node(id: $id) {
    __typename
    ... on Delegation {
      headOfDelegation {
        role
        givenName
        familyName
      }
      members {
        role
        position
        salutation
        givenName
        familyName
        title
        email
        phone
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixDelegatesQuery, MatrixDelegatesQueryVariables>;
export const ComplianceOfYearDocument = new TypedDocumentString(`
    query ComplianceOfYear($year: Int!, $asOf: Date, $filter: ReportObligationFilter, $first: Int) {
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
    obligations(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          state {
            iso3
          }
          kind
          periodYear
          dueOn
          dueOnOverridden
          receivedOn
          status
          report {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ComplianceOfYearQuery, ComplianceOfYearQueryVariables>;
export const ComplianceRecordsBeginDocument = new TypedDocumentString(`
    mutation ComplianceRecordsBegin($on: Date!) {
  setReportRecordsBegin(reportRecordsBeginOn: $on) {
    __typename
    ... on MutationSetReportRecordsBeginSuccess {
      convention {
        reportRecordsBeginOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ComplianceRecordsBeginMutation, ComplianceRecordsBeginMutationVariables>;
export const ComplianceRecordReportDocument = new TypedDocumentString(`
    mutation ComplianceRecordReport($input: RecordTransparencyReportInput!) {
  recordTransparencyReport(input: $input) {
    __typename
    ... on MutationRecordTransparencyReportSuccess {
      report {
        id
        dueOn
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ComplianceRecordReportMutation, ComplianceRecordReportMutationVariables>;
export const ComplianceStatesWithReportsDocument = new TypedDocumentString(`
    query ComplianceStatesWithReports($first: Int) {
  states(first: $first, filter: {status: STATE_PARTY, on: "2024-05-15"}) {
    edges {
      node {
        iso3
        treatyStatus {
          entryIntoForceOn
        }
        reports(first: 5) {
          totalCount
          edges {
            node {
              periodYear
              dueOn
              compliance(asOf: "2024-05-15")
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ComplianceStatesWithReportsQuery, ComplianceStatesWithReportsQueryVariables>;
export const ContributionsStatusDocument = new TypedDocumentString(`
    query ContributionsStatus($asOf: Date, $first: Int) {
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
    states(first: $first) {
      totalCount
      edges {
        node {
          state {
            iso3
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
              code
            }
            issueVersion
            issuedOn
            dueOn
            currency
            assessed
            amountAssessed
            paid
            outstanding
            credit
            arrearsAge
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContributionsStatusQuery, ContributionsStatusQueryVariables>;
export const ContributionsRecordPaymentDocument = new TypedDocumentString(`
    mutation ContributionsRecordPayment($id: ID!, $input: RecordPaymentInput!) {
  recordPayment(costShareId: $id, input: $input) {
    __typename
    ... on MutationRecordPaymentSuccess {
      payment {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContributionsRecordPaymentMutation, ContributionsRecordPaymentMutationVariables>;
export const ContributionsInArrearsDocument = new TypedDocumentString(`
    query ContributionsInArrears {
  contributionsStatus(asOf: "2024-07-05") {
    inArrears: states(inArrears: true) {
      edges {
        node {
          state {
            iso3
          }
        }
      }
    }
    upToDate: states(inArrears: false) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<ContributionsInArrearsQuery, ContributionsInArrearsQueryVariables>;
export const ContributionsOfStatesDocument = new TypedDocumentString(`
    query ContributionsOfStates {
  che: state(iso3: "CHE") {
    contributions {
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
          code
        }
        issueVersion
        issuedOn
        dueOn
        currency
        assessed
        amountAssessed
        paid
        outstanding
        credit
        arrearsAge
      }
    }
  }
  nor: state(iso3: "NOR") {
    contributions {
      totals {
        currency
      }
      meetings {
        dueOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContributionsOfStatesQuery, ContributionsOfStatesQueryVariables>;
export const ContributionsOfAnUnknownConventionDocument = new TypedDocumentString(`
    query ContributionsOfAnUnknownConvention {
  contributionsStatus(convention: "XYZ") {
    asOf
  }
}
    `) as unknown as TypedDocumentString<ContributionsOfAnUnknownConventionQuery, ContributionsOfAnUnknownConventionQueryVariables>;
export const ContributionsSwissPaymentsDocument = new TypedDocumentString(`
    query ContributionsSwissPayments($payment: ID!) {
  state(iso3: "CHE") {
    contributions {
      totals {
        currency
        outstanding
      }
      meetings {
        costShare {
          paid
          payments {
            totalCount
            edges {
              node {
                receivedOn
                amount
                reference
              }
            }
          }
        }
      }
    }
  }
  node(id: $payment) {
    ... on Payment {
      amount
    }
  }
}
    `) as unknown as TypedDocumentString<ContributionsSwissPaymentsQuery, ContributionsSwissPaymentsQueryVariables>;
export const ContributionsStatusOfStatesDocument = new TypedDocumentString(`
    query ContributionsStatusOfStates($first: Int!) {
  contributionsStatus {
    states(first: $first) {
      edges {
        node {
          state {
            iso3
            name
          }
          totals {
            outstanding
          }
          meetings {
            meeting {
              code
              title
            }
            costShare {
              amount
              ratePercent
            }
            arrearsAge
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContributionsStatusOfStatesQuery, ContributionsStatusOfStatesQueryVariables>;
export const ContributionsOfAPageOfStatesDocument = new TypedDocumentString(`
    query ContributionsOfAPageOfStates($first: Int!) {
  states(first: $first) {
    edges {
      node {
        iso3
        contributions {
          totals {
            outstanding
          }
          meetings {
            meeting {
              code
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContributionsOfAPageOfStatesQuery, ContributionsOfAPageOfStatesQueryVariables>;
export const ConveningNoteDetailsCreateDocument = new TypedDocumentString(`
    mutation ConveningNoteDetailsCreate($input: CreateMeetingInput!) {
  createMeeting(input: $input) {
    __typename
    ... on MutationCreateMeetingSuccess {
      meeting {
        ...ConveningNoteDetailsMeeting
      }
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on NotFoundError {
      entity
      key
    }
    ... on Error {
      message
    }
  }
}
    fragment ConveningNoteDetailsMeeting on Meeting {
  id
  code
  version
  venue
  city
  country
  venueFr
  cityFr
  countryFr
  delegationDeadline
  delegationDeadlineWeekdayAsIssued
  webPage
  secretariatOffice {
    code
  }
  conveningNote {
    reference
    date
    addressees
    addresseesFr
    issuingOffice {
      code
    }
    mandateResolution {
      number
    }
    deadlineWeekdayDisagreement {
      date
      weekdayAsIssued
      weekdayOfDate
      message
    }
  }
}`) as unknown as TypedDocumentString<ConveningNoteDetailsCreateMutation, ConveningNoteDetailsCreateMutationVariables>;
export const ConveningNoteDetailsUpdateDocument = new TypedDocumentString(`
    mutation ConveningNoteDetailsUpdate($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {
  updateMeeting(id: $id, version: $version, input: $input) {
    __typename
    ... on MutationUpdateMeetingSuccess {
      meeting {
        ...ConveningNoteDetailsMeeting
      }
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on NotFoundError {
      entity
      key
    }
    ... on Error {
      message
    }
  }
}
    fragment ConveningNoteDetailsMeeting on Meeting {
  id
  code
  version
  venue
  city
  country
  venueFr
  cityFr
  countryFr
  delegationDeadline
  delegationDeadlineWeekdayAsIssued
  webPage
  secretariatOffice {
    code
  }
  conveningNote {
    reference
    date
    addressees
    addresseesFr
    issuingOffice {
      code
    }
    mandateResolution {
      number
    }
    deadlineWeekdayDisagreement {
      date
      weekdayAsIssued
      weekdayOfDate
      message
    }
  }
}`) as unknown as TypedDocumentString<ConveningNoteDetailsUpdateMutation, ConveningNoteDetailsUpdateMutationVariables>;
export const ConveningNoteDetailsMeetingByCodeDocument = new TypedDocumentString(`
    query ConveningNoteDetailsMeetingByCode($code: String!) {
  meetingByCode(code: $code) {
    ...ConveningNoteDetailsMeeting
  }
}
    fragment ConveningNoteDetailsMeeting on Meeting {
  id
  code
  version
  venue
  city
  country
  venueFr
  cityFr
  countryFr
  delegationDeadline
  delegationDeadlineWeekdayAsIssued
  webPage
  secretariatOffice {
    code
  }
  conveningNote {
    reference
    date
    addressees
    addresseesFr
    issuingOffice {
      code
    }
    mandateResolution {
      number
    }
    deadlineWeekdayDisagreement {
      date
      weekdayAsIssued
      weekdayOfDate
      message
    }
  }
}`) as unknown as TypedDocumentString<ConveningNoteDetailsMeetingByCodeQuery, ConveningNoteDetailsMeetingByCodeQueryVariables>;
export const ConveningNoteDetailsNoteDocument = new TypedDocumentString(`
    query ConveningNoteDetailsNote($code: String!, $language: Language!) {
  meetingByCode(code: $code) {
    conveningNoteVerbale(format: TEXT, language: $language) {
      content
    }
  }
}
    `) as unknown as TypedDocumentString<ConveningNoteDetailsNoteQuery, ConveningNoteDetailsNoteQueryVariables>;
export const ConveningNoteDetailsOfficesAndResolutionsDocument = new TypedDocumentString(`
    query ConveningNoteDetailsOfficesAndResolutions {
  offices {
    code
  }
  generalAssemblyResolutions {
    number
    conveningParagraph
  }
}
    `) as unknown as TypedDocumentString<ConveningNoteDetailsOfficesAndResolutionsQuery, ConveningNoteDetailsOfficesAndResolutionsQueryVariables>;
export const ConveningCreateDocument = new TypedDocumentString(`
    mutation ConveningCreate($input: CreateMeetingInput!) {
  createMeeting(input: $input) {
    __typename
    ... on MutationCreateMeetingSuccess {
      meeting {
        id
        version
        status
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConveningCreateMutation, ConveningCreateMutationVariables>;
export const ConveningConveneDocument = new TypedDocumentString(`
    mutation ConveningConvene($id: ID!, $version: Int, $conveningDate: Date) {
  conveneMeeting(id: $id, version: $version, conveningDate: $conveningDate) {
    __typename
    ... on MutationConveneMeetingSuccess {
      meeting {
        status
        convenedOn
        version
        invitations {
          totalCount
        }
      }
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on ConflictError {
      message
      allowed
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConveningConveneMutation, ConveningConveneMutationVariables>;
export const ConveningMeetingCodeDocument = new TypedDocumentString(`
    query ConveningMeetingCode($id: ID!) {
  node(id: $id) {
    __typename
    ... on Meeting {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConveningMeetingCodeQuery, ConveningMeetingCodeQueryVariables>;
export const ConveningInvitationsByCapacityDocument = new TypedDocumentString(`
    query ConveningInvitationsByCapacity($id: ID!) {
  meeting(id: $id) {
    invitationCounts {
      capacity
      count
    }
    organisations: invitations(filter: {capacity: ORGANISATION_OF_RIGHT}) {
      totalCount
      edges {
        node {
          capacity
          status
          participant {
            __typename
            ... on Organisation {
              acronym
            }
          }
        }
      }
    }
    parties: invitations(filter: {capacity: STATE_PARTY, status: ISSUED}, first: 2) {
      totalCount
      edges {
        node {
          participant {
            __typename
            ... on State {
              iso3
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConveningInvitationsByCapacityQuery, ConveningInvitationsByCapacityQueryVariables>;
export const ConveningOrganisationsOfRightDocument = new TypedDocumentString(`
    query ConveningOrganisationsOfRight($id: ID!) {
  meeting(id: $id) {
    invitations(first: 100, filter: {capacity: ORGANISATION_OF_RIGHT}) {
      edges {
        node {
          capacity
          participant {
            __typename
            ... on State {
              name
            }
            ... on Organisation {
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConveningOrganisationsOfRightQuery, ConveningOrganisationsOfRightQueryVariables>;
export const ConveningFirstThreeStatesDocument = new TypedDocumentString(`
    query ConveningFirstThreeStates($id: ID!) {
  meeting(id: $id) {
    invitations(first: 3) {
      edges {
        node {
          participant {
            __typename
            ... on State {
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConveningFirstThreeStatesQuery, ConveningFirstThreeStatesQueryVariables>;
export const ConveningCancelDocument = new TypedDocumentString(`
    mutation ConveningCancel($id: ID!) {
  changeMeetingStatus(id: $id, version: 1, status: CANCELLED) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ConveningCancelMutation, ConveningCancelMutationVariables>;
export const CostSharesOnRealScalesRecordParticipantsDocument = new TypedDocumentString(`
    mutation CostSharesOnRealScalesRecordParticipants($meetingId: ID!, $input: RecordMeetingParticipantsInput!) {
  recordMeetingParticipants(meetingId: $meetingId, input: $input) {
    __typename
    ... on MutationRecordMeetingParticipantsSuccess {
      invitations {
        capacity
        participationRecordedAt
        participant {
          ... on State {
            iso3
          }
        }
      }
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CostSharesOnRealScalesRecordParticipantsMutation, CostSharesOnRealScalesRecordParticipantsMutationVariables>;
export const CostSharesOnRealScalesSetEstimateDocument = new TypedDocumentString(`
    mutation CostSharesOnRealScalesSetEstimate($meetingId: ID!, $input: SetCostEstimateInput!) {
  setCostEstimate(meetingId: $meetingId, input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<CostSharesOnRealScalesSetEstimateMutation, CostSharesOnRealScalesSetEstimateMutationVariables>;
export const CostSharesOnRealScalesIssueDocument = new TypedDocumentString(`
    mutation CostSharesOnRealScalesIssue($meetingId: ID!, $input: IssueCostSharesInput!) {
  issueCostShares(meetingId: $meetingId, input: $input) {
    __typename
    ... on MutationIssueCostSharesSuccess {
      costShareIssue {
        id
        total
        scale {
          name
        }
        scaleOverrideReason
      }
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CostSharesOnRealScalesIssueMutation, CostSharesOnRealScalesIssueMutationVariables>;
export const CostSharesOnRealScalesSharesDocument = new TypedDocumentString(`
    query CostSharesOnRealScalesShares($id: ID!, $after: String) {
  node(id: $id) {
    __typename
    ... on CostShareIssue {
      shares(first: 100, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...CostSharesOnRealScalesShare
          }
        }
      }
    }
  }
}
    fragment CostSharesOnRealScalesShare on CostShare {
  id
  state {
    iso3
  }
  assessed
  ratePercent
  sharePercent
  amount
}`) as unknown as TypedDocumentString<CostSharesOnRealScalesSharesQuery, CostSharesOnRealScalesSharesQueryVariables>;
export const CostSharesOnRealScalesNoticeDocument = new TypedDocumentString(`
    query CostSharesOnRealScalesNotice($id: ID!, $language: Language) {
  node(id: $id) {
    __typename
    ... on CostShare {
      assessmentNotice(format: TEXT, language: $language) {
        content
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CostSharesOnRealScalesNoticeQuery, CostSharesOnRealScalesNoticeQueryVariables>;
export const CostSharesImportScaleDocument = new TypedDocumentString(`
    mutation CostSharesImportScale($input: ImportAssessmentScaleInput!) {
  importAssessmentScale(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<CostSharesImportScaleMutation, CostSharesImportScaleMutationVariables>;
export const CostSharesSetEstimateDocument = new TypedDocumentString(`
    mutation CostSharesSetEstimate($meetingId: ID!, $input: SetCostEstimateInput!) {
  setCostEstimate(meetingId: $meetingId, input: $input) {
    __typename
    ... on MutationSetCostEstimateSuccess {
      costEstimate {
        id
        version
        kind
        currency
        total
        lines {
          totalCount
          edges {
            node {
              position
              description
              amount
            }
          }
        }
      }
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on NotFoundError {
      entity
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CostSharesSetEstimateMutation, CostSharesSetEstimateMutationVariables>;
export const CostSharesIssueDocument = new TypedDocumentString(`
    mutation CostSharesIssue($meetingId: ID!, $input: IssueCostSharesInput!) {
  issueCostShares(meetingId: $meetingId, input: $input) {
    __typename
    ... on MutationIssueCostSharesSuccess {
      costShareIssue {
        id
        version
        payerRule
        ceilingAndFloorReapplied
        currency
        total
        superseded
        scaleOverrideReason
        estimate {
          version
        }
        scale {
          name
        }
        shares(first: 100) {
          totalCount
          edges {
            node {
              ...CostSharesShare
            }
          }
        }
      }
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on NotFoundError {
      entity
      key
    }
    ... on Error {
      message
    }
  }
}
    fragment CostSharesShare on CostShare {
  id
  state {
    iso3
  }
  assessed
  ratePercent
  sharePercent
  amount
  currency
  paid
  outstanding
  credit
}`) as unknown as TypedDocumentString<CostSharesIssueMutation, CostSharesIssueMutationVariables>;
export const CostSharesRecordPaymentDocument = new TypedDocumentString(`
    mutation CostSharesRecordPayment($costShareId: ID!, $input: RecordPaymentInput!) {
  recordPayment(costShareId: $costShareId, input: $input) {
    __typename
    ... on MutationRecordPaymentSuccess {
      payment {
        id
        amount
        currency
        receivedOn
        reference
        costShare {
          paid
          outstanding
        }
      }
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on NotFoundError {
      entity
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CostSharesRecordPaymentMutation, CostSharesRecordPaymentMutationVariables>;
export const CostSharesMeetingEstimatesDocument = new TypedDocumentString(`
    query CostSharesMeetingEstimates($id: ID!) {
  node(id: $id) {
    ... on Meeting {
      costEstimate {
        version
        kind
        total
      }
      costEstimates {
        totalCount
        edges {
          node {
            version
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CostSharesMeetingEstimatesQuery, CostSharesMeetingEstimatesQueryVariables>;
export const CostSharesMeetingCurrentIssueDocument = new TypedDocumentString(`
    query CostSharesMeetingCurrentIssue($id: ID!) {
  node(id: $id) {
    ... on Meeting {
      costShares {
        version
        paid
        outstanding
        unassessed: shares(filter: {assessed: false}) {
          totalCount
          edges {
            node {
              state {
                iso3
              }
            }
          }
        }
      }
      costShareIssues {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CostSharesMeetingCurrentIssueQuery, CostSharesMeetingCurrentIssueQueryVariables>;
export const CostSharesIssueAndMeetingVersionsDocument = new TypedDocumentString(`
    query CostSharesIssueAndMeetingVersions($id: ID!, $meeting: ID!) {
  node(id: $id) {
    ... on CostShareIssue {
      version
      superseded
      total
      estimate {
        version
      }
    }
  }
  meeting: node(id: $meeting) {
    ... on Meeting {
      costShares {
        version
      }
      costShareIssues {
        edges {
          node {
            version
            superseded
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CostSharesIssueAndMeetingVersionsQuery, CostSharesIssueAndMeetingVersionsQueryVariables>;
export const CostSharesWithPaymentsDocument = new TypedDocumentString(`
    query CostSharesWithPayments($id: ID!) {
  node(id: $id) {
    ... on Meeting {
      costShares {
        paid
        outstanding
        shares(first: 100) {
          edges {
            node {
              state {
                iso3
              }
              amount
              paid
              outstanding
              credit
              currency
              issue {
                version
              }
              payments {
                totalCount
                edges {
                  node {
                    amount
                    receivedOn
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CostSharesWithPaymentsQuery, CostSharesWithPaymentsQueryVariables>;
export const CostSharesSharePaymentsDocument = new TypedDocumentString(`
    query CostSharesSharePayments($id: ID!, $meeting: ID!) {
  node(id: $id) {
    ... on CostShare {
      paid
      outstanding
      payments {
        totalCount
        edges {
          node {
            amount
            receivedOn
            reference
          }
        }
      }
    }
  }
  meeting: node(id: $meeting) {
    ... on Meeting {
      costShares {
        paid
        outstanding
      }
    }
  }
  state(iso3: "CHE") {
    costShares(first: 100) {
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CostSharesSharePaymentsQuery, CostSharesSharePaymentsQueryVariables>;
export const CostSharesIssueSharesDocument = new TypedDocumentString(`
    query CostSharesIssueShares($id: ID!, $filter: CostShareFilter, $first: Int, $after: String) {
  node(id: $id) {
    __typename
    ... on Meeting {
      costShares {
        shares(filter: $filter, first: $first, after: $after) {
          ...CostSharesSharesPage
        }
      }
    }
  }
}
    fragment CostSharesSharesPage on CostShareConnection {
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
      }
      standing
      paid
      outstanding
    }
  }
}`) as unknown as TypedDocumentString<CostSharesIssueSharesQuery, CostSharesIssueSharesQueryVariables>;
export const CostSharesStateSharesDocument = new TypedDocumentString(`
    query CostSharesStateShares($iso3: String!, $filter: StateCostShareFilter) {
  state(iso3: $iso3) {
    costShares(filter: $filter, first: 100) {
      totalCount
      edges {
        node {
          id
          standing
          issue {
            superseded
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CostSharesStateSharesQuery, CostSharesStateSharesQueryVariables>;
export const TimelinessMoveDeadlineDocument = new TypedDocumentString(`
    mutation TimelinessMoveDeadline($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {
  updateMeeting(id: $id, version: $version, input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TimelinessMoveDeadlineMutation, TimelinessMoveDeadlineMutationVariables>;
export const TimelinessReadDocument = new TypedDocumentString(`
    query TimelinessRead($meeting: ID!, $delegation: ID!) {
  meeting(id: $meeting) {
    delegationDeadline
    late: delegations(filter: {timeliness: LATE}) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
    onTime: delegations(filter: {timeliness: ON_TIME}) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
  delegation: node(id: $delegation) {
    __typename
    ... on Delegation {
      timeliness
      amendedAfterDeadline
      changes {
        edges {
          node {
            version
            afterDeadline
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TimelinessReadQuery, TimelinessReadQueryVariables>;
export const DelegationChangesAfterDeadlineDocument = new TypedDocumentString(`
    query DelegationChangesAfterDeadline($id: ID!) {
  node(id: $id) {
    __typename
    ... on Delegation {
      changes {
        edges {
          node {
            afterDeadline
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DelegationChangesAfterDeadlineQuery, DelegationChangesAfterDeadlineQueryVariables>;
export const DelegationSubmitForADelegationIdDocument = new TypedDocumentString(`
    mutation DelegationSubmitForADelegationId($input: DelegationInput!) {
  submitDelegation(
    invitationId: "RGVsZWdhdGlvbjowMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDA="
    input: $input
  ) {
    __typename
    ... on ValidationError {
      issues {
        path
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DelegationSubmitForADelegationIdMutation, DelegationSubmitForADelegationIdMutationVariables>;
export const DelegationChangesWithVersionsDocument = new TypedDocumentString(`
    query DelegationChangesWithVersions($id: ID!) {
  node(id: $id) {
    __typename
    ... on Delegation {
      changes {
        totalCount
        edges {
          node {
            version
            afterDeadline
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DelegationChangesWithVersionsQuery, DelegationChangesWithVersionsQueryVariables>;
export const DelegationsByTimelinessDocument = new TypedDocumentString(`
    query DelegationsByTimeliness($meeting: ID!, $invitation: ID!) {
  meeting: node(id: $meeting) {
    __typename
    ... on Meeting {
      all: delegations {
        totalCount
      }
      late: delegations(filter: {timeliness: LATE}) {
        totalCount
        edges {
          node {
            timeliness
          }
        }
      }
      onTime: delegations(filter: {timeliness: ON_TIME}) {
        totalCount
      }
    }
  }
  invitation: node(id: $invitation) {
    __typename
    ... on Invitation {
      delegation {
        id
      }
    }
  }
  state(iso3: "NOR") {
    delegations {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<DelegationsByTimelinessQuery, DelegationsByTimelinessQueryVariables>;
export const DelegationParticipantsDocument = new TypedDocumentString(`
    query DelegationParticipants($meeting: ID!) {
  meeting(id: $meeting) {
    delegations {
      edges {
        node {
          participant {
            __typename
            ... on State {
              iso3
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
    `) as unknown as TypedDocumentString<DelegationParticipantsQuery, DelegationParticipantsQueryVariables>;
export const DelegationChangesCountDocument = new TypedDocumentString(`
    query DelegationChangesCount($id: ID!) {
  node(id: $id) {
    __typename
    ... on Delegation {
      changes {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DelegationChangesCountQuery, DelegationChangesCountQueryVariables>;
export const DocumentsConveningNoteDocument = new TypedDocumentString(`
    query DocumentsConveningNote($code: String!, $format: LetterFormat, $language: Language) {
  meetingByCode(code: $code) {
    id
    version
    conveningNoteVerbale(format: $format, language: $language) {
      content
      mediaType
      fileName
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentsConveningNoteQuery, DocumentsConveningNoteQueryVariables>;
export const DocumentsListOfParticipantsDocument = new TypedDocumentString(`
    query DocumentsListOfParticipants($code: String!, $variant: ListOfParticipantsVariant, $format: ListOfParticipantsFormat, $language: Language) {
  meetingByCode(code: $code) {
    listOfParticipants(variant: $variant, format: $format, language: $language) {
      content
      mediaType
      fileName
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentsListOfParticipantsQuery, DocumentsListOfParticipantsQueryVariables>;
export const DocumentsAssessmentNoticeDocument = new TypedDocumentString(`
    query DocumentsAssessmentNotice($id: ID!, $format: LetterFormat, $language: Language) {
  node(id: $id) {
    __typename
    ... on CostShare {
      assessmentNotice(format: $format, language: $language) {
        content
        mediaType
        fileName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentsAssessmentNoticeQuery, DocumentsAssessmentNoticeQueryVariables>;
export const DocumentsReportReminderDocument = new TypedDocumentString(`
    query DocumentsReportReminder($iso3: String!, $kind: ReportKind!, $year: Int!, $date: Date, $language: Language) {
  state(iso3: $iso3) {
    reportReminder(
      kind: $kind
      periodYear: $year
      reference: "ODA/2024-00123"
      date: $date
      issuingOffice: "ODA"
      submissionOffice: "ODA-GENEVA"
      language: $language
    ) {
      content
      fileName
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentsReportReminderQuery, DocumentsReportReminderQueryVariables>;
export const DocumentsMeetingNoteFileNamesDocument = new TypedDocumentString(`
    query DocumentsMeetingNoteFileNames($first: Int!) {
  meetings(first: $first) {
    edges {
      node {
        code
        conveningNoteVerbale {
          fileName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentsMeetingNoteFileNamesQuery, DocumentsMeetingNoteFileNamesQueryVariables>;
export const DocumentsOfTheEleventhMeetingDocument = new TypedDocumentString(`
    query DocumentsOfTheEleventhMeeting {
  meetingByCode(code: "11MSP") {
    documents(first: 5) {
      totalCount
      edges {
        node {
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
    `) as unknown as TypedDocumentString<DocumentsOfTheEleventhMeetingQuery, DocumentsOfTheEleventhMeetingQueryVariables>;
export const DocumentsLanguagesAtTheEleventhMeetingDocument = new TypedDocumentString(`
    query DocumentsLanguagesAtTheEleventhMeeting {
  meetingByCode(code: "11MSP") {
    documents(first: 5) {
      edges {
        node {
          symbol
          languages
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentsLanguagesAtTheEleventhMeetingQuery, DocumentsLanguagesAtTheEleventhMeetingQueryVariables>;
export const DocumentsUpdateMeetingDocument = new TypedDocumentString(`
    mutation DocumentsUpdateMeeting($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {
  updateMeeting(id: $id, version: $version, input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentsUpdateMeetingMutation, DocumentsUpdateMeetingMutationVariables>;
export const ErrorCodesApplyToUnknownMeetingDocument = new TypedDocumentString(`
    mutation ErrorCodesApplyToUnknownMeeting($meetingId: ID!) {
  applyToObserve(
    meetingId: $meetingId
    input: {organisationName: "Demining Aid", acronym: "DA", kind: "NGO", contactName: "A. Person", contactEmail: "a.person@example.org", motivation: "The organisation clears cluster munition remnants in the region."}
  ) {
    __typename
    ... on Error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ErrorCodesApplyToUnknownMeetingMutation, ErrorCodesApplyToUnknownMeetingMutationVariables>;
export const HistoricalReportsImportDocument = new TypedDocumentString(`
    mutation HistoricalReportsImport($input: ImportHistoricalReportsInput!, $convention: String) {
  importHistoricalReports(input: $input, convention: $convention) {
    __typename
    ... on MutationImportHistoricalReportsSuccess {
      result {
        imported
        reports {
          kind
          periodYear
          dueOn
          receivedOn
          channel
          state {
            iso3
          }
        }
      }
    }
    ... on Error {
      message
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on NotFoundError {
      entity
      key
    }
  }
}
    `) as unknown as TypedDocumentString<HistoricalReportsImportMutation, HistoricalReportsImportMutationVariables>;
export const HistoricalReportsSetRecordsBeginDocument = new TypedDocumentString(`
    mutation HistoricalReportsSetRecordsBegin($on: Date!, $convention: String) {
  setReportRecordsBegin(reportRecordsBeginOn: $on, convention: $convention) {
    __typename
    ... on MutationSetReportRecordsBeginSuccess {
      convention {
        reportRecordsBeginOn
      }
    }
    ... on Error {
      message
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on NotFoundError {
      entity
      key
    }
  }
}
    `) as unknown as TypedDocumentString<HistoricalReportsSetRecordsBeginMutation, HistoricalReportsSetRecordsBeginMutationVariables>;
export const HistoricalReportsComplianceDocument = new TypedDocumentString(`
    query HistoricalReportsCompliance($year: Int!, $asOf: Date) {
  reportingCompliance(year: $year, asOf: $asOf) {
    totals {
      onTime
      late
      overdue
      notYetDue
      notRecorded
    }
    obligations(first: 100) {
      edges {
        node {
          state {
            iso3
          }
          kind
          status
          receivedOn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HistoricalReportsComplianceQuery, HistoricalReportsComplianceQueryVariables>;
export const HotReadsStatesPartiesDocument = new TypedDocumentString(`
    query HotReadsStatesParties($on: Date!, $first: Int, $after: String, $last: Int, $before: String) {
  states(
    filter: {status: STATE_PARTY, on: $on}
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        id
        iso3
        iso2
        name
        nameFr: name(language: FR)
        unShortName
        unStatus
        regionalGroup
        standing(on: $on) {
          date
          status
          entryIntoForce
          withdrawalEffective
          depositedNotYetInForce
          withdrawalPending
        }
        treatyStatus {
          id
          signedOn
          depositedOn
          instrument
          entryIntoForceOn
          withdrawalNotifiedOn
          withdrawalEffectiveOn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HotReadsStatesPartiesQuery, HotReadsStatesPartiesQueryVariables>;
export const HotReadsAllStatesDocument = new TypedDocumentString(`
    query HotReadsAllStates($first: Int!, $after: String) {
  states(first: $first, after: $after) {
    edges {
      cursor
      node {
        iso3
        names {
          en
          zh
        }
        treatyStatus(convention: "APMBC") {
          depositedOn
        }
        standing(on: "2020-01-01", convention: "APMBC") {
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HotReadsAllStatesQuery, HotReadsAllStatesQueryVariables>;
export const HotReadsMeetingDelegationsDocument = new TypedDocumentString(`
    query HotReadsMeetingDelegations($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  meeting(id: $id) {
    invitations(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          participant {
            ... on State {
              iso3
              name
            }
          }
          delegation {
            members {
              givenName
              familyName
              role
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HotReadsMeetingDelegationsQuery, HotReadsMeetingDelegationsQueryVariables>;
export const HotReadsMeetingInFullDocument = new TypedDocumentString(`
    query HotReadsMeetingInFull($id: ID!, $first: Int, $after: String) {
  meeting(id: $id) {
    id
    code
    kind
    number
    part
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
    presidentName
    status
    convenedOn
    delegationDeadline
    delegationDeadlineWeekdayAsIssued
    reportingDeadline
    webPage
    symbolPrefix
    version
    updatedAt
    conveningNote {
      reference
      date
    }
    invitations(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          capacity
          status
          decisionNote
          participant {
            __typename
            ... on State {
              id
              iso3
              iso2
              name
              nameFr: name(language: FR)
              unShortName
              unStatus
              regionalGroup
            }
            ... on Organisation {
              acronym
            }
          }
          delegation {
            id
            version
            publicListConsent
            headOfDelegation {
              role
              position
              givenName
            }
            members {
              role
              position
              salutation
              givenName
              familyName
              title
              email
              phone
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HotReadsMeetingInFullQuery, HotReadsMeetingInFullQueryVariables>;
export const HotReadsStatePartiesInvitedDocument = new TypedDocumentString(`
    query HotReadsStatePartiesInvited($id: ID!) {
  meeting(id: $id) {
    invitations(first: 10, filter: {capacity: STATE_PARTY}) {
      totalCount
      edges {
        node {
          participant {
            ... on State {
              iso3
            }
          }
          delegation {
            members {
              givenName
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HotReadsStatePartiesInvitedQuery, HotReadsStatePartiesInvitedQueryVariables>;
export const HotReadsFirstInvitationCursorDocument = new TypedDocumentString(`
    query HotReadsFirstInvitationCursor($id: ID!) {
  meeting(id: $id) {
    invitations(first: 1) {
      edges {
        cursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HotReadsFirstInvitationCursorQuery, HotReadsFirstInvitationCursorQueryVariables>;
export const HotReadsTypenameDocument = new TypedDocumentString(`
    query HotReadsTypename {
  __typename
}
    `) as unknown as TypedDocumentString<HotReadsTypenameQuery, HotReadsTypenameQueryVariables>;
export const NightlySyncDocument = new TypedDocumentString(`
    query NightlySync($since: DateTime, $after: String, $meetingsAfter: String, $reportsAfter: String) {
  states(first: 100, after: $after, filter: {updatedSince: $since}) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        iso3
        updatedAt
      }
    }
  }
  meetings(first: 100, after: $meetingsAfter, filter: {updatedSince: $since}) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        code
        updatedAt
      }
    }
  }
  transparencyReports(
    first: 100
    after: $reportsAfter
    filter: {updatedSince: $since}
  ) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        updatedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NightlySyncQuery, NightlySyncQueryVariables>;
export const SyncRecordTreatyActionDocument = new TypedDocumentString(`
    mutation SyncRecordTreatyAction($input: RecordTreatyActionInput!) {
  recordTreatyAction(input: $input) {
    __typename
    ... on MutationRecordTreatyActionSuccess {
      treatyRecord {
        updatedAt
        state {
          updatedAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SyncRecordTreatyActionMutation, SyncRecordTreatyActionMutationVariables>;
export const SyncMeetingDocument = new TypedDocumentString(`
    query SyncMeeting($code: String!) {
  meetingByCode(code: $code) {
    id
    version
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<SyncMeetingQuery, SyncMeetingQueryVariables>;
export const SyncUpdateMeetingDocument = new TypedDocumentString(`
    mutation SyncUpdateMeeting($id: ID!, $version: Int!) {
  updateMeeting(
    id: $id
    version: $version
    input: {webPage: "https://www.clusterconvention.org/11msp-updated"}
  ) {
    __typename
    ... on MutationUpdateMeetingSuccess {
      meeting {
        code
        updatedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SyncUpdateMeetingMutation, SyncUpdateMeetingMutationVariables>;
export const SyncRecordReportDocument = new TypedDocumentString(`
    mutation SyncRecordReport($input: RecordTransparencyReportInput!) {
  recordTransparencyReport(input: $input) {
    __typename
    ... on MutationRecordTransparencyReportSuccess {
      report {
        id
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SyncRecordReportMutation, SyncRecordReportMutationVariables>;
export const SyncPublishReportDocument = new TypedDocumentString(`
    mutation SyncPublishReport($reportId: ID!, $version: Int!) {
  publishReport(reportId: $reportId, version: $version) {
    __typename
    ... on MutationPublishReportSuccess {
      report {
        id
        updatedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SyncPublishReportMutation, SyncPublishReportMutationVariables>;
export const CapacityRecordTreatyActionDocument = new TypedDocumentString(`
    mutation CapacityRecordTreatyAction($input: RecordTreatyActionInput!) {
  recordTreatyAction(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CapacityRecordTreatyActionMutation, CapacityRecordTreatyActionMutationVariables>;
export const CapacityOfInvitationDocument = new TypedDocumentString(`
    query CapacityOfInvitation($id: ID!) {
  node(id: $id) {
    __typename
    ... on Invitation {
      capacity
      delegation {
        id
      }
      capacityChanges {
        changedAt
        previousCapacity
        capacity
        standingOn
        cause
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CapacityOfInvitationQuery, CapacityOfInvitationQueryVariables>;
export const CapacityMoveMeetingDocument = new TypedDocumentString(`
    mutation CapacityMoveMeeting($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {
  updateMeeting(id: $id, version: $version, input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CapacityMoveMeetingMutation, CapacityMoveMeetingMutationVariables>;
export const NamesInLanguagesDocument = new TypedDocumentString(`
    query NamesInLanguages {
  state(iso3: "NOR") {
    en: name
    ar: name(language: AR)
    fr: name(language: FR)
  }
  organisations(first: 100) {
    edges {
      node {
        acronym
        en: name
        fr: name(language: FR)
        es: name(language: ES)
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NamesInLanguagesQuery, NamesInLanguagesQueryVariables>;
export const EleventhMeetingDocument = new TypedDocumentString(`
    query EleventhMeeting {
  meetingByCode(code: "11MSP") {
    title
    opensOn
    closesOn
    venue
    city
    timeZone
    delegationDeadline
    reportingDeadline
    status
    conveningNote {
      reference
      date
      issuingOffice {
        name
      }
      mandateResolution {
        number
        adoptedOn
      }
    }
    secretariatOffice {
      email
    }
  }
}
    `) as unknown as TypedDocumentString<EleventhMeetingQuery, EleventhMeetingQueryVariables>;
export const StatesPartiesOnDocument = new TypedDocumentString(`
    query StatesPartiesOn($on: Date!) {
  states(filter: {status: STATE_PARTY, on: $on}, first: 100) {
    totalCount
    edges {
      node {
        iso3
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatesPartiesOnQuery, StatesPartiesOnQueryVariables>;
export const StatesWithStatusDocument = new TypedDocumentString(`
    query StatesWithStatus($status: TreatyStatus!, $on: Date!, $after: String) {
  states(filter: {status: $status, on: $on}, first: 100, after: $after) {
    totalCount
    edges {
      node {
        iso3
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<StatesWithStatusQuery, StatesWithStatusQueryVariables>;
export const StandingsOnDocument = new TypedDocumentString(`
    query StandingsOn($on: Date!, $after: String) {
  states(first: 100, after: $after) {
    edges {
      node {
        iso3
        standing(on: $on) {
          status
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<StandingsOnQuery, StandingsOnQueryVariables>;
export const LithuaniaTreatyRecordDocument = new TypedDocumentString(`
    query LithuaniaTreatyRecord {
  state(iso3: "ltu") {
    name(language: FR)
    treatyStatus {
      depositedOn
      entryIntoForceOn
      withdrawalEffectiveOn
    }
    before: standing(on: "2025-03-05") {
      status
      withdrawalPending
    }
    after: standing(on: "2025-03-06") {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<LithuaniaTreatyRecordQuery, LithuaniaTreatyRecordQueryVariables>;
export const StateNamesInThreeLanguagesDocument = new TypedDocumentString(`
    query StateNamesInThreeLanguages {
  states(first: 100) {
    edges {
      node {
        iso3
        en: name
        fr: name(language: FR)
        zh: name(language: ZH)
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StateNamesInThreeLanguagesQuery, StateNamesInThreeLanguagesQueryVariables>;
export const FullPageOfStatesDocument = new TypedDocumentString(`
    query FullPageOfStates {
  states(first: 100) {
    totalCount
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<FullPageOfStatesQuery, FullPageOfStatesQueryVariables>;
export const MeetingsCreateDocument = new TypedDocumentString(`
    mutation MeetingsCreate($input: CreateMeetingInput!) {
  createMeeting(input: $input) {
    __typename
    ... on MutationCreateMeetingSuccess {
      meeting {
        id
        code
        title
        status
        version
        presidentName
        presidentState {
          iso3
        }
        conveningNote {
          reference
          date
          issuingOffice {
            code
          }
        }
        secretariatOffice {
          code
        }
      }
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on NotFoundError {
      entity
      key
    }
    ... on ConflictError {
      message
      allowed
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MeetingsCreateMutation, MeetingsCreateMutationVariables>;
export const MeetingsUpdateDocument = new TypedDocumentString(`
    mutation MeetingsUpdate($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {
  updateMeeting(id: $id, version: $version, input: $input) {
    __typename
    ... on MutationUpdateMeetingSuccess {
      meeting {
        id
        code
        title
        status
        version
        presidentName
        presidentState {
          iso3
        }
        conveningNote {
          reference
          date
          issuingOffice {
            code
          }
        }
        secretariatOffice {
          code
        }
      }
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on NotFoundError {
      entity
      key
    }
    ... on ConflictError {
      message
      allowed
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MeetingsUpdateMutation, MeetingsUpdateMutationVariables>;
export const MeetingsChangeStatusDocument = new TypedDocumentString(`
    mutation MeetingsChangeStatus($id: ID!, $version: Int!, $status: MeetingStatus!) {
  changeMeetingStatus(id: $id, version: $version, status: $status) {
    __typename
    ... on MutationChangeMeetingStatusSuccess {
      meeting {
        id
        code
        title
        status
        version
        presidentName
        presidentState {
          iso3
        }
        conveningNote {
          reference
          date
          issuingOffice {
            code
          }
        }
        secretariatOffice {
          code
        }
      }
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on NotFoundError {
      entity
      key
    }
    ... on ConflictError {
      message
      allowed
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MeetingsChangeStatusMutation, MeetingsChangeStatusMutationVariables>;
export const MeetingsFoundMissingMalformedDocument = new TypedDocumentString(`
    query MeetingsFoundMissingMalformed($id: ID!, $missing: ID!) {
  found: meeting(id: $id) {
    code
  }
  missing: meeting(id: $missing) {
    code
  }
  malformed: meeting(id: "nonsense") {
    code
  }
}
    `) as unknown as TypedDocumentString<MeetingsFoundMissingMalformedQuery, MeetingsFoundMissingMalformedQueryVariables>;
export const MeetingsCityAndVersionDocument = new TypedDocumentString(`
    query MeetingsCityAndVersion($id: ID!) {
  meeting(id: $id) {
    city
    version
  }
}
    `) as unknown as TypedDocumentString<MeetingsCityAndVersionQuery, MeetingsCityAndVersionQueryVariables>;
export const MeetingsConveneDocument = new TypedDocumentString(`
    mutation MeetingsConvene($id: ID!) {
  conveneMeeting(id: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<MeetingsConveneMutation, MeetingsConveneMutationVariables>;
export const ObserverApplyDocument = new TypedDocumentString(`
    mutation ObserverApply($meetingId: ID!, $applicant: ObserverApplicantInput!, $motivation: String!) {
  applyAsObserver(
    meetingId: $meetingId
    applicant: $applicant
    motivation: $motivation
  ) {
    __typename
    ... on MutationApplyAsObserverSuccess {
      invitation {
        id
        capacity
        status
        requestedAt
        motivation
        participant {
          __typename
          ... on Organisation {
            id
            acronym
            name
          }
        }
      }
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on NotFoundError {
      entity
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ObserverApplyMutation, ObserverApplyMutationVariables>;
export const ObserverDecideDocument = new TypedDocumentString(`
    mutation ObserverDecide($invitationId: ID!, $decision: ObserverDecision!, $note: String) {
  decideObserverApplication(
    invitationId: $invitationId
    decision: $decision
    note: $note
  ) {
    __typename
    ... on MutationDecideObserverApplicationSuccess {
      invitation {
        status
        decidedAt
        decisionNote
      }
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on NotFoundError {
      entity
    }
    ... on ConflictError {
      message
      allowed
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ObserverDecideMutation, ObserverDecideMutationVariables>;
export const ObserverDraftMeetingDocument = new TypedDocumentString(`
    mutation ObserverDraftMeeting($number: Int!) {
  createMeeting(
    input: {conventionCode: "CCM", kind: INTERSESSIONAL, number: $number, opensOn: "2026-06-01", closesOn: "2026-06-02", venue: "Palais des Nations", city: "Geneva", timeZone: "Europe/Zurich", symbolPrefix: "CCM/MSP/2026"}
  ) {
    __typename
    ... on MutationCreateMeetingSuccess {
      meeting {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ObserverDraftMeetingMutation, ObserverDraftMeetingMutationVariables>;
export const ObserverApplicationsRequestedDocument = new TypedDocumentString(`
    query ObserverApplicationsRequested($id: ID!) {
  meeting(id: $id) {
    observerApplications(filter: {status: REQUESTED}) {
      totalCount
      edges {
        node {
          id
          motivation
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ObserverApplicationsRequestedQuery, ObserverApplicationsRequestedQueryVariables>;
export const ObserverEleventhMeetingDocument = new TypedDocumentString(`
    query ObserverEleventhMeeting {
  meetingByCode(code: "11MSP") {
    id
  }
}
    `) as unknown as TypedDocumentString<ObserverEleventhMeetingQuery, ObserverEleventhMeetingQueryVariables>;
export const ObserverInvitationCountsDocument = new TypedDocumentString(`
    query ObserverInvitationCounts($id: ID!) {
  meeting(id: $id) {
    invitationCounts {
      capacity
      count
    }
  }
}
    `) as unknown as TypedDocumentString<ObserverInvitationCountsQuery, ObserverInvitationCountsQueryVariables>;
export const PublicApplyDocument = new TypedDocumentString(`
    mutation PublicApply($meetingId: ID!, $input: PublicObserverApplicationInput!) {
  applyToObserve(meetingId: $meetingId, input: $input) {
    __typename
    ... on MutationApplyToObserveSuccess {
      receipt {
        receivedAt
      }
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on NotFoundError {
      entity
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PublicApplyMutation, PublicApplyMutationVariables>;
export const PublicDecideDocument = new TypedDocumentString(`
    mutation PublicDecide($invitationId: ID!, $decision: ObserverDecision!, $note: String) {
  decideObserverApplication(
    invitationId: $invitationId
    decision: $decision
    note: $note
  ) {
    __typename
    ... on ValidationError {
      issues {
        path
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicDecideMutation, PublicDecideMutationVariables>;
export const PublicApplicationsDocument = new TypedDocumentString(`
    query PublicApplications($id: ID!) {
  meeting(id: $id) {
    observerApplications {
      edges {
        node {
          id
          status
          contactName
          contactEmail
          motivation
          participant {
            __typename
            ... on Organisation {
              acronym
              name
            }
          }
          statusHistory {
            status
            at
            note
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicApplicationsQuery, PublicApplicationsQueryVariables>;
export const PublicMeetingDocument = new TypedDocumentString(`
    mutation PublicMeeting {
  createMeeting(
    input: {conventionCode: "CCM", kind: INTERSESSIONAL, number: 7, opensOn: "2026-06-01", closesOn: "2026-06-02", venue: "Palais des Nations", city: "Geneva", timeZone: "Europe/Zurich", symbolPrefix: "CCM/MSP/2026"}
  ) {
    __typename
    ... on MutationCreateMeetingSuccess {
      meeting {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicMeetingMutation, PublicMeetingMutationVariables>;
export const PublicEleventhMeetingDocument = new TypedDocumentString(`
    query PublicEleventhMeeting {
  meetingByCode(code: "11MSP") {
    id
  }
}
    `) as unknown as TypedDocumentString<PublicEleventhMeetingQuery, PublicEleventhMeetingQueryVariables>;
export const QueryCountsMeetingsWithDelegationsDocument = new TypedDocumentString(`
    query QueryCountsMeetingsWithDelegations {
  meetings(first: 5, filter: {year: 2023}) {
    edges {
      node {
        code
        invitations(first: 50) {
          totalCount
          edges {
            node {
              capacity
              participant {
                __typename
                ... on State {
                  iso3
                }
                ... on Organisation {
                  acronym
                }
              }
              delegation {
                timeliness
                members {
                  role
                  givenName
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueryCountsMeetingsWithDelegationsQuery, QueryCountsMeetingsWithDelegationsQueryVariables>;
export const QueryCountsMeetingDelegationsDocument = new TypedDocumentString(`
    query QueryCountsMeetingDelegations($id: ID!, $first: Int!) {
  meeting(id: $id) {
    invitations(first: $first) {
      edges {
        node {
          participant {
            ... on State {
              iso3
              name
            }
          }
          delegation {
            members {
              givenName
              familyName
              role
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueryCountsMeetingDelegationsQuery, QueryCountsMeetingDelegationsQueryVariables>;
export const QueryCountsStatesWithRecordsDocument = new TypedDocumentString(`
    query QueryCountsStatesWithRecords($first: Int!) {
  states(first: $first) {
    edges {
      node {
        iso3
        treatyStatus {
          depositedOn
        }
        reports {
          totalCount
          edges {
            node {
              kind
              periodYear
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueryCountsStatesWithRecordsQuery, QueryCountsStatesWithRecordsQueryVariables>;
export const QueryCountsComplianceWithReportsDocument = new TypedDocumentString(`
    query QueryCountsComplianceWithReports($first: Int!) {
  reportingCompliance(year: 2025, asOf: "2026-11-28") {
    obligations(first: $first) {
      edges {
        node {
          state {
            iso3
            name
          }
          status
          report {
            id
            kind
            forms {
              letter
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueryCountsComplianceWithReportsQuery, QueryCountsComplianceWithReportsQueryVariables>;
export const QueryCountsStatesTotalDocument = new TypedDocumentString(`
    query QueryCountsStatesTotal {
  states {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<QueryCountsStatesTotalQuery, QueryCountsStatesTotalQueryVariables>;
export const QueryCountsMeetingsTotalDocument = new TypedDocumentString(`
    query QueryCountsMeetingsTotal {
  meetings {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<QueryCountsMeetingsTotalQuery, QueryCountsMeetingsTotalQueryVariables>;
export const QueryCountsTransparencyReportsTotalDocument = new TypedDocumentString(`
    query QueryCountsTransparencyReportsTotal {
  transparencyReports {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<QueryCountsTransparencyReportsTotalQuery, QueryCountsTransparencyReportsTotalQueryVariables>;
export const QueryCountsOrganisationsTotalDocument = new TypedDocumentString(`
    query QueryCountsOrganisationsTotal {
  organisations {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<QueryCountsOrganisationsTotalQuery, QueryCountsOrganisationsTotalQueryVariables>;
export const QueryCountsConventionsTotalDocument = new TypedDocumentString(`
    query QueryCountsConventionsTotal {
  conventions {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<QueryCountsConventionsTotalQuery, QueryCountsConventionsTotalQueryVariables>;
export const QueryCountsTypenameDocument = new TypedDocumentString(`
    query QueryCountsTypename {
  __typename
}
    `) as unknown as TypedDocumentString<QueryCountsTypenameQuery, QueryCountsTypenameQueryVariables>;
export const RateLimitCostOneStateDocument = new TypedDocumentString(`
    query RateLimitCostOneState {
  state(iso3: "NOR") {
    iso3
    name
  }
}
    `) as unknown as TypedDocumentString<RateLimitCostOneStateQuery, RateLimitCostOneStateQueryVariables>;
export const RateLimitCostHundredStatesDocument = new TypedDocumentString(`
    query RateLimitCostHundredStates {
  states(first: 100) {
    edges {
      node {
        iso3
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RateLimitCostHundredStatesQuery, RateLimitCostHundredStatesQueryVariables>;
export const RateLimitCostRateLimitAndHundredStatesDocument = new TypedDocumentString(`
    query RateLimitCostRateLimitAndHundredStates {
  rateLimit {
    cost
    limit
    remaining
    resetAt
  }
  states(first: 100) {
    edges {
      node {
        iso3
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RateLimitCostRateLimitAndHundredStatesQuery, RateLimitCostRateLimitAndHundredStatesQueryVariables>;
export const RateLimitCostStatesWithDelegationsDocument = new TypedDocumentString(`
    query RateLimitCostStatesWithDelegations {
  states(first: 100) {
    edges {
      node {
        iso3
        delegations(first: 20) {
          edges {
            node {
              id
              submittedAt
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RateLimitCostStatesWithDelegationsQuery, RateLimitCostStatesWithDelegationsQueryVariables>;
export const RateLimitCostMeetingsWithInvitationsDocument = new TypedDocumentString(`
    query RateLimitCostMeetingsWithInvitations {
  meetings(first: 100) {
    edges {
      node {
        invitations(first: 100) {
          edges {
            node {
              id
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RateLimitCostMeetingsWithInvitationsQuery, RateLimitCostMeetingsWithInvitationsQueryVariables>;
export const ConcurrencyReadVersionDocument = new TypedDocumentString(`
    query ConcurrencyReadVersion($id: ID!) {
  node(id: $id) {
    ... on Delegation {
      version
    }
  }
}
    `) as unknown as TypedDocumentString<ConcurrencyReadVersionQuery, ConcurrencyReadVersionQueryVariables>;
export const DatabaseRestartAmendDocument = new TypedDocumentString(`
    mutation DatabaseRestartAmend($id: ID!, $v: Int!, $input: DelegationInput!) {
  amendDelegation(delegationId: $id, version: $v, input: $input) {
    __typename
    ... on MutationAmendDelegationSuccess {
      delegation {
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DatabaseRestartAmendMutation, DatabaseRestartAmendMutationVariables>;
export const DatabaseRestartStatesDocument = new TypedDocumentString(`
    query DatabaseRestartStates {
  states(first: 3) {
    totalCount
    edges {
      node {
        iso3
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DatabaseRestartStatesQuery, DatabaseRestartStatesQueryVariables>;
export const DatabaseRestartSignInDocument = new TypedDocumentString(`
    mutation DatabaseRestartSignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    __typename
    ... on MutationSignInSuccess {
      session {
        token
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DatabaseRestartSignInMutation, DatabaseRestartSignInMutationVariables>;
export const DatabaseRestartTypenameDocument = new TypedDocumentString(`
    query DatabaseRestartTypename {
  __typename
}
    `) as unknown as TypedDocumentString<DatabaseRestartTypenameQuery, DatabaseRestartTypenameQueryVariables>;
export const FaultsImportScaleDocument = new TypedDocumentString(`
    mutation FaultsImportScale($input: ImportAssessmentScaleInput!) {
  importAssessmentScale(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FaultsImportScaleMutation, FaultsImportScaleMutationVariables>;
export const FaultsAmendFirstVersionDocument = new TypedDocumentString(`
    mutation FaultsAmendFirstVersion($id: ID!, $input: DelegationInput!) {
  amendDelegation(delegationId: $id, version: 1, input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<FaultsAmendFirstVersionMutation, FaultsAmendFirstVersionMutationVariables>;
export const FaultsAmendDocument = new TypedDocumentString(`
    mutation FaultsAmend($id: ID!, $v: Int!, $input: DelegationInput!) {
  amendDelegation(delegationId: $id, version: $v, input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<FaultsAmendMutation, FaultsAmendMutationVariables>;
export const FaultsStatesPageDocument = new TypedDocumentString(`
    query FaultsStatesPage {
  states(first: 100) {
    totalCount
    edges {
      node {
        iso3
        name
        regionalGroup
        unStatus
        treatyStatus {
          __typename
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FaultsStatesPageQuery, FaultsStatesPageQueryVariables>;
export const FaultsTypenameDocument = new TypedDocumentString(`
    query FaultsTypename {
  __typename
}
    `) as unknown as TypedDocumentString<FaultsTypenameQuery, FaultsTypenameQueryVariables>;
export const FaultsAmendAndReadVersionDocument = new TypedDocumentString(`
    mutation FaultsAmendAndReadVersion($id: ID!, $v: Int!, $input: DelegationInput!) {
  amendDelegation(delegationId: $id, version: $v, input: $input) {
    __typename
    ... on MutationAmendDelegationSuccess {
      delegation {
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FaultsAmendAndReadVersionMutation, FaultsAmendAndReadVersionMutationVariables>;
export const FaultsSignInDocument = new TypedDocumentString(`
    mutation FaultsSignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    ... on MutationSignInSuccess {
      session {
        token
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FaultsSignInMutation, FaultsSignInMutationVariables>;
export const IdempotencyRecordPaymentDocument = new TypedDocumentString(`
    mutation IdempotencyRecordPayment($costShareId: ID!, $input: RecordPaymentInput!, $key: String) {
  recordPayment(costShareId: $costShareId, input: $input, idempotencyKey: $key) {
    __typename
    ... on MutationRecordPaymentSuccess {
      payment {
        id
        amount
        reference
      }
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IdempotencyRecordPaymentMutation, IdempotencyRecordPaymentMutationVariables>;
export const IdempotencySetEstimateDocument = new TypedDocumentString(`
    mutation IdempotencySetEstimate($meetingId: ID!, $input: SetCostEstimateInput!, $key: String) {
  setCostEstimate(meetingId: $meetingId, input: $input, idempotencyKey: $key) {
    __typename
    ... on MutationSetCostEstimateSuccess {
      costEstimate {
        id
        version
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IdempotencySetEstimateMutation, IdempotencySetEstimateMutationVariables>;
export const IdempotencyMutationArgumentsDocument = new TypedDocumentString(`
    query IdempotencyMutationArguments {
  __type(name: "Mutation") {
    fields {
      name
      args {
        name
        description
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdempotencyMutationArgumentsQuery, IdempotencyMutationArgumentsQueryVariables>;
export const IsolationListOfParticipantsDocument = new TypedDocumentString(`
    query IsolationListOfParticipants($id: ID!, $variant: ListOfParticipantsVariant!, $format: ListOfParticipantsFormat!) {
  meeting(id: $id) {
    listOfParticipants(variant: $variant, format: $format) {
      content
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationListOfParticipantsQuery, IsolationListOfParticipantsQueryVariables>;
export const IsolationReportsOfStateYearKindDocument = new TypedDocumentString(`
    query IsolationReportsOfStateYearKind {
  transparencyReports(filter: {state: "CHE", year: 2025, kind: ANNUAL}) {
    ...IsolationReportList
  }
}
    fragment IsolationReportList on TransparencyReportConnection {
  totalCount
  edges {
    node {
      id
      forms {
        letter
        status
      }
    }
  }
}`) as unknown as TypedDocumentString<IsolationReportsOfStateYearKindQuery, IsolationReportsOfStateYearKindQueryVariables>;
export const IsolationReportsOnTimeDocument = new TypedDocumentString(`
    query IsolationReportsOnTime($asOf: Date!) {
  transparencyReports(filter: {compliance: ON_TIME, asOf: $asOf}) {
    ...IsolationReportList
  }
}
    fragment IsolationReportList on TransparencyReportConnection {
  totalCount
  edges {
    node {
      id
      forms {
        letter
        status
      }
    }
  }
}`) as unknown as TypedDocumentString<IsolationReportsOnTimeQuery, IsolationReportsOnTimeQueryVariables>;
export const IsolationStateReportsDocument = new TypedDocumentString(`
    query IsolationStateReports {
  state(iso3: "CHE") {
    reports {
      ...IsolationReportList
    }
  }
}
    fragment IsolationReportList on TransparencyReportConnection {
  totalCount
  edges {
    node {
      id
      forms {
        letter
        status
      }
    }
  }
}`) as unknown as TypedDocumentString<IsolationStateReportsQuery, IsolationStateReportsQueryVariables>;
export const IsolationComplianceReportsDocument = new TypedDocumentString(`
    query IsolationComplianceReports($asOf: Date!) {
  reportingCompliance(year: 2026, asOf: $asOf) {
    obligations(first: 100) {
      edges {
        node {
          state {
            iso3
          }
          report {
            id
            forms {
              letter
              status
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationComplianceReportsQuery, IsolationComplianceReportsQueryVariables>;
export const IsolationNodesOfAdminRecordsDocument = new TypedDocumentString(`
    query IsolationNodesOfAdminRecords($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on AuditEvent {
      after
    }
    ... on User {
      email
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationNodesOfAdminRecordsQuery, IsolationNodesOfAdminRecordsQueryVariables>;
export const IsolationNodesOfDelegationDocument = new TypedDocumentString(`
    query IsolationNodesOfDelegation($ids: [ID!]!) {
  nodes(ids: $ids) {
    ...IsolationDelegates
    ... on Invitation {
      delegation {
        ...IsolationDelegates
      }
    }
  }
}
    fragment IsolationPerson on DelegationMember {
  role
  salutation
  givenName
  familyName
  title
  email
  phone
}
fragment IsolationDelegates on Delegation {
  id
  headOfDelegation {
    ...IsolationPerson
  }
  members {
    ...IsolationPerson
  }
  changes {
    totalCount
    edges {
      node {
        changedByName
        before
        after
      }
    }
  }
}`) as unknown as TypedDocumentString<IsolationNodesOfDelegationQuery, IsolationNodesOfDelegationQueryVariables>;
export const IsolationMeetingDelegationsDocument = new TypedDocumentString(`
    query IsolationMeetingDelegations($id: ID!) {
  meeting(id: $id) {
    delegations(first: 100) {
      edges {
        node {
          ...IsolationDelegates
        }
      }
    }
  }
}
    fragment IsolationPerson on DelegationMember {
  role
  salutation
  givenName
  familyName
  title
  email
  phone
}
fragment IsolationDelegates on Delegation {
  id
  headOfDelegation {
    ...IsolationPerson
  }
  members {
    ...IsolationPerson
  }
  changes {
    totalCount
    edges {
      node {
        changedByName
        before
        after
      }
    }
  }
}`) as unknown as TypedDocumentString<IsolationMeetingDelegationsQuery, IsolationMeetingDelegationsQueryVariables>;
export const IsolationLateDelegationsDocument = new TypedDocumentString(`
    query IsolationLateDelegations($code: String!) {
  meetingByCode(code: $code) {
    delegations(filter: {timeliness: LATE}) {
      edges {
        node {
          ...IsolationDelegates
        }
      }
    }
  }
}
    fragment IsolationPerson on DelegationMember {
  role
  salutation
  givenName
  familyName
  title
  email
  phone
}
fragment IsolationDelegates on Delegation {
  id
  headOfDelegation {
    ...IsolationPerson
  }
  members {
    ...IsolationPerson
  }
  changes {
    totalCount
    edges {
      node {
        changedByName
        before
        after
      }
    }
  }
}`) as unknown as TypedDocumentString<IsolationLateDelegationsQuery, IsolationLateDelegationsQueryVariables>;
export const IsolationInvitationDelegationsDocument = new TypedDocumentString(`
    query IsolationInvitationDelegations($id: ID!) {
  meeting(id: $id) {
    invitations(first: 100) {
      edges {
        node {
          delegation {
            ...IsolationDelegates
          }
        }
      }
    }
  }
}
    fragment IsolationPerson on DelegationMember {
  role
  salutation
  givenName
  familyName
  title
  email
  phone
}
fragment IsolationDelegates on Delegation {
  id
  headOfDelegation {
    ...IsolationPerson
  }
  members {
    ...IsolationPerson
  }
  changes {
    totalCount
    edges {
      node {
        changedByName
        before
        after
      }
    }
  }
}`) as unknown as TypedDocumentString<IsolationInvitationDelegationsQuery, IsolationInvitationDelegationsQueryVariables>;
export const IsolationMeetingsDelegationsDocument = new TypedDocumentString(`
    query IsolationMeetingsDelegations {
  meetings(filter: {year: 2023}, first: 5) {
    edges {
      node {
        delegations(first: 5) {
          edges {
            node {
              ...IsolationDelegates
            }
          }
        }
      }
    }
  }
}
    fragment IsolationPerson on DelegationMember {
  role
  salutation
  givenName
  familyName
  title
  email
  phone
}
fragment IsolationDelegates on Delegation {
  id
  headOfDelegation {
    ...IsolationPerson
  }
  members {
    ...IsolationPerson
  }
  changes {
    totalCount
    edges {
      node {
        changedByName
        before
        after
      }
    }
  }
}`) as unknown as TypedDocumentString<IsolationMeetingsDelegationsQuery, IsolationMeetingsDelegationsQueryVariables>;
export const IsolationStateDelegationsDocument = new TypedDocumentString(`
    query IsolationStateDelegations {
  state(iso3: "CHE") {
    delegations {
      edges {
        node {
          ...IsolationDelegates
        }
      }
    }
  }
}
    fragment IsolationPerson on DelegationMember {
  role
  salutation
  givenName
  familyName
  title
  email
  phone
}
fragment IsolationDelegates on Delegation {
  id
  headOfDelegation {
    ...IsolationPerson
  }
  members {
    ...IsolationPerson
  }
  changes {
    totalCount
    edges {
      node {
        changedByName
        before
        after
      }
    }
  }
}`) as unknown as TypedDocumentString<IsolationStateDelegationsQuery, IsolationStateDelegationsQueryVariables>;
export const IsolationSearchedStatesDelegationsDocument = new TypedDocumentString(`
    query IsolationSearchedStatesDelegations {
  states(filter: {search: "Switzerland"}, first: 5) {
    edges {
      node {
        delegations(first: 10) {
          edges {
            node {
              ...IsolationDelegates
            }
          }
        }
      }
    }
  }
}
    fragment IsolationPerson on DelegationMember {
  role
  salutation
  givenName
  familyName
  title
  email
  phone
}
fragment IsolationDelegates on Delegation {
  id
  headOfDelegation {
    ...IsolationPerson
  }
  members {
    ...IsolationPerson
  }
  changes {
    totalCount
    edges {
      node {
        changedByName
        before
        after
      }
    }
  }
}`) as unknown as TypedDocumentString<IsolationSearchedStatesDelegationsQuery, IsolationSearchedStatesDelegationsQueryVariables>;
export const IsolationOwnStateDelegationsDocument = new TypedDocumentString(`
    query IsolationOwnStateDelegations {
  me {
    state {
      delegations {
        edges {
          node {
            ...IsolationDelegates
          }
        }
      }
    }
  }
}
    fragment IsolationPerson on DelegationMember {
  role
  salutation
  givenName
  familyName
  title
  email
  phone
}
fragment IsolationDelegates on Delegation {
  id
  headOfDelegation {
    ...IsolationPerson
  }
  members {
    ...IsolationPerson
  }
  changes {
    totalCount
    edges {
      node {
        changedByName
        before
        after
      }
    }
  }
}`) as unknown as TypedDocumentString<IsolationOwnStateDelegationsQuery, IsolationOwnStateDelegationsQueryVariables>;
export const IsolationAmendOwnDelegationDocument = new TypedDocumentString(`
    mutation IsolationAmendOwnDelegation($id: ID!, $version: Int!, $input: DelegationInput!) {
  amendDelegation(delegationId: $id, version: $version, input: $input) {
    __typename
    ... on MutationAmendDelegationSuccess {
      delegation {
        invitation {
          meeting {
            delegations {
              edges {
                node {
                  ...IsolationDelegates
                }
              }
            }
          }
        }
      }
    }
  }
}
    fragment IsolationPerson on DelegationMember {
  role
  salutation
  givenName
  familyName
  title
  email
  phone
}
fragment IsolationDelegates on Delegation {
  id
  headOfDelegation {
    ...IsolationPerson
  }
  members {
    ...IsolationPerson
  }
  changes {
    totalCount
    edges {
      node {
        changedByName
        before
        after
      }
    }
  }
}`) as unknown as TypedDocumentString<IsolationAmendOwnDelegationMutation, IsolationAmendOwnDelegationMutationVariables>;
export const IsolationReportNodeDocument = new TypedDocumentString(`
    query IsolationReportNode($id: ID!) {
  node(id: $id) {
    id
    ... on TransparencyReport {
      published
      forms {
        letter
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationReportNodeQuery, IsolationReportNodeQueryVariables>;
export const IsolationUserNodeDocument = new TypedDocumentString(`
    query IsolationUserNode($id: ID!) {
  node(id: $id) {
    id
    ... on User {
      email
      name
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationUserNodeQuery, IsolationUserNodeQueryVariables>;
export const IsolationUsersSearchedDocument = new TypedDocumentString(`
    query IsolationUsersSearched {
  users(filter: {search: "same-state"}) {
    edges {
      node {
        id
        email
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationUsersSearchedQuery, IsolationUsersSearchedQueryVariables>;
export const IsolationDelegationAuditDocument = new TypedDocumentString(`
    query IsolationDelegationAudit($id: ID!) {
  auditEvents(filter: {entityId: $id}) {
    edges {
      node {
        id
        action
        before
        after
        actorUser {
          email
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationDelegationAuditQuery, IsolationDelegationAuditQueryVariables>;
export const IsolationAmendDocument = new TypedDocumentString(`
    mutation IsolationAmend($id: ID!, $version: Int!, $input: DelegationInput!) {
  amendDelegation(delegationId: $id, version: $version, input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationAmendMutation, IsolationAmendMutationVariables>;
export const IsolationRecordReportDocument = new TypedDocumentString(`
    mutation IsolationRecordReport($input: RecordTransparencyReportInput!) {
  recordTransparencyReport(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationRecordReportMutation, IsolationRecordReportMutationVariables>;
export const IsolationSubmitDocument = new TypedDocumentString(`
    mutation IsolationSubmit($id: ID!, $input: DelegationInput!) {
  submitDelegation(invitationId: $id, input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationSubmitMutation, IsolationSubmitMutationVariables>;
export const IsolationRecordCredentialsDocument = new TypedDocumentString(`
    mutation IsolationRecordCredentials($id: ID!, $input: CredentialsInput!) {
  recordCredentials(delegationId: $id, input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationRecordCredentialsMutation, IsolationRecordCredentialsMutationVariables>;
export const IsolationDecideObserverApplicationDocument = new TypedDocumentString(`
    mutation IsolationDecideObserverApplication($id: ID!) {
  decideObserverApplication(invitationId: $id, decision: REJECT) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationDecideObserverApplicationMutation, IsolationDecideObserverApplicationMutationVariables>;
export const IsolationUpdateReportFormsDocument = new TypedDocumentString(`
    mutation IsolationUpdateReportForms($id: ID!, $version: Int!, $forms: [ReportFormInput!]!) {
  updateReportForms(reportId: $id, version: $version, forms: $forms) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationUpdateReportFormsMutation, IsolationUpdateReportFormsMutationVariables>;
export const IsolationPublishReportDocument = new TypedDocumentString(`
    mutation IsolationPublishReport($id: ID!, $version: Int!) {
  publishReport(reportId: $id, version: $version) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationPublishReportMutation, IsolationPublishReportMutationVariables>;
export const IsolationMoveUserToAustriaDocument = new TypedDocumentString(`
    mutation IsolationMoveUserToAustria($id: ID!) {
  updateUser(id: $id, input: {stateIso3: "AUT"}) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationMoveUserToAustriaMutation, IsolationMoveUserToAustriaMutationVariables>;
export const IsolationMeetingDelegatesDocument = new TypedDocumentString(`
    query IsolationMeetingDelegates($id: ID!) {
  meeting(id: $id) {
    invitations(first: 100) {
      edges {
        node {
          participant {
            ... on State {
              iso3
            }
          }
          delegation {
            ...IsolationDelegates
          }
        }
      }
    }
  }
}
    fragment IsolationPerson on DelegationMember {
  role
  salutation
  givenName
  familyName
  title
  email
  phone
}
fragment IsolationDelegates on Delegation {
  id
  headOfDelegation {
    ...IsolationPerson
  }
  members {
    ...IsolationPerson
  }
  changes {
    totalCount
    edges {
      node {
        changedByName
        before
        after
      }
    }
  }
}`) as unknown as TypedDocumentString<IsolationMeetingDelegatesQuery, IsolationMeetingDelegatesQueryVariables>;
export const IsolationRecordDraftReportDocument = new TypedDocumentString(`
    mutation IsolationRecordDraftReport($input: RecordTransparencyReportInput!) {
  recordTransparencyReport(input: $input) {
    __typename
    ... on MutationRecordTransparencyReportSuccess {
      report {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationRecordDraftReportMutation, IsolationRecordDraftReportMutationVariables>;
export const IsolationDelegationNodeDocument = new TypedDocumentString(`
    query IsolationDelegationNode($id: ID!) {
  node(id: $id) {
    ...IsolationDelegates
  }
}
    fragment IsolationPerson on DelegationMember {
  role
  salutation
  givenName
  familyName
  title
  email
  phone
}
fragment IsolationDelegates on Delegation {
  id
  headOfDelegation {
    ...IsolationPerson
  }
  members {
    ...IsolationPerson
  }
  changes {
    totalCount
    edges {
      node {
        changedByName
        before
        after
      }
    }
  }
}`) as unknown as TypedDocumentString<IsolationDelegationNodeQuery, IsolationDelegationNodeQueryVariables>;
export const IsolationMoveToAustriaDocument = new TypedDocumentString(`
    mutation IsolationMoveToAustria($id: ID!) {
  updateUser(id: $id, input: {stateIso3: "AUT"}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<IsolationMoveToAustriaMutation, IsolationMoveToAustriaMutationVariables>;
export const ReminderSendDocument = new TypedDocumentString(`
    mutation ReminderSend($input: SendReportReminderInput!) {
  sendReportReminder(input: $input) {
    __typename
    ... on MutationSendReportReminderSuccess {
      reminder {
        state {
          iso3
        }
        kind
        periodYear
        reference
        date
        dueOn
        issuingOffice
        submissionOffice
        language
        sentAt
      }
    }
    ... on Error {
      message
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on NotFoundError {
      entity
      key
    }
  }
}
    `) as unknown as TypedDocumentString<ReminderSendMutation, ReminderSendMutationVariables>;
export const ReminderAuditTrailDocument = new TypedDocumentString(`
    query ReminderAuditTrail($filter: AuditEventFilter, $first: Int) {
  auditEvents(filter: $filter, first: $first) {
    totalCount
    edges {
      node {
        action
        entityType
        actorName
        after
        entity {
          id
          ... on State {
            iso3
          }
          ... on Delegation {
            version
          }
          ... on Meeting {
            code
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReminderAuditTrailQuery, ReminderAuditTrailQueryVariables>;
export const ReminderSendAllDocument = new TypedDocumentString(`
    mutation ReminderSendAll($input: SendReportRemindersInput!) {
  sendReportReminders(input: $input) {
    __typename
    ... on MutationSendReportRemindersSuccess {
      reminders {
        state {
          iso3
        }
        kind
        periodYear
        reference
        date
        dueOn
        language
        sentByName
      }
    }
    ... on Error {
      message
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on NotFoundError {
      entity
      key
    }
  }
}
    `) as unknown as TypedDocumentString<ReminderSendAllMutation, ReminderSendAllMutationVariables>;
export const ReminderSentToDocument = new TypedDocumentString(`
    query ReminderSentTo($iso3: String!) {
  state(iso3: $iso3) {
    reportRemindersSent(first: 10) {
      totalCount
      edges {
        node {
          reference
          kind
          periodYear
          date
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReminderSentToQuery, ReminderSentToQueryVariables>;
export const ReminderNodeDocument = new TypedDocumentString(`
    query ReminderNode($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReminderNodeQuery, ReminderNodeQueryVariables>;
export const ReminderAuditOfNotAMeetingDocument = new TypedDocumentString(`
    query ReminderAuditOfNotAMeeting {
  auditEvents(filter: {meeting: "bm90LWFuLWlk"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ReminderAuditOfNotAMeetingQuery, ReminderAuditOfNotAMeetingQueryVariables>;
export const ReminderAuditCountDocument = new TypedDocumentString(`
    query ReminderAuditCount {
  auditEvents {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ReminderAuditCountQuery, ReminderAuditCountQueryVariables>;
export const ReportsRecordDocument = new TypedDocumentString(`
    mutation ReportsRecord($input: RecordTransparencyReportInput!) {
  recordTransparencyReport(input: $input) {
    __typename
    ... on MutationRecordTransparencyReportSuccess {
      report {
        id
        kind
        periodYear
        periodStart
        periodEnd
        dueOn
        dueOnOverridden
        receivedOn
        channel
        published
        publishedAt
        version
        state {
          iso3
        }
        convention {
          code
        }
        forms {
          letter
          status
          unchangedSinceYear
        }
        lateOn: compliance(asOf: "2024-03-01")
      }
    }
    ... on Error {
      message
      code
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on NotFoundError {
      entity
      key
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsRecordMutation, ReportsRecordMutationVariables>;
export const ReportsUpdateFormsDocument = new TypedDocumentString(`
    mutation ReportsUpdateForms($reportId: ID!, $version: Int!, $forms: [ReportFormInput!]!) {
  updateReportForms(reportId: $reportId, version: $version, forms: $forms) {
    __typename
    ... on MutationUpdateReportFormsSuccess {
      report {
        version
        forms {
          letter
          status
          unchangedSinceYear
        }
      }
    }
    ... on Error {
      message
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsUpdateFormsMutation, ReportsUpdateFormsMutationVariables>;
export const ReportsPublishDocument = new TypedDocumentString(`
    mutation ReportsPublish($reportId: ID!, $version: Int!) {
  publishReport(reportId: $reportId, version: $version) {
    __typename
    ... on MutationPublishReportSuccess {
      report {
        published
        publishedAt
        version
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsPublishMutation, ReportsPublishMutationVariables>;
export const ReportsOfNigeriaDocument = new TypedDocumentString(`
    query ReportsOfNigeria($filter: TransparencyReportFilter) {
  transparencyReports(filter: $filter) {
    totalCount
    edges {
      node {
        kind
        periodYear
        published
      }
    }
  }
  state(iso3: "NGA") {
    reports {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsOfNigeriaQuery, ReportsOfNigeriaQueryVariables>;
export const ReportsSouthSudanIdDocument = new TypedDocumentString(`
    query ReportsSouthSudanId {
  state(iso3: "SSD") {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportsSouthSudanIdQuery, ReportsSouthSudanIdQueryVariables>;
export const ReportsNodeAndNodesDocument = new TypedDocumentString(`
    query ReportsNodeAndNodes($id: ID!) {
  node(id: $id) {
    id
  }
  nodes(ids: [$id]) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportsNodeAndNodesQuery, ReportsNodeAndNodesQueryVariables>;
export const ReportsFilteredDocument = new TypedDocumentString(`
    query ReportsFiltered($filter: TransparencyReportFilter) {
  transparencyReports(filter: $filter) {
    totalCount
    edges {
      node {
        state {
          iso3
        }
        kind
        periodYear
        compliance(asOf: "2024-03-01")
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsFilteredQuery, ReportsFilteredQueryVariables>;
export const ReportsOfAStateDocument = new TypedDocumentString(`
    query ReportsOfAState($iso3: String!, $filter: StateReportFilter) {
  state(iso3: $iso3) {
    reports(filter: $filter) {
      totalCount
      edges {
        node {
          kind
          periodYear
          compliance(asOf: "2024-03-01")
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsOfAStateQuery, ReportsOfAStateQueryVariables>;
export const ResponseCacheReadDelegationDocument = new TypedDocumentString(`
    query ResponseCacheReadDelegation($id: ID!) {
  node(id: $id) {
    ... on Delegation {
      version
      members {
        position
        givenName
        familyName
      }
      credentials {
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheReadDelegationQuery, ResponseCacheReadDelegationQueryVariables>;
export const ResponseCacheStatesNamedNorDocument = new TypedDocumentString(`
    query ResponseCacheStatesNamedNor {
  states(first: 3, filter: {search: "Nor"}) {
    edges {
      node {
        iso3
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheStatesNamedNorQuery, ResponseCacheStatesNamedNorQueryVariables>;
export const ResponseCacheMeAndUserDocument = new TypedDocumentString(`
    query ResponseCacheMeAndUser($id: ID!) {
  me {
    email
  }
  node(id: $id) {
    ... on User {
      email
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheMeAndUserQuery, ResponseCacheMeAndUserQueryVariables>;
export const ResponseCacheUsersDocument = new TypedDocumentString(`
    query ResponseCacheUsers {
  users(first: 5) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheUsersQuery, ResponseCacheUsersQueryVariables>;
export const ResponseCacheSignOutDocument = new TypedDocumentString(`
    mutation ResponseCacheSignOut {
  signOut
}
    `) as unknown as TypedDocumentString<ResponseCacheSignOutMutation, ResponseCacheSignOutMutationVariables>;
export const ResponseCacheRateLimitDocument = new TypedDocumentString(`
    query ResponseCacheRateLimit {
  rateLimit {
    remaining
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheRateLimitQuery, ResponseCacheRateLimitQueryVariables>;
export const ResponseCacheApiKeyStatusDocument = new TypedDocumentString(`
    query ResponseCacheApiKeyStatus {
  apiKeys {
    edges {
      node {
        name
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheApiKeyStatusQuery, ResponseCacheApiKeyStatusQueryVariables>;
export const ResponseCacheApiKeyLastUseDocument = new TypedDocumentString(`
    query ResponseCacheApiKeyLastUse {
  apiKeys {
    edges {
      node {
        name
        lastUsedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheApiKeyLastUseQuery, ResponseCacheApiKeyLastUseQueryVariables>;
export const ResponseCacheThreeStatesDocument = new TypedDocumentString(`
    query ResponseCacheThreeStates {
  states(first: 3) {
    edges {
      node {
        iso3
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheThreeStatesQuery, ResponseCacheThreeStatesQueryVariables>;
export const ResponseCacheMeetingsAndConventionsDocument = new TypedDocumentString(`
    query ResponseCacheMeetingsAndConventions {
  meetings(first: 5) {
    edges {
      node {
        code
        convention {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheMeetingsAndConventionsQuery, ResponseCacheMeetingsAndConventionsQueryVariables>;
export const ResponseCacheStatesPartiesCountDocument = new TypedDocumentString(`
    query ResponseCacheStatesPartiesCount {
  states(filter: {status: STATE_PARTY}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheStatesPartiesCountQuery, ResponseCacheStatesPartiesCountQueryVariables>;
export const ResponseCacheTypenameDocument = new TypedDocumentString(`
    query ResponseCacheTypename {
  __typename
}
    `) as unknown as TypedDocumentString<ResponseCacheTypenameQuery, ResponseCacheTypenameQueryVariables>;
export const SignInAsDocument = new TypedDocumentString(`
    mutation SignInAs($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    __typename
    ... on MutationSignInSuccess {
      session {
        token
        expiresAt
      }
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SignInAsMutation, SignInAsMutationVariables>;
export const SignedInAsDocument = new TypedDocumentString(`
    query SignedInAs {
  me {
    email
    role
  }
}
    `) as unknown as TypedDocumentString<SignedInAsQuery, SignedInAsQueryVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const ActorsSignInDocument = new TypedDocumentString(`
    mutation ActorsSignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    __typename
    ... on MutationSignInSuccess {
      session {
        token
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ActorsSignInMutation, ActorsSignInMutationVariables>;
export const DelegationSubmitDocument = new TypedDocumentString(`
    mutation DelegationSubmit($invitationId: ID!, $input: DelegationInput!) {
  submitDelegation(invitationId: $invitationId, input: $input) {
    __typename
    ... on Error {
      message
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on MutationSubmitDelegationSuccess {
      delegation {
        id
        version
        timeliness
        amendedAfterDeadline
        headOfDelegation {
          givenName
          role
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
        credentials {
          issuingAuthority
          authorisedBy
          documentKind
          receivedDate
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DelegationSubmitMutation, DelegationSubmitMutationVariables>;
export const DelegationAmendDocument = new TypedDocumentString(`
    mutation DelegationAmend($delegationId: ID!, $version: Int!, $input: DelegationInput!) {
  amendDelegation(delegationId: $delegationId, version: $version, input: $input) {
    __typename
    ... on Error {
      message
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on MutationAmendDelegationSuccess {
      delegation {
        id
        version
        timeliness
        amendedAfterDeadline
        headOfDelegation {
          givenName
          role
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
        credentials {
          issuingAuthority
          authorisedBy
          documentKind
          receivedDate
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DelegationAmendMutation, DelegationAmendMutationVariables>;
export const DelegationRecordCredentialsDocument = new TypedDocumentString(`
    mutation DelegationRecordCredentials($delegationId: ID!, $input: CredentialsInput!) {
  recordCredentials(delegationId: $delegationId, input: $input) {
    __typename
    ... on Error {
      message
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on MutationRecordCredentialsSuccess {
      delegation {
        id
        version
        timeliness
        amendedAfterDeadline
        headOfDelegation {
          givenName
          role
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
        credentials {
          issuingAuthority
          authorisedBy
          documentKind
          receivedDate
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DelegationRecordCredentialsMutation, DelegationRecordCredentialsMutationVariables>;
export const TreatyActionRecordedDocument = new TypedDocumentString(`
    mutation TreatyActionRecorded($input: RecordTreatyActionInput!) {
  recordTreatyAction(input: $input) {
    __typename
    ... on MutationRecordTreatyActionSuccess {
      treatyRecord {
        id
        state {
          iso3
        }
        convention {
          code
        }
        version
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
      }
    }
    ... on Error {
      message
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on NotFoundError {
      entity
      key
    }
  }
}
    `) as unknown as TypedDocumentString<TreatyActionRecordedMutation, TreatyActionRecordedMutationVariables>;
export const TreatyActionPartiesOnDocument = new TypedDocumentString(`
    query TreatyActionPartiesOn($on: Date!) {
  states(first: 100, filter: {status: STATE_PARTY, on: $on, search: "IND"}) {
    totalCount
    edges {
      node {
        iso3
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TreatyActionPartiesOnQuery, TreatyActionPartiesOnQueryVariables>;
export const TreatyActionAuditedDocument = new TypedDocumentString(`
    query TreatyActionAudited($action: String!) {
  auditEvents(first: 10, filter: {action: $action}) {
    edges {
      node {
        action
        entityType
        entityId
        entity {
          __typename
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TreatyActionAuditedQuery, TreatyActionAuditedQueryVariables>;
export const TreatyActionNodeDocument = new TypedDocumentString(`
    query TreatyActionNode($id: ID!) {
  node(id: $id) {
    __typename
    ... on TreatyRecord {
      state {
        iso3
      }
      depositedOn
    }
  }
}
    `) as unknown as TypedDocumentString<TreatyActionNodeQuery, TreatyActionNodeQueryVariables>;