-- AlterTable
ALTER TABLE "CostShareIssue" ADD COLUMN     "scaleOverrideReason" TEXT;

-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "participationRecordedAt" TIMESTAMP(3);
