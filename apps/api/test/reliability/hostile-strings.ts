// Strings an attacker sends where the API expects a name, a code or a search term.

export const SQL_INJECTIONS = [
  "' OR '1'='1",
  "' OR 1=1 --",
  '" OR ""="',
  "CHE' --",
  '\'; DROP TABLE "State"; --',
  '\'); DELETE FROM "AuditEvent"; --',
  '1\' UNION SELECT email, "passwordHash" FROM "User" --',
  '\' AND 1=CAST((SELECT "passwordHash" FROM "User" LIMIT 1) AS int) --',
  '1; SELECT pg_sleep(0); --',
  '$$; DROP TABLE "Meeting"; $$',
  '\\',
  "\\'; --",
  '%',
  '_',
  '%%',
  '*',
  '.*',
] as const;
