import { builder } from '../../builder.ts';
import {
  CredentialAuthorisingOfficeEnum,
  CredentialDocumentKindEnum,
  CredentialIssuingAuthorityEnum,
  CredentialStatusEnum,
} from './credentials.ts';
import { DelegateRoleEnum } from './member.ts';

const DelegationMemberInput = builder.inputType('DelegationMemberInput', {
  description: 'One member of a delegation.',
  fields: (t) => ({
    role: t.field({
      type: DelegateRoleEnum,
      required: true,
      description: 'HEAD for the head of delegation; exactly one member is HEAD.',
    }),
    salutation: t.string({ description: 'Form of address, e.g. "H.E. Mr.", "Ms.", "Dr.".' }),
    givenName: t.string({ description: 'Given name.', required: true }),
    familyName: t.string({ description: 'Family name.', required: true }),
    title: t.string({ description: 'Official title, e.g. "Ambassador, Permanent Representative".' }),
    order: t.int({
      description: 'Place in the list of participants, from 1; members without one follow in the order given.',
    }),
    email: t.string({ description: "E-mail address, for the secretariat's messages." }),
    phone: t.string({ description: 'Telephone number, in international format.' }),
  }),
});

export const DelegationInput = builder.inputType('DelegationInput', {
  description: "A delegation's list of members and its consent to publication.",
  fields: (t) => ({
    members: t.field({
      description: 'Every member, exactly one with role HEAD.',
      type: [DelegationMemberInput],
      required: true,
    }),
    publicListConsent: t.boolean({
      description: 'Consent to the delegates’ names appearing on the public list of participants (default false).',
    }),
  }),
});

export const CredentialsInput = builder.inputType('CredentialsInput', {
  description: "The credentials received for a State Party's delegation.",
  fields: (t) => ({
    issuingAuthority: t.field({
      description: 'Who signed the credentials.',
      type: CredentialIssuingAuthorityEnum,
      required: true,
    }),
    authorisedBy: t.field({
      type: CredentialAuthorisingOfficeEnum,
      description: 'Required with AUTHORISED_PERSON, and only then.',
    }),
    documentKind: t.field({
      description: 'Whether the secretariat received the signed original or a copy.',
      type: CredentialDocumentKindEnum,
      required: true,
    }),
    receivedDate: t.field({
      description: 'The day the secretariat received them, as `YYYY-MM-DD`.',
      type: 'Date',
      required: true,
    }),
    status: t.field({
      description: 'Whether they are received, accepted or rejected.',
      type: CredentialStatusEnum,
      required: true,
    }),
  }),
});
