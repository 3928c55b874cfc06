-- CreateEnum
CREATE TYPE "Weekday" AS ENUM ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY');

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "delegationDeadlineWeekdayAsIssued" "Weekday";

-- The Eleventh Meeting's note (ODA/2023-00050) asks for delegations "by Friday, 31 August 2023", a Thursday: a
-- database seeded before this migration keeps the weekday as issued too.
UPDATE "Meeting" SET "delegationDeadlineWeekdayAsIssued" = 'FRIDAY'
WHERE "code" = '11MSP' AND "noteReference" = 'ODA/2023-00050' AND "delegationDeadline" = DATE '2023-08-31';
