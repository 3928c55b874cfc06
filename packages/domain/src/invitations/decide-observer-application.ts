import type { ObserverApplicationStatus } from '../enums/domain-enums.ts';
import { transitionObserverApplication } from './transition-observer-application.ts';

/** What the President-designate (provisionally) or the meeting decides on an application under rule 1.3. */
export const OBSERVER_DECISIONS = ['PROVISIONALLY_INVITE', 'APPROVE', 'REJECT'] as const;
export type ObserverDecision = (typeof OBSERVER_DECISIONS)[number];

const STATUS_AFTER_DECISION: Record<ObserverDecision, ObserverApplicationStatus> = {
  PROVISIONALLY_INVITE: 'PROVISIONALLY_INVITED',
  APPROVE: 'APPROVED',
  REJECT: 'REJECTED',
};

/** The application's status after the decision, or an InvalidTransitionError naming the statuses allowed from `from`. */
export function decideObserverApplication(options: { from: ObserverApplicationStatus; decision: ObserverDecision }): ObserverApplicationStatus {
  return transitionObserverApplication({ from: options.from, to: STATUS_AFTER_DECISION[options.decision] });
}
