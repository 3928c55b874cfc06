import type { CalendarDate } from '../dates/calendar-date.ts';
import type {
  CredentialAuthorisingOffice,
  CredentialDocumentKind,
  CredentialIssuingAuthority,
  CredentialStatus,
  InvitationCapacity,
} from '../enums/domain-enums.ts';
import type { ValidationIssue } from '../errors/domain-error.ts';

export interface CredentialsEntry {
  issuingAuthority: CredentialIssuingAuthority;
  /** With AUTHORISED_PERSON: the office that authorised the person who signed. */
  authorisedBy?: CredentialAuthorisingOffice | null;
  documentKind: CredentialDocumentKind;
  receivedDate?: CalendarDate | null;
  status: CredentialStatus;
}

export interface CredentialsValidation {
  required: boolean;
  valid: boolean;
  issues: ValidationIssue[];
}

// Credentials are examined for the delegations of States Parties only; observers need none.
const CAPACITY_REQUIRING_CREDENTIALS: InvitationCapacity = 'STATE_PARTY';

export function credentialsRequired(options: { capacity: InvitationCapacity }): boolean {
  return options.capacity === CAPACITY_REQUIRING_CREDENTIALS;
}

/**
 * Credentials are required for a State Party's delegation and are issued by the head of State, the head of
 * government or the minister for foreign affairs, or by a person one of them authorised (the authorising office is
 * then recorded). Observers may send credentials, which are then checked the same way. Returns every problem.
 */
export function validateCredentials(options: {
  capacity: InvitationCapacity;
  credentials: CredentialsEntry | null | undefined;
}): CredentialsValidation {
  const required = credentialsRequired({ capacity: options.capacity });
  const issues: ValidationIssue[] = [];
  const { credentials } = options;
  if (!credentials) {
    if (required) {
      issues.push({
        path: 'credentials',
        message:
          'A State Party’s delegation needs credentials issued by the head of State, the head of government or the minister for foreign affairs.',
      });
    }
    return { required, valid: issues.length === 0, issues };
  }
  const authorisedBy = credentials.authorisedBy ?? null;
  if (credentials.issuingAuthority === 'AUTHORISED_PERSON' && authorisedBy === null) {
    issues.push({
      path: 'credentials.authorisedBy',
      message:
        'Credentials signed by an authorised person must record who authorised them: the head of State, the head of government or the minister for foreign affairs.',
    });
  }
  if (credentials.issuingAuthority !== 'AUTHORISED_PERSON' && authorisedBy !== null) {
    issues.push({
      path: 'credentials.authorisedBy',
      message:
        'Only credentials signed by an authorised person record an authorising office; clear it or choose AUTHORISED_PERSON.',
    });
  }
  if ((credentials.receivedDate ?? null) === null) {
    issues.push({ path: 'credentials.receivedDate', message: 'Record the date the credentials were received.' });
  }
  return { required, valid: issues.length === 0, issues };
}
