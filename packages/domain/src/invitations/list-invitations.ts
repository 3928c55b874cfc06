import {
  INVITATION_CAPACITIES,
  type InvitationCapacity,
  type ObserverApplicationStatus,
  type TreatyStatus,
} from '../enums/domain-enums.ts';
import { ValidationError, type ValidationIssue } from '../errors/domain-error.ts';
import { capacityOfState } from './assess-invitation-capacity.ts';
import { isInvited } from './invited-statuses.ts';

export interface InvitableState {
  /** ISO 3166 alpha-3 code. */
  code: string;
  name: string;
  /** Treaty status on the meeting's opening day, as known when it is convened (see determineTreatyStatus). */
  status: TreatyStatus;
}

export interface InvitableOrganisation {
  code: string;
  name: string;
}

export interface OrganisationOnRequest extends InvitableOrganisation {
  applicationStatus: ObserverApplicationStatus;
}

export interface Invitation {
  participant: { kind: 'STATE' | 'ORGANISATION'; code: string; name: string };
  capacity: InvitationCapacity;
}

export interface ListInvitationsOptions {
  states: readonly InvitableState[];
  /** Rule 1.2: organisations that observe as of right (UN, ICRC, IFRC, GICHD, CMC for the CCM). */
  organisationsOfRight: readonly InvitableOrganisation[];
  /** Rule 1.3: organisations that applied; those provisionally invited or approved are invited. */
  organisationsOnRequest?: readonly OrganisationOnRequest[];
}

const nameCollator = new Intl.Collator('en', { sensitivity: 'base' });

function compareInvitations(a: Invitation, b: Invitation): number {
  return (
    INVITATION_CAPACITIES.indexOf(a.capacity) - INVITATION_CAPACITIES.indexOf(b.capacity) ||
    nameCollator.compare(a.participant.name, b.participant.name) ||
    (a.participant.code < b.participant.code ? -1 : a.participant.code > b.participant.code ? 1 : 0)
  );
}

/**
 * Who is invited to a meeting, and in which capacity, from the treaty statuses on its opening day: every State
 * Party as such (rule 1.1); every other State as an observer, signatories apart from States not party; the
 * organisations of right (rule 1.2); organisations on request once provisionally invited or approved (rule 1.3).
 * Ordered by capacity (in INVITATION_CAPACITIES order), then English name, then code. Every State is invited, so
 * the list is complete; a participant code given twice is an error.
 */
export function listInvitations(options: ListInvitationsOptions): Invitation[] {
  const invitations: Invitation[] = [
    ...options.states.map((state) => ({
      participant: { kind: 'STATE' as const, code: state.code, name: state.name },
      capacity: capacityOfState({ statusOnOpeningDay: state.status }),
    })),
    ...options.organisationsOfRight.map((organisation) => ({
      participant: { kind: 'ORGANISATION' as const, code: organisation.code, name: organisation.name },
      capacity: 'ORGANISATION_OF_RIGHT' as const,
    })),
    ...(options.organisationsOnRequest ?? [])
      .filter((organisation) => isInvited(organisation.applicationStatus))
      .map((organisation) => ({
        participant: { kind: 'ORGANISATION' as const, code: organisation.code, name: organisation.name },
        capacity: 'ORGANISATION_ON_REQUEST' as const,
      })),
  ];

  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  for (const invitation of invitations) {
    const key = `${invitation.participant.kind}:${invitation.participant.code}`;
    if (seen.has(key)) {
      issues.push({
        path: 'participants',
        message: `${invitation.participant.name} (${invitation.participant.code}) is listed more than once; each participant is invited once.`,
      });
    }
    seen.add(key);
  }
  if (issues.length > 0) throw new ValidationError({ issues });
  return invitations.sort(compareInvitations);
}
