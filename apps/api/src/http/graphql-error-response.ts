import type { Response } from 'express';
import type { ErrorCode } from '../errors/error-codes.ts';
import { currentRequestId } from './request-id.ts';

/** What a refusal outside Apollo says: a message, a code, and whatever details the client needs to act on it. */
export interface Refusal {
  status: number;
  message: string;
  code: ErrorCode;
  details?: Record<string, unknown>;
}

/**
 * A GraphQL-shaped error answer for requests refused before Apollo reads them (the guard, the body parser, the
 * known-documents check), carrying the request's ID as Apollo's errors do (errors/format-error.ts).
 */
export function sendGraphQLError(response: Response, refusal: Refusal, extensions?: Record<string, unknown>): void {
  const error = {
    message: refusal.message,
    extensions: { code: refusal.code, ...refusal.details, requestId: currentRequestId() },
  };
  response.status(refusal.status).json({ errors: [error], ...(extensions && { extensions }) });
}
