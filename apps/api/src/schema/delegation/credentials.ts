import {
  CREDENTIAL_AUTHORISING_OFFICES,
  CREDENTIAL_DOCUMENT_KINDS,
  CREDENTIAL_ISSUING_AUTHORITIES,
  CREDENTIAL_STATUSES,
  type CredentialAuthorisingOffice,
} from '@plenary/domain';
import { readableBy, SECRETARIAT_AND_OWN_STATE } from '../../auth/readers.ts';
import { builder } from '../../builder.ts';
import { describedValues } from '../described-values.ts';

export const CredentialIssuingAuthorityEnum = builder.enumType('CredentialIssuingAuthority', {
  description: "Who signed a delegation's credentials (rules of procedure on credentials).",
  values: describedValues(CREDENTIAL_ISSUING_AUTHORITIES, {
    HEAD_OF_STATE: 'The Head of State.',
    HEAD_OF_GOVERNMENT: 'The Head of Government.',
    MINISTER_FOR_FOREIGN_AFFAIRS: 'The Minister for Foreign Affairs.',
    AUTHORISED_PERSON: 'A person authorised by one of those three offices (say which in `authorisedBy`).',
  }),
});
export const CredentialAuthorisingOfficeEnum = builder.enumType('CredentialAuthorisingOffice', {
  description: 'The office that authorised another person to sign credentials.',
  values: describedValues(CREDENTIAL_AUTHORISING_OFFICES, {
    HEAD_OF_STATE: 'The Head of State.',
    HEAD_OF_GOVERNMENT: 'The Head of Government.',
    MINISTER_FOR_FOREIGN_AFFAIRS: 'The Minister for Foreign Affairs.',
  }),
});
export const CredentialDocumentKindEnum = builder.enumType('CredentialDocumentKind', {
  description: 'Whether the secretariat received the signed credentials themselves or a copy.',
  values: describedValues(CREDENTIAL_DOCUMENT_KINDS, {
    COPY: 'A copy (scan or fax) of the signed credentials.',
    ORIGINAL: 'The signed original.',
  }),
});
export const CredentialStatusEnum = builder.enumType('CredentialStatus', {
  description: "Where a delegation's credentials stand in the secretariat's examination.",
  values: describedValues(CREDENTIAL_STATUSES, {
    RECEIVED: 'Received, not yet examined.',
    ACCEPTED: 'Examined and found in order.',
    REJECTED: 'Examined and not found in order.',
  }),
});

export const CredentialsRef = builder.prismaObject('Credentials', {
  description: 'The credentials of a State Party’s delegation, as received by the secretariat.',
  extensions: readableBy(SECRETARIAT_AND_OWN_STATE),
  fields: (t) => ({
    issuingAuthority: t.expose('issuingAuthority', {
      description: 'Who signed the credentials.',
      type: CredentialIssuingAuthorityEnum,
    }),
    authorisedBy: t.field({
      type: CredentialAuthorisingOfficeEnum,
      nullable: true,
      description: 'For credentials signed by an authorised person: the office that authorised them.',
      resolve: (credentials) => credentials.authorisedBy as CredentialAuthorisingOffice | null,
    }),
    documentKind: t.expose('documentKind', {
      description: 'Whether the secretariat holds the signed original or a copy.',
      type: CredentialDocumentKindEnum,
    }),
    receivedDate: t.expose('receivedOn', {
      description: 'The day the secretariat received the credentials.',
      type: 'Date',
    }),
    status: t.expose('status', {
      description: 'Whether the credentials are received, accepted or rejected.',
      type: CredentialStatusEnum,
    }),
  }),
});
