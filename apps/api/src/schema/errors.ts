import type { DomainError } from '@plenary/domain';
import {
  ConflictError,
  ForbiddenError,
  MEETING_STATUSES,
  NotFoundError,
  OBSERVER_APPLICATION_STATUSES,
  ValidationError,
} from '@plenary/domain';
import { EVERYONE, readableBy } from '../auth/readers.ts';
import { builder } from '../builder.ts';
import { describedValues } from './described-values.ts';
import { MEETING_STATUS_DESCRIPTIONS, OBSERVER_APPLICATION_STATUS_DESCRIPTIONS } from './shared-descriptions.ts';
import { ERROR_CODES } from '../errors/error-codes.ts';

/** Every mutation's result union lists these, so clients can switch on `__typename`. */
export const MUTATION_ERRORS = [ValidationError, NotFoundError, ForbiddenError, ConflictError];

export const ErrorCodeEnum = builder.enumType('ErrorCode', {
  description:
    "Every code the API answers with: in `code` of a mutation result's error (VALIDATION_FAILED, NOT_FOUND, FORBIDDEN, CONFLICT, INVALID_TRANSITION) and in `extensions.code` of each entry of a response's `errors` (any of them). Switch on it rather than on messages.",
  values: Object.fromEntries(
    Object.entries(ERROR_CODES).map(([code, description]) => [code, { description }]),
  ) as Record<keyof typeof ERROR_CODES, { description: string }>,
});

/** The statuses of the workflows whose changes are checked (meetings; applications to observe, rule 1.3). */
const WORKFLOW_STATUSES = [...MEETING_STATUSES, ...OBSERVER_APPLICATION_STATUSES] as const;
type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number];

export const WorkflowStatusEnum = builder.enumType('WorkflowStatus', {
  description:
    "A status of a workflow whose changes the API checks: a meeting's (DRAFT, CONVENED, IN_SESSION, CLOSED, CANCELLED, as `MeetingStatus`) or an application to observe's (REQUESTED, PROVISIONALLY_INVITED, APPROVED, REJECTED, as `InvitationStatus`).",
  values: describedValues(WORKFLOW_STATUSES, {
    ...MEETING_STATUS_DESCRIPTIONS,
    ...OBSERVER_APPLICATION_STATUS_DESCRIPTIONS,
  }),
});

const ErrorInterface = builder.interfaceRef<DomainError>('Error').implement({
  description: 'What went wrong, in words a secretariat officer understands.',
  fields: (t) => ({
    message: t.exposeString('message', {
      description:
        'A sentence for a person: what went wrong and what to do. Show it; do not parse it (switch on `code` or `__typename`).',
    }),
    code: t.expose('code', {
      type: ErrorCodeEnum,
      description: 'What kind of failure this is; one of the first five `ErrorCode` values.',
    }),
  }),
});

const ValidationIssueRef = builder.objectRef<{ path: string; message: string }>('ValidationIssue').implement({
  description: 'One problem with one field of an input; `path` is dotted, e.g. `members.2.role`.',
  fields: (t) => ({
    path: t.exposeString('path', {
      description: "The input field at fault, dotted from the mutation's input, e.g. `members.2.role`.",
    }),
    message: t.exposeString('message', { description: 'What is wrong with that field and what is expected.' }),
  }),
});

builder.objectType(ValidationError, {
  description:
    'The input broke a rule: each issue names a field and what is expected. Nothing was saved; correct the input and send it again.',
  name: 'ValidationError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ValidationError,
  fields: (t) => ({
    issues: t.field({
      description: 'Every problem found, not just the first.',
      type: [ValidationIssueRef],
      resolve: (error) => [...error.issues],
    }),
  }),
});

builder.objectType(NotFoundError, {
  description: 'Something the input names does not exist, or you may not read it. Nothing was saved.',
  name: 'NotFoundError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundError,
  fields: (t) => ({
    entity: t.exposeString('entity', { description: 'The kind of record not found, e.g. "Meeting" or "State".' }),
    // What the caller sent to name the record, said back.
    key: t.exposeString('key', {
      description: 'The key the input gave for it (an ID or a code), said back.',
      extensions: readableBy(EVERYONE),
    }),
  }),
});

builder.objectType(ForbiddenError, {
  description: 'You may not do this: sign in, or use a role or an API key that may. Nothing was saved.',
  name: 'ForbiddenError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ForbiddenError,
  fields: () => ({}),
});

builder.objectType(ConflictError, {
  description:
    'The record is not in a state that allows this: it changed since you read it (send the new `version`), or the workflow does not allow the move. Nothing was saved.',
  name: 'ConflictError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ConflictError,
  fields: (t) => ({
    allowed: t.field({
      type: [WorkflowStatusEnum],
      nullable: true,
      description:
        'For a status change the workflow does not allow (code INVALID_TRANSITION): the statuses it may move to from the current one, empty when the current one is final. Null for other conflicts.',
      resolve: (error) => ('allowed' in error ? [...(error.allowed as readonly WorkflowStatus[])] : null),
    }),
  }),
});
