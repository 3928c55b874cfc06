-- The audited snapshots of credentials name the kind of document `documentKind`, as the API and the Prisma model
-- now do (the column is still "form"), where events recorded before said "form".
UPDATE "AuditEvent" SET "before" = ("before" - 'form') || jsonb_build_object('documentKind', "before" -> 'form')
WHERE "entityType" = 'Credentials' AND "before" ? 'form';
UPDATE "AuditEvent" SET "after" = ("after" - 'form') || jsonb_build_object('documentKind', "after" -> 'form')
WHERE "entityType" = 'Credentials' AND "after" ? 'form';
