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

// GraphQL enums take their values from the domain's constants, which the Prisma enums mirror.
export const TreatyStatusEnum = builder.enumType('TreatyStatus', { values: TREATY_STATUSES });
export const InstrumentKindEnum = builder.enumType('InstrumentKind', { values: INSTRUMENT_KINDS });
export const UnStatusEnum = builder.enumType('UnStatus', { values: UN_STATUSES });
export const RegionalGroupEnum = builder.enumType('RegionalGroup', { values: REGIONAL_GROUPS });
export const UnLanguageEnum = builder.enumType('UnLanguage', { values: UN_LANGUAGES });
export const MeetingKindEnum = builder.enumType('MeetingKind', { values: MEETING_KINDS });
export const MeetingStatusEnum = builder.enumType('MeetingStatus', { values: MEETING_STATUSES });
export const InvitationCapacityEnum = builder.enumType('InvitationCapacity', { values: INVITATION_CAPACITIES });
export const ComplianceStatusEnum = builder.enumType('ComplianceStatus', { values: COMPLIANCE_STATUSES });
export const UserRoleEnum = builder.enumType('UserRole', { values: USER_ROLES });
export const WeekdayEnum = builder.enumType('Weekday', { values: WEEKDAYS });
