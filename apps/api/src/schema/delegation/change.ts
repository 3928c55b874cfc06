import { readableBy, SECRETARIAT_AND_OWN_STATE } from '../../auth/readers.ts';
import { builder } from '../../builder.ts';
import { nodeConnection } from '../node-connection.ts';
import { afterDeadlineInForce, DELEGATION_DEADLINE } from './deadline-in-force.ts';

export const DelegationChangeRef = builder.prismaObject('DelegationChange', {
  description: 'One submission or amendment of a delegation, with the list before and after it.',
  extensions: readableBy(SECRETARIAT_AND_OWN_STATE),
  fields: (t) => ({
    version: t.exposeInt('version', { description: 'The version of the delegation this change produced.' }),
    changedAt: t.expose('changedAt', { description: 'When the change was made (UTC).', type: 'DateTime' }),
    changedByName: t.string({
      description: 'The name of the user who made the change; null when an API key or the system made it.',
      nullable: true,
      select: { changedBy: { select: { name: true } } },
      resolve: (change) => change.changedBy?.name ?? null,
    }),
    afterDeadline: t.boolean({
      description: 'Made after the end of the delegation deadline day in force, in the meeting’s time zone.',
      select: { changedAt: true, delegation: { select: DELEGATION_DEADLINE } },
      resolve: (change) => afterDeadlineInForce(change.changedAt, change.delegation.invitation.meeting),
    }),
    before: t.expose('before', {
      description: 'The delegation as it stood before the change, as JSON; null for the first submission.',
      type: 'JSON',
      nullable: true,
    }),
    after: t.expose('after', { description: 'The delegation as it stood after the change, as JSON.', type: 'JSON' }),
  }),
});

export const DelegationChangeConnection = nodeConnection(DelegationChangeRef, 'DelegationChange');
