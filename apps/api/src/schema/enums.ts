import {
  COMPLIANCE_STATUSES,
  INSTRUMENT_KINDS,
  INVITATION_CAPACITIES,
  MEETING_KINDS,
  MEETING_STATUSES,
  REGIONAL_GROUPS,
  TREATY_STATUSES,
  UN_LANGUAGES,
  UN_STATUSES,
  USER_ROLES,
  WEEKDAYS,
} from '@plenary/domain';
import { builder } from '../builder.ts';
import { describedValues } from './described-values.ts';
import { MEETING_STATUS_DESCRIPTIONS } from './shared-descriptions.ts';

// GraphQL enums take their values from the domain's constants, which the Prisma enums mirror.
export const TreatyStatusEnum = builder.enumType('TreatyStatus', {
  description: "A State's standing under a convention on a given day (Art. 17 entry into force, Art. 20 withdrawal).",
  values: describedValues(TREATY_STATUSES, {
    STATE_PARTY: 'Bound by the convention: its instrument was deposited and has entered into force for it (Art. 17).',
    SIGNATORY: 'Signed the convention, which has not (yet) entered into force for it.',
    WITHDRAWN: 'Was a State Party and its withdrawal has taken effect (Art. 20).',
    NOT_PARTY:
      'Has not signed and the convention is not in force for it (an accession deposited but not yet in force counts here).',
  }),
});
export const InstrumentKindEnum = builder.enumType('InstrumentKind', {
  description:
    'The instrument by which a State expressed its consent to be bound, as named in the depositary notification (Art. 16).',
  values: describedValues(INSTRUMENT_KINDS, {
    RATIFICATION: 'Ratification by a signatory State (Art. 16(1)).',
    ACCEPTANCE: 'Acceptance by a signatory State, with the same effect as ratification (Art. 16(1)).',
    APPROVAL: 'Approval by a signatory State, with the same effect as ratification (Art. 16(1)).',
    ACCESSION: 'Accession by a State that did not sign (Art. 16(2)).',
    SUCCESSION: 'Succession by a new State to a treaty its predecessor was bound by.',
  }),
});
export const UnStatusEnum = builder.enumType('UnStatus', {
  description: "A State's standing at the United Nations, which decides how it is invited and assessed.",
  values: describedValues(UN_STATUSES, {
    MEMBER: 'A Member State of the United Nations.',
    OBSERVER_STATE: 'A non-member observer State of the General Assembly (e.g. the Holy See, the State of Palestine).',
    NON_MEMBER: 'A State that is neither a UN Member nor a General Assembly observer (e.g. the Cook Islands, Niue).',
  }),
});
export const RegionalGroupEnum = builder.enumType('RegionalGroup', {
  description: 'The United Nations regional group a State belongs to, used to group States in lists and reports.',
  values: describedValues(REGIONAL_GROUPS, {
    AFRICAN: 'The Group of African States.',
    ASIA_PACIFIC: 'The Group of Asia-Pacific States.',
    EASTERN_EUROPEAN: 'The Group of Eastern European States.',
    LATIN_AMERICAN_AND_CARIBBEAN: 'The Group of Latin American and Caribbean States (GRULAC).',
    WESTERN_EUROPEAN_AND_OTHERS: 'The Western European and Others Group (WEOG).',
  }),
});
export const LanguageEnum = builder.enumType('Language', {
  description:
    'The six official languages of the United Nations, by ISO 639-1 code in upper case: the one language type of the API. Names are given in all six; documents are rendered in EN and FR only.',
  values: describedValues(UN_LANGUAGES, {
    AR: 'Arabic.',
    ZH: 'Chinese.',
    EN: 'English.',
    FR: 'French.',
    RU: 'Russian.',
    ES: 'Spanish.',
  }),
});
export const MeetingKindEnum = builder.enumType('MeetingKind', {
  description: 'The kind of meeting under the convention, which decides its title, its symbol series and its rules.',
  values: describedValues(MEETING_KINDS, {
    MEETING_OF_STATES_PARTIES:
      'A Meeting of States Parties (Art. 11), held regularly to consider the application of the convention.',
    REVIEW_CONFERENCE: 'A Review Conference (Art. 12), held to review the operation and status of the convention.',
    INTERSESSIONAL: 'An intersessional meeting between Meetings of States Parties.',
    PREPARATORY: 'A preparatory meeting for a Meeting of States Parties or a Review Conference.',
    AMENDMENT_CONFERENCE: 'An Amendment Conference convened to consider a proposed amendment (Art. 13).',
  }),
});
export const MeetingStatusEnum = builder.enumType('MeetingStatus', {
  description:
    'Where a meeting is in its life: DRAFT, then CONVENED, IN_SESSION and CLOSED; CANCELLED before it opens. CLOSED and CANCELLED are final.',
  values: describedValues(MEETING_STATUSES, MEETING_STATUS_DESCRIPTIONS),
});
export const InvitationCapacityEnum = builder.enumType('InvitationCapacity', {
  description: 'The capacity in which a participant is invited to a meeting (Rules of Procedure, rules 1.1-1.3).',
  values: describedValues(INVITATION_CAPACITIES, {
    STATE_PARTY: 'A State Party, participating as such (rule 1.1).',
    SIGNATORY_OBSERVER: 'A signatory State not yet party, attending as an observer (rule 1.1).',
    NON_SIGNATORY_OBSERVER: 'A State neither party nor signatory, attending as an observer (rule 1.1).',
    ORGANISATION_OF_RIGHT: 'An organisation invited as an observer as of right, such as the UN or the ICRC (rule 1.2).',
    ORGANISATION_ON_REQUEST: 'An organisation that asked to observe and was approved by the meeting (rule 1.3).',
  }),
});
export const ComplianceStatusEnum = builder.enumType('ComplianceStatus', {
  description: 'How a State stands against one Art. 7 transparency report obligation, as of the day asked about.',
  values: describedValues(COMPLIANCE_STATUSES, {
    ON_TIME: 'The report was received on or before its due date.',
    LATE: 'The report was received, after its due date.',
    OVERDUE: 'The due date has passed and no report has been received.',
    NOT_YET_DUE: 'The due date has not yet come.',
    NOT_RECORDED:
      "The report fell due before the secretariat's records begin and none is recorded, so whether it came is unknown.",
  }),
});
export const UserRoleEnum = builder.enumType('UserRole', {
  description: 'What a signed-in user may do.',
  values: describedValues(USER_ROLES, {
    ADMIN: 'Secretariat administrator: everything SECRETARIAT may do, and managing users and API keys.',
    SECRETARIAT: 'Secretariat staff: records treaty actions, convenes meetings, records reports and payments.',
    STATE: "A State's focal point: reads and submits for its own State only.",
  }),
});
export const WeekdayEnum = builder.enumType('Weekday', {
  description: 'A day of the week (ISO 8601, Monday first), as a document printed it beside a date.',
  values: describedValues(WEEKDAYS, {
    MONDAY: 'Monday.',
    TUESDAY: 'Tuesday.',
    WEDNESDAY: 'Wednesday.',
    THURSDAY: 'Thursday.',
    FRIDAY: 'Friday.',
    SATURDAY: 'Saturday.',
    SUNDAY: 'Sunday.',
  }),
});
