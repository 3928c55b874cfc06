-- AlterTable
ALTER TABLE "Delegation" DROP COLUMN "amendedAfterDeadline",
DROP COLUMN "submittedLate";

-- AlterTable
ALTER TABLE "DelegationChange" DROP COLUMN "afterDeadline";
