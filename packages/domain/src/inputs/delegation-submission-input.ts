import { z } from 'zod';
import { validateDelegationComposition } from '../delegations/validate-delegation-composition.ts';
import { delegationMemberInputSchema } from './delegation-input.ts';

const MAX_MEMBERS = 200;

/**
 * What a focal point (or the secretariat) sends for an invitation: the list of members and consent to the public
 * list of participants. The participant and capacity come from the invitation, and credentials are not part of
 * it: they may arrive after the delegation deadline, up to the opening, and the secretariat records their receipt
 * (see `credentialsInputSchema`).
 */
export const delegationSubmissionInputSchema = z
  .object({
    members: z
      .array(delegationMemberInputSchema, { error: 'The members must be a list.' })
      .min(1, { error: 'A delegation needs at least its head of delegation.' })
      .max(MAX_MEMBERS, { error: `A delegation can list at most ${MAX_MEMBERS} members.` }),
    publicListConsent: z
      .boolean({ error: 'Consent to the public list of participants must be true or false.' })
      .default(false),
  })
  .superRefine((delegation, ctx) => {
    for (const issue of validateDelegationComposition({ members: delegation.members }).issues) {
      ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.message });
    }
  });
export type DelegationSubmissionInput = z.infer<typeof delegationSubmissionInputSchema>;
