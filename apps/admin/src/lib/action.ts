// Mutations answer with a union: a `...Success` member, or an error member to show to the user. These helpers
// turn the error members into one shape that forms display, with each ValidationError issue next to its field.

export interface ValidationIssue {
  path: string;
  message: string;
}

export interface ActionProblem {
  message: string;
  issues: readonly ValidationIssue[];
  /** For a refused status change: the statuses that are allowed. */
  allowed?: readonly string[] | null;
}

interface UnionMember {
  __typename: string;
  message?: string;
  issues?: readonly ValidationIssue[];
  allowed?: readonly string[] | null;
}

const VALIDATION_SUMMARY = 'Some fields need correcting; see the messages next to them.';

/** The error member of a mutation's result as a problem, or null for its success member. */
export function problemOf(result: UnionMember): ActionProblem | null {
  if (result.__typename.endsWith('Success')) return null;
  if (result.__typename === 'ValidationError') return validationProblem(result.issues ?? []);
  return {
    message: result.message ?? 'The request was refused.',
    issues: [],
    ...(result.allowed && { allowed: result.allowed }),
  };
}

/** Issues found in the browser, before anything was sent, in the shape the API's ValidationError takes. */
export function validationProblem(issues: readonly ValidationIssue[]): ActionProblem {
  return { message: VALIDATION_SUMMARY, issues };
}

/** The messages of the issues at `path` (e.g. "city", "members.0.familyName"). */
export function issuesAt(problem: ActionProblem | null, path: string): string[] {
  return problem ? problem.issues.filter((issue) => issue.path === path).map((issue) => issue.message) : [];
}

/** The issues that belong to no field the form shows, so that none is ever hidden. */
export function issuesElsewhere(problem: ActionProblem | null, shownPaths: readonly string[]): ValidationIssue[] {
  return problem ? problem.issues.filter((issue) => !shownPaths.includes(issue.path)) : [];
}

/** Narrows a mutation result to its success member, or throws the problem for the form to show. */
export class ActionFailure extends Error {
  constructor(readonly problem: ActionProblem) {
    super(problem.message);
  }
}

export function successOf<Result extends UnionMember>(
  result: Result,
): Extract<Result, { __typename: `${string}Success` }> {
  const problem = problemOf(result);
  if (problem) throw new ActionFailure(problem);
  return result as Extract<Result, { __typename: `${string}Success` }>;
}
