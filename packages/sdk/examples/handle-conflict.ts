import { AmendDelegationDocument, createPlenaryClient, type DelegationInput } from '@plenary/sdk';

/**
 * Amends a delegation with the version the caller read. When someone else changed it first, the API answers
 * ConflictError instead of overwriting their change: the caller reloads and decides again.
 */
export async function amendDelegation(url: string, token: string, delegationId: string, version: number, input: DelegationInput) {
  const client = createPlenaryClient({ url, token });
  const { amendDelegation: result } = await client.request(AmendDelegationDocument, { delegationId, version, input });
  if (result.__typename === 'ConflictError') return { status: 'conflict' as const, message: result.message };
  if (result.__typename !== 'MutationAmendDelegationSuccess') throw new Error(`${result.__typename}: ${result.message}`);
  return { status: 'amended' as const, version: result.delegation.version };
}
