-- `updatedAt` of what partners sync incrementally (`updatedSince`) is kept by the database, not by Prisma's
-- `@updatedAt`: every writer (the API, seed and import scripts, plain SQL) stamps it, from one clock. The column is
-- `timestamptz`, so a session in another time zone stamps the same instant, and the values Prisma wrote are read as UTC.

-- AlterTable
ALTER TABLE "Delegation" ALTER COLUMN "updatedAt" SET DEFAULT CURRENT_TIMESTAMP,
ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';

-- AlterTable
ALTER TABLE "Invitation" ALTER COLUMN "updatedAt" SET DEFAULT CURRENT_TIMESTAMP,
ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';

-- AlterTable
ALTER TABLE "Meeting" ALTER COLUMN "updatedAt" SET DEFAULT CURRENT_TIMESTAMP,
ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';

-- AlterTable
ALTER TABLE "Organisation" ALTER COLUMN "updatedAt" SET DEFAULT CURRENT_TIMESTAMP,
ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';

-- AlterTable
ALTER TABLE "State" ALTER COLUMN "updatedAt" SET DEFAULT CURRENT_TIMESTAMP,
ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';

-- AlterTable
ALTER TABLE "TransparencyReport" ALTER COLUMN "updatedAt" SET DEFAULT CURRENT_TIMESTAMP,
ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';

-- AlterTable
ALTER TABLE "TreatyStatus" ALTER COLUMN "updatedAt" SET DEFAULT CURRENT_TIMESTAMP,
ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';

-- Back-fill, children first: a parent was last changed, as a partner reads it, when it or a child it shows last was.
-- (DelegationMember and Credentials keep Prisma's UTC `timestamp`.)
UPDATE "Delegation" AS d SET "updatedAt" = c.latest
FROM (
  SELECT "delegationId", max(changed) AS latest FROM (
    SELECT "delegationId", "updatedAt" AT TIME ZONE 'UTC' AS changed FROM "DelegationMember"
    UNION ALL SELECT "delegationId", "updatedAt" AT TIME ZONE 'UTC' FROM "Credentials"
  ) AS children GROUP BY "delegationId"
) AS c
WHERE c."delegationId" = d."id" AND c.latest > d."updatedAt";

UPDATE "Invitation" AS i SET "updatedAt" = d."updatedAt"
FROM "Delegation" AS d
WHERE d."invitationId" = i."id" AND d."updatedAt" > i."updatedAt";

UPDATE "Meeting" AS m SET "updatedAt" = c.latest
FROM (SELECT "meetingId", max("updatedAt") AS latest FROM "Invitation" GROUP BY "meetingId") AS c
WHERE c."meetingId" = m."id" AND c.latest > m."updatedAt";

UPDATE "State" AS s SET "updatedAt" = c.latest
FROM (SELECT "stateId", max("updatedAt") AS latest FROM "TreatyStatus" GROUP BY "stateId") AS c
WHERE c."stateId" = s."id" AND c.latest > s."updatedAt";

-- Each function body is one E'' string with \073 for every semicolon: @prisma/adapter-pg applies a migration by
-- splitting it at each semicolon, which would cut a body written plainly (and so no comment here holds one).

-- Stamps a row on every UPDATE that changes it, and keeps the stamp of a write that changes nothing. clock_timestamp(),
-- not now(): now() is when the transaction began, which a long transaction puts well before its commit.
CREATE FUNCTION "stamp_updated_at"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF NEW IS DISTINCT FROM OLD THEN
    NEW."updatedAt" := clock_timestamp()\073
  END IF\073
  RETURN NEW\073
END';

-- Stamps the parent (table TG_ARGV[0]) whose ID is in the child column TG_ARGV[1] when a child is added, changed or
-- removed. The parent row trigger then stamps it and passes the change up to its own parent.
CREATE FUNCTION "stamp_parent_updated_at"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  parent_ids uuid[] := ARRAY[]::uuid[]\073
BEGIN
  IF TG_OP = ''UPDATE'' AND NEW IS NOT DISTINCT FROM OLD THEN
    RETURN NULL\073
  END IF\073
  IF TG_OP <> ''DELETE'' THEN
    parent_ids := parent_ids || (to_jsonb(NEW) ->> TG_ARGV[1])::uuid\073
  END IF\073
  IF TG_OP <> ''INSERT'' THEN
    parent_ids := parent_ids || (to_jsonb(OLD) ->> TG_ARGV[1])::uuid\073
  END IF\073
  EXECUTE format(''UPDATE %I SET "updatedAt" = clock_timestamp() WHERE "id" = ANY($1)'', TG_ARGV[0]) USING parent_ids\073
  RETURN NULL\073
END';

CREATE TRIGGER "State_stamp_updated_at" BEFORE UPDATE ON "State" FOR EACH ROW EXECUTE FUNCTION "stamp_updated_at"();
CREATE TRIGGER "TreatyStatus_stamp_updated_at" BEFORE UPDATE ON "TreatyStatus" FOR EACH ROW EXECUTE FUNCTION "stamp_updated_at"();
CREATE TRIGGER "Organisation_stamp_updated_at" BEFORE UPDATE ON "Organisation" FOR EACH ROW EXECUTE FUNCTION "stamp_updated_at"();
CREATE TRIGGER "Meeting_stamp_updated_at" BEFORE UPDATE ON "Meeting" FOR EACH ROW EXECUTE FUNCTION "stamp_updated_at"();
CREATE TRIGGER "Invitation_stamp_updated_at" BEFORE UPDATE ON "Invitation" FOR EACH ROW EXECUTE FUNCTION "stamp_updated_at"();
CREATE TRIGGER "Delegation_stamp_updated_at" BEFORE UPDATE ON "Delegation" FOR EACH ROW EXECUTE FUNCTION "stamp_updated_at"();
CREATE TRIGGER "TransparencyReport_stamp_updated_at" BEFORE UPDATE ON "TransparencyReport" FOR EACH ROW EXECUTE FUNCTION "stamp_updated_at"();

-- What a partner reads as part of its parent: the treaty record of a State (`State.treatyStatus`, `standing`), the
-- forms of a report, the members and credentials of a delegation, the delegation of an invitation, and the invitations
-- of a meeting (and so, through them, its delegations), which a partner re-reads when the stamp of the meeting moves.
CREATE TRIGGER "TreatyStatus_stamps_State" AFTER INSERT OR UPDATE OR DELETE ON "TreatyStatus" FOR EACH ROW EXECUTE FUNCTION "stamp_parent_updated_at"('State', 'stateId');
CREATE TRIGGER "ReportForm_stamps_TransparencyReport" AFTER INSERT OR UPDATE OR DELETE ON "ReportForm" FOR EACH ROW EXECUTE FUNCTION "stamp_parent_updated_at"('TransparencyReport', 'reportId');
CREATE TRIGGER "DelegationMember_stamps_Delegation" AFTER INSERT OR UPDATE OR DELETE ON "DelegationMember" FOR EACH ROW EXECUTE FUNCTION "stamp_parent_updated_at"('Delegation', 'delegationId');
CREATE TRIGGER "Credentials_stamps_Delegation" AFTER INSERT OR UPDATE OR DELETE ON "Credentials" FOR EACH ROW EXECUTE FUNCTION "stamp_parent_updated_at"('Delegation', 'delegationId');
CREATE TRIGGER "Delegation_stamps_Invitation" AFTER INSERT OR UPDATE OR DELETE ON "Delegation" FOR EACH ROW EXECUTE FUNCTION "stamp_parent_updated_at"('Invitation', 'invitationId');
CREATE TRIGGER "Invitation_stamps_Meeting" AFTER INSERT OR UPDATE OR DELETE ON "Invitation" FOR EACH ROW EXECUTE FUNCTION "stamp_parent_updated_at"('Meeting', 'meetingId');
