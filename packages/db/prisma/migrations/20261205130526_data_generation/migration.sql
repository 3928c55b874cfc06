-- CreateTable
CREATE TABLE "DataGeneration" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "generation" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DataGeneration_pkey" PRIMARY KEY ("id")
);

-- The one row, and no other.
INSERT INTO "DataGeneration" ("id", "generation") VALUES (1, 0);
ALTER TABLE "DataGeneration" ADD CONSTRAINT "DataGeneration_one_row" CHECK ("id" = 1);

-- Each function body is one E'' string with \073 for every semicolon: @prisma/adapter-pg applies a migration by
-- splitting it at each semicolon, which would cut a body written plainly (and so no comment here holds one).

-- Increments the generation once per transaction that changes a row, at its commit: the triggers are deferred, so the
-- row lock on "DataGeneration" is held from the commit's start to its end only, not for the whole transaction, and
-- the flag (local to the transaction) makes the rest of its rows cost a lookup each. An UPDATE that changes nothing,
-- or only the columns named as the trigger's arguments (bookkeeping no answer needs fresh), is not a change.
CREATE FUNCTION "bump_data_generation"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  ignored_columns text[] := coalesce(TG_ARGV, ARRAY[]::text[])\073
BEGIN
  IF current_setting(''plenary.data_generation_bumped'', true) = ''on'' THEN
    RETURN NULL\073
  END IF\073
  IF TG_OP = ''UPDATE'' AND (to_jsonb(NEW) - ignored_columns) = (to_jsonb(OLD) - ignored_columns) THEN
    RETURN NULL\073
  END IF\073
  UPDATE "DataGeneration" SET "generation" = "generation" + 1\073
  PERFORM set_config(''plenary.data_generation_bumped'', ''on'', true)\073
  RETURN NULL\073
END';

-- Every table an answer reads. Not: "Session" and "IdempotencyKey" (no answer shows them: a session is checked on each
-- request by the lookup that reads the generation), "DataGeneration" itself, and an API key's "lastUsedAt", which
-- every key's first request in a minute stamps and which would otherwise empty the cache every minute.
-- packages/db/test/data-generation.test.ts fails when a table is neither here nor named there as left out.
CREATE CONSTRAINT TRIGGER "Convention_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "Convention" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"();
CREATE CONSTRAINT TRIGGER "GeneralAssemblyResolution_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "GeneralAssemblyResolution" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"();
CREATE CONSTRAINT TRIGGER "State_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "State" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"();
CREATE CONSTRAINT TRIGGER "TreatyStatus_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "TreatyStatus" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"();
CREATE CONSTRAINT TRIGGER "Organisation_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "Organisation" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"();
CREATE CONSTRAINT TRIGGER "ObserverOfRight_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "ObserverOfRight" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"();
CREATE CONSTRAINT TRIGGER "Office_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "Office" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"();
CREATE CONSTRAINT TRIGGER "Meeting_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "Meeting" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"();
CREATE CONSTRAINT TRIGGER "Invitation_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "Invitation" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"();
CREATE CONSTRAINT TRIGGER "InvitationCapacityChange_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "InvitationCapacityChange" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"();
CREATE CONSTRAINT TRIGGER "InvitationStatusChange_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "InvitationStatusChange" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"();
CREATE CONSTRAINT TRIGGER "Delegation_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "Delegation" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"();
CREATE CONSTRAINT TRIGGER "DelegationMember_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "DelegationMember" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"();
CREATE CONSTRAINT TRIGGER "Credentials_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "Credentials" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"();
CREATE CONSTRAINT TRIGGER "DelegationChange_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "DelegationChange" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"();
CREATE CONSTRAINT TRIGGER "ReportReminder_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "ReportReminder" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"();
CREATE CONSTRAINT TRIGGER "TransparencyReport_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "TransparencyReport" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"();
CREATE CONSTRAINT TRIGGER "ReportForm_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "ReportForm" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"();
CREATE CONSTRAINT TRIGGER "AssessmentScale_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "AssessmentScale" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"();
CREATE CONSTRAINT TRIGGER "AssessmentRate_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "AssessmentRate" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"();
CREATE CONSTRAINT TRIGGER "CostEstimate_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "CostEstimate" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"();
CREATE CONSTRAINT TRIGGER "CostEstimateLine_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "CostEstimateLine" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"();
CREATE CONSTRAINT TRIGGER "CostShareIssue_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "CostShareIssue" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"();
CREATE CONSTRAINT TRIGGER "CostShare_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "CostShare" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"();
CREATE CONSTRAINT TRIGGER "Payment_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "Payment" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"();
CREATE CONSTRAINT TRIGGER "Document_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "Document" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"();
CREATE CONSTRAINT TRIGGER "User_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "User" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"();
CREATE CONSTRAINT TRIGGER "AuditEvent_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "AuditEvent" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"();
CREATE CONSTRAINT TRIGGER "ApiKey_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "ApiKey" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"('lastUsedAt');
