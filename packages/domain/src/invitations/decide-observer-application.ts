import type { ObserverApplicationStatus } from '../enums/domain-enums.ts';
import { ValidationError } from '../errors/domain-error.ts';
import { OBSERVER_APPLICATION_TRANSITIONS, transitionObserverApplication } from './transition-observer-application.ts';

/** What the President-designate (provisionally) or the meeting decides on an application under rule 1.3. */
export const OBSERVER_DECISIONS = ['PROVISIONALLY_INVITE', 'APPROVE', 'REJECT'] as const;
export type ObserverDecision = (typeof OBSERVER_DECISIONS)[number];

/** Decided here: an organisation turned away is told why, so that it may apply again knowing what was missing. */
export const OBSERVER_DECISIONS_NEEDING_A_REASON: readonly ObserverDecision[] = ['REJECT'];

const STATUS_AFTER_DECISION: Record<ObserverDecision, ObserverApplicationStatus> = {
  PROVISIONALLY_INVITE: 'PROVISIONALLY_INVITED',
  APPROVE: 'APPROVED',
  REJECT: 'REJECTED',
};

/** The decisions the workflow allows on an application in `status` (none once it is final), in the table's order. */
export function allowedObserverDecisions(status: ObserverApplicationStatus): ObserverDecision[] {
  return OBSERVER_DECISIONS.filter((decision) =>
    OBSERVER_APPLICATION_TRANSITIONS[status].includes(STATUS_AFTER_DECISION[decision]),
  );
}

/**
 * The application's status after the decision. Throws a ValidationError when the decision needs a reason and `note`
 * gives none, or an InvalidTransitionError naming the statuses allowed from `from`.
 */
export function decideObserverApplication(options: {
  from: ObserverApplicationStatus;
  decision: ObserverDecision;
  note?: string | null;
}): ObserverApplicationStatus {
  if (OBSERVER_DECISIONS_NEEDING_A_REASON.includes(options.decision) && !options.note?.trim()) {
    throw new ValidationError({
      issues: [
        { path: 'note', message: 'Give the reason for rejecting the application; the organisation is told it.' },
      ],
    });
  }
  return transitionObserverApplication({ from: options.from, to: STATUS_AFTER_DECISION[options.decision] });
}
