import type { ObserverApplicationStatus } from '../enums/domain-enums.ts';
import { assertTransition, type TransitionTable } from '../errors/assert-transition.ts';

/**
 * Rule 1.3: an organisation not observing as of right applies to the President-designate, who may invite it
 * provisionally; the meeting then approves or rejects it. Decided here:
 * - REQUESTED -> REJECTED is allowed (the President-designate declines to invite provisionally);
 * - REQUESTED -> APPROVED is not: the meeting decides on organisations provisionally invited, so an application
 *   passes through PROVISIONALLY_INVITED first;
 * - APPROVED and REJECTED are final: a rejected organisation applies again with a new application.
 */
export const OBSERVER_APPLICATION_TRANSITIONS: TransitionTable<ObserverApplicationStatus> = {
  REQUESTED: ['PROVISIONALLY_INVITED', 'REJECTED'],
  PROVISIONALLY_INVITED: ['APPROVED', 'REJECTED'],
  APPROVED: [],
  REJECTED: [],
};

/** Returns the new status, or throws an InvalidTransitionError naming the moves allowed from `from`. */
export function transitionObserverApplication(options: {
  from: ObserverApplicationStatus;
  to: ObserverApplicationStatus;
}): ObserverApplicationStatus {
  return assertTransition({
    workflow: 'Observer application (rule 1.3)',
    table: OBSERVER_APPLICATION_TRANSITIONS,
    ...options,
  });
}
