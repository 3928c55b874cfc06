import { OBSERVER_DECISIONS } from '@plenary/domain';
import { readableBy, SECRETARIAT } from '../../auth/readers.ts';
import { builder } from '../../builder.ts';
import { describedValues } from '../described-values.ts';
import { InvitationStatusEnum } from '../invitation/type.ts';

// Rule 1.3: organisations that do not observe as of right apply, are provisionally invited, then approved or rejected.

export const ObserverDecisionEnum = builder.enumType('ObserverDecision', {
  description: 'A decision on an application to observe (rule 1.3).',
  values: describedValues(OBSERVER_DECISIONS, {
    PROVISIONALLY_INVITE:
      'The President-designate invites the organisation provisionally, until the meeting decides (rule 1.3).',
    APPROVE: 'The meeting admits the organisation as an observer.',
    REJECT: 'The organisation is not admitted; its invitation, if provisional, ends.',
  }),
});

const InvitationStatusChangeRef = builder.prismaObject('InvitationStatusChange', {
  description: 'A status an application to observe took (rule 1.3): when, and the note of the decision.',
  fields: (t) => ({
    status: t.expose('status', { description: 'The status the application took.', type: InvitationStatusEnum }),
    at: t.expose('at', { description: 'When it took that status (UTC).', type: 'DateTime' }),
    note: t.exposeString('note', {
      description: 'The note recorded with a decision (required when rejecting); null when none.',
      nullable: true,
    }),
  }),
});

const SECRETARIAT_ONLY = {
  authScopes: { secretariat: true },
  unauthorizedResolver: () => null,
  extensions: readableBy(SECRETARIAT),
} as const;

builder.prismaObjectFields('Invitation', (t) => ({
  statusHistory: t.relation('statusChanges', {
    type: InvitationStatusChangeRef,
    description:
      'For an organisation on request: each status its application took, first REQUESTED (empty for an invitation issued at convening).',
    // The workflow only moves forward, so the status orders the steps that share an instant.
    query: { orderBy: [{ at: 'asc' }, { status: 'asc' }] },
  }),
  contactName: t.exposeString('contactName', {
    nullable: true,
    description: 'For an application made on the public page: the contact person. Secretariat only.',
    ...SECRETARIAT_ONLY,
  }),
  contactEmail: t.exposeString('contactEmail', {
    nullable: true,
    description: 'For an application made on the public page: where the secretariat answers. Secretariat only.',
    ...SECRETARIAT_ONLY,
  }),
}));
