-- What partners sync by "updatedSince" (States, their treaty records, meetings, published reports) is never deleted
-- and a published report is never unpublished: a sync by stamp would never learn of the removal (a draft, which no partner
-- reads, may go). The database refuses both, from the API, the seed or a script alike: packages/db/test/synced-records-kept.test.ts.
-- Each function body is one E'' string with \073 for every semicolon (docs/prisma.md, "functions and triggers").

CREATE FUNCTION "refuse_deleting_synced_record"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  RAISE EXCEPTION ''% % is never deleted: partners sync it by updatedAt and would not learn of its removal'', TG_TABLE_NAME, OLD."id"\073
END';

CREATE FUNCTION "refuse_unpublishing_report"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  RAISE EXCEPTION ''TransparencyReport % is published and stays published: partners sync it and would not learn of its withdrawal'', OLD."id"\073
END';

CREATE TRIGGER "State_is_never_deleted" BEFORE DELETE ON "State" FOR EACH ROW EXECUTE FUNCTION "refuse_deleting_synced_record"();
CREATE TRIGGER "TreatyStatus_is_never_deleted" BEFORE DELETE ON "TreatyStatus" FOR EACH ROW EXECUTE FUNCTION "refuse_deleting_synced_record"();
CREATE TRIGGER "Meeting_is_never_deleted" BEFORE DELETE ON "Meeting" FOR EACH ROW EXECUTE FUNCTION "refuse_deleting_synced_record"();
CREATE TRIGGER "TransparencyReport_is_never_deleted_once_published" BEFORE DELETE ON "TransparencyReport" FOR EACH ROW WHEN (OLD."published") EXECUTE FUNCTION "refuse_deleting_synced_record"();
CREATE TRIGGER "TransparencyReport_stays_published" BEFORE UPDATE OF "published" ON "TransparencyReport" FOR EACH ROW WHEN (OLD."published" AND NOT NEW."published") EXECUTE FUNCTION "refuse_unpublishing_report"();
