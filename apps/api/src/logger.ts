import pino, { type Logger, type LoggerOptions } from 'pino';

// Delegates' names and contact details, passwords and keys never reach the logs.
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'password',
  '*.password',
  '*.passwordHash',
  '*.email',
  '*.phone',
  '*.givenName',
  '*.familyName',
  'variables.input.members',
  'variables.input.password',
];

export function createLogger(level: LoggerOptions['level']): Logger {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } });
}
