import { createPlenaryClient, RegisterDelegationDocument } from '@plenary/sdk';

/** A State's focal point registers its delegation; expected failures come back as union members, not exceptions. */
export async function registerDelegation(url: string, token: string, invitationId: string) {
  const client = createPlenaryClient({ url, token });
  const { submitDelegation: result } = await client.request(RegisterDelegationDocument, {
    invitationId,
    input: {
      publicListConsent: true,
      members: [
        { role: 'HEAD', salutation: 'H.E. Ms.', givenName: 'Ingrid', familyName: 'Solberg', title: 'Ambassador, Permanent Representative' },
        { role: 'ADVISER', givenName: 'Lars', familyName: 'Nilsen', email: 'lars.nilsen@mfa.example' },
      ],
    },
  });
  switch (result.__typename) {
    case 'MutationSubmitDelegationSuccess':
      return { delegationId: result.delegation.id, version: result.delegation.version, timeliness: result.delegation.timeliness };
    case 'ValidationError':
      throw new Error(result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
    default:
      throw new Error(`${result.__typename}: ${result.message}`);
  }
}
