/**
 * Typed domain errors. The API maps each class to a member of a GraphQL result union, so clients can switch on
 * the error's `code` (or `__typename`) instead of parsing messages.
 */
export const DOMAIN_ERROR_CODES = [
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'INVALID_TRANSITION',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
}

/** One problem with an input: `path` is dotted (`members.2.role`; empty for the whole input). */
export interface ValidationIssue {
  path: string;
  message: string;
}

export class ValidationError extends DomainError {
  readonly code = 'VALIDATION_FAILED';
  readonly issues: readonly ValidationIssue[];

  constructor(options: { issues: readonly ValidationIssue[]; message?: string }) {
    super(options.message ?? options.issues.map((issue) => issue.message).join('; '));
    this.name = 'ValidationError';
    this.issues = options.issues;
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  readonly entity: string;
  readonly key: string;

  constructor(options: { entity: string; key: string; message?: string }) {
    super(options.message ?? `${options.entity} ${options.key} was not found.`);
    this.name = 'NotFoundError';
    this.entity = options.entity;
    this.key = options.key;
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';

  constructor(options: { message: string }) {
    super(options.message);
    this.name = 'ForbiddenError';
  }
}

export class ConflictError extends DomainError {
  readonly code: 'CONFLICT' | 'INVALID_TRANSITION' = 'CONFLICT';

  constructor(options: { message: string }) {
    super(options.message);
    this.name = 'ConflictError';
  }
}

/** A status change that the workflow does not allow; names the transitions that are allowed. */
export class InvalidTransitionError<Status extends string = string> extends ConflictError {
  override readonly code = 'INVALID_TRANSITION';
  readonly workflow: string;
  readonly from: Status;
  readonly to: Status;
  readonly allowed: readonly Status[];

  constructor(options: { workflow: string; from: Status; to: Status; allowed: readonly Status[] }) {
    const allowedText = options.allowed.length === 0 ? 'none (it is final)' : options.allowed.join(', ');
    super({
      message: `${options.workflow}: cannot move from ${options.from} to ${options.to}. Allowed from ${options.from}: ${allowedText}.`,
    });
    this.name = 'InvalidTransitionError';
    this.workflow = options.workflow;
    this.from = options.from;
    this.to = options.to;
    this.allowed = options.allowed;
  }
}
