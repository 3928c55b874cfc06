import { AdminMeetingInvitationsDocument, type AdminMeetingInvitationsQuery } from '@plenary/sdk';
import { useQuery } from '@tanstack/react-query';
import { fetchAll } from '../lib/fetch-all.ts';
import { useClient } from '../session.tsx';

export type InvitationRow = NonNullable<
  AdminMeetingInvitationsQuery['meeting']
>['invitations']['edges'][number]['node'];

/** Every query about one meeting starts with this key, so an action refreshes them all at once. */
export function meetingKey(id: string) {
  return ['meeting', id] as const;
}

export function useInvitations(meetingId: string) {
  const client = useClient();
  return useQuery({
    queryKey: [...meetingKey(meetingId), 'invitations'],
    queryFn: () =>
      fetchAll(client, AdminMeetingInvitationsDocument, { id: meetingId }, (data) => data.meeting?.invitations),
  });
}
