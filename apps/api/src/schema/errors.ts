import type { DomainError} from '@plenary/domain';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@plenary/domain';
import { EVERYONE, readableBy } from '../auth/readers.ts';
import { builder } from '../builder.ts';

/** Every mutation's result union lists these, so clients can switch on `__typename`. */
export const MUTATION_ERRORS = [ValidationError, NotFoundError, ForbiddenError, ConflictError];

const ErrorInterface = builder.interfaceRef<DomainError>('Error').implement({
  description: 'What went wrong, in words a secretariat officer understands.',
  fields: (t) => ({
    message: t.exposeString('message'),
    code: t.exposeString('code'),
  }),
});

const ValidationIssueRef = builder.objectRef<{ path: string; message: string }>('ValidationIssue').implement({
  description: 'One problem with one field of an input; `path` is dotted, e.g. `members.2.role`.',
  fields: (t) => ({
    path: t.exposeString('path'),
    message: t.exposeString('message'),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ValidationError,
  fields: (t) => ({
    issues: t.field({ type: [ValidationIssueRef], resolve: (error) => [...error.issues] }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundError,
  fields: (t) => ({
    entity: t.exposeString('entity'),
    // What the caller sent to name the record, said back.
    key: t.exposeString('key', { extensions: readableBy(EVERYONE) }),
  }),
});

builder.objectType(ForbiddenError, {
  name: 'ForbiddenError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ForbiddenError,
  fields: () => ({}),
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ConflictError,
  fields: (t) => ({
    allowed: t.stringList({
      nullable: true,
      description: 'For a status change that is not allowed: the statuses that are.',
      resolve: (error) => ('allowed' in error ? [...(error.allowed as readonly string[])] : null),
    }),
  }),
});
