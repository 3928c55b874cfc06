import { InvalidTransitionError } from './domain-error.ts';

/** A workflow's allowed moves: every status maps to the statuses it may move to (empty for a final status). */
export type TransitionTable<Status extends string> = Readonly<Record<Status, readonly Status[]>>;

/** Returns `to` when the table allows `from -> to`, otherwise throws an InvalidTransitionError naming the allowed moves. */
export function assertTransition<Status extends string>(options: {
  workflow: string;
  table: TransitionTable<Status>;
  from: Status;
  to: Status;
}): Status {
  const allowed = options.table[options.from];
  if (!allowed.includes(options.to)) {
    throw new InvalidTransitionError({ workflow: options.workflow, from: options.from, to: options.to, allowed });
  }
  return options.to;
}
