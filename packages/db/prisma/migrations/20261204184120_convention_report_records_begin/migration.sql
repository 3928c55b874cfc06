-- AlterTable
ALTER TABLE "Convention" ADD COLUMN     "reportRecordsBeginOn" DATE;

-- A database seeded before this column existed: its records began when the secretariat started using Plenary,
-- the day the Convention was seeded (as a fresh seed now sets it).
UPDATE "Convention" SET "reportRecordsBeginOn" = "createdAt"::date;
