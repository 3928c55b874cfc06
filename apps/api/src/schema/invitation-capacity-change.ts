import { builder } from '../builder.ts';
import { InvitationCapacityEnum } from './enums.ts';

builder.prismaObject('InvitationCapacityChange', {
  description:
    'A State re-invited in another capacity before the meeting opened, because a treaty action recorded after convening changed its treaty status ' +
    'on the opening day (rule 1.1). Its invitation and any delegation stay.',
  fields: (t) => ({
    changedAt: t.expose('changedAt', { description: 'When the capacity changed (UTC).', type: 'DateTime' }),
    previousCapacity: t.expose('previousCapacity', {
      description: 'The capacity before the change.',
      type: InvitationCapacityEnum,
    }),
    capacity: t.expose('capacity', { description: 'The capacity after the change.', type: InvitationCapacityEnum }),
    standingOn: t.expose('standingOn', {
      type: 'Date',
      description: 'The opening day whose treaty status gave the new capacity.',
    }),
    cause: t.exposeString('cause', {
      description:
        'The audit action that moved it, e.g. `treatyRecord.deposit`, or `meeting.update` for a new opening day.',
    }),
  }),
});

builder.prismaObjectField('Invitation', 'capacityChanges', (t) =>
  t.relation('capacityChanges', {
    description:
      'How the capacity followed the State’s standing on the opening day until the meeting opened, oldest first; empty when it never moved.',
    query: { orderBy: [{ changedAt: 'asc' }, { id: 'asc' }] },
  }),
);
