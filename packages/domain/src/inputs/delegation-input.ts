import { z } from 'zod';
import { validateCredentials } from '../delegations/validate-credentials.ts';
import {
  CREDENTIAL_AUTHORISING_OFFICES,
  CREDENTIAL_DOCUMENT_KINDS,
  CREDENTIAL_ISSUING_AUTHORITIES,
  CREDENTIAL_STATUSES,
  DELEGATE_ROLES,
} from '../enums/domain-enums.ts';
import { businessDateSchema, emailSchema, enumSchema, textSchema, wholeNumberSchema } from './common-schemas.ts';

const NAME_LENGTH = 100;
const TITLE_LENGTH = 200;
const PHONE_LENGTH = 40;
const MAX_MEMBERS = 200;

export const delegationMemberInputSchema = z.object({
  role: enumSchema(DELEGATE_ROLES, 'The role'),
  /** Form of address as it should appear in the list of participants: "H.E. Mr.", "Ms.", "Dr." */
  salutation: textSchema({ label: 'The form of address', max: NAME_LENGTH }).optional(),
  givenName: textSchema({ label: 'The given name', max: NAME_LENGTH }),
  familyName: textSchema({ label: 'The family name', max: NAME_LENGTH }),
  /** Official title: "Ambassador, Permanent Representative to the United Nations Office at Geneva" */
  title: textSchema({ label: 'The official title', max: TITLE_LENGTH }).optional(),
  order: wholeNumberSchema({ label: 'The place in the list', min: 1, max: MAX_MEMBERS }).optional(),
  email: emailSchema.optional(),
  phone: textSchema({ label: 'The telephone number', max: PHONE_LENGTH }).optional(),
});

export const credentialsInputSchema = z
  .object({
    issuingAuthority: enumSchema(CREDENTIAL_ISSUING_AUTHORITIES, 'The issuing authority'),
    authorisedBy: enumSchema(CREDENTIAL_AUTHORISING_OFFICES, 'The authorising office').optional(),
    documentKind: enumSchema(CREDENTIAL_DOCUMENT_KINDS, 'Copy or original'),
    receivedDate: businessDateSchema('The date received'),
    status: enumSchema(CREDENTIAL_STATUSES, 'The credentials status'),
  })
  .superRefine((credentials, ctx) => {
    // Observers are checked the same way when they send credentials; the capacity only decides whether they are required.
    for (const issue of validateCredentials({ capacity: 'STATE_PARTY', credentials }).issues) {
      ctx.addIssue({ code: 'custom', path: issue.path.split('.').slice(1), message: issue.message });
    }
  });
