import type { AdminParticipantFragment } from '@plenary/sdk';
import { StateName, type StateNames } from '../language.tsx';

/** A participant as plain text (for sorting, filtering and CSV): the State's name in the chosen language, or the organisation. */
export function participantText(
  participant: AdminParticipantFragment,
  stateName: (names: StateNames) => string,
): string {
  if (participant.__typename === 'State') return stateName(participant.names);
  return `${participant.name} (${participant.acronym})`;
}

export function ParticipantName({ participant }: { participant: AdminParticipantFragment }) {
  if (participant.__typename === 'State') return <StateName names={participant.names} />;
  return (
    <span>
      {participant.name} ({participant.acronym})
    </span>
  );
}

export function participantIso3(participant: AdminParticipantFragment): string | null {
  return participant.__typename === 'State' ? participant.iso3 : null;
}
