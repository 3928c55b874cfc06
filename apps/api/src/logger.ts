import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { currentRequestId } from './http/request-id.ts';

export const REDACTED = '[redacted]';

// Delegates' names, titles and contact details, users' e-mail addresses, passwords, tokens and keys never reach
// the logs. Pino's `*` stands for one level, so the common nestings are listed.
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.cookie',
  '*.headers.authorization',
  '*.headers["x-api-key"]',
  '*.headers.cookie',
  'password',
  '*.password',
  '*.passwordHash',
  '*.secretHash',
  '*.tokenHash',
  'token',
  '*.token',
  'email',
  '*.email',
  '*.*.email',
  '*.phone',
  '*.*.phone',
  '*.givenName',
  '*.*.givenName',
  '*.familyName',
  '*.*.familyName',
  '*.contact',
  'variables.email',
  'variables.password',
  'variables.input.email',
  'variables.input.password',
  'variables.input.members',
  '*.variables.email',
  '*.variables.password',
  '*.variables.input',
];

export function createLogger(level: LoggerOptions['level'], destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level,
    redact: { paths: REDACTED_PATHS, censor: REDACTED },
    // Every line written while a request is served names it, wherever in the code it is written.
    mixin: () => {
      const requestId = currentRequestId();
      return requestId === undefined ? {} : { requestId };
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
