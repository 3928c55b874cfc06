-- The audit trail names a State's treaty record as the API does: entity type "TreatyRecord" (the GraphQL type, so
-- an event's entityId is a global ID that `node` resolves) and actions "treatyRecord.<verb>". Events recorded
-- before kept the table's old name, "TreatyStatus", which no GraphQL type carries.
UPDATE "AuditEvent" SET "entityType" = 'TreatyRecord' WHERE "entityType" = 'TreatyStatus';
UPDATE "AuditEvent" SET "action" = 'treatyRecord.' || substring("action" FROM length('treatyStatus.') + 1)
WHERE "action" LIKE 'treatyStatus.%';
UPDATE "InvitationCapacityChange" SET "cause" = 'treatyRecord.' || substring("cause" FROM length('treatyStatus.') + 1)
WHERE "cause" LIKE 'treatyStatus.%';
