import { createPlenaryClient, MeetingByCodeDocument, MeetingInvitationsDocument, paginate } from '@plenary/sdk';

/** A meeting and everyone invited to it, grouped by capacity. */
export async function readMeetingInvitations(url: string, apiKey: string, code: string) {
  const client = createPlenaryClient({ url, apiKey });
  const { meetingByCode: meeting } = await client.request(MeetingByCodeDocument, { code });
  if (!meeting) throw new Error(`No meeting ${code}`);
  const byCapacity = new Map<string, string[]>();
  for await (const invitation of paginate(client, {
    document: MeetingInvitationsDocument,
    variables: { id: meeting.id },
    connection: (data) => data.meeting?.invitations,
    pageSize: 20,
  })) {
    const participant = invitation.participant.__typename === 'State' ? invitation.participant.iso3 : invitation.participant.acronym;
    byCapacity.set(invitation.capacity, [...(byCapacity.get(invitation.capacity) ?? []), participant]);
  }
  return { title: meeting.title, byCapacity };
}
