-- CreateEnum
CREATE TYPE "DocumentLanguage" AS ENUM ('EN', 'FR');

-- CreateTable
CREATE TABLE "ReportReminder" (
    "id" UUID NOT NULL,
    "stateId" UUID NOT NULL,
    "conventionId" UUID NOT NULL,
    "kind" "ReportKind" NOT NULL,
    "periodYear" INTEGER NOT NULL,
    "reference" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "dueOn" DATE NOT NULL,
    "issuingOffice" TEXT NOT NULL,
    "submissionOffice" TEXT NOT NULL,
    "language" "DocumentLanguage" NOT NULL,
    "sentById" UUID,
    "sentAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReportReminder_reference_key" ON "ReportReminder"("reference");

-- CreateIndex
CREATE INDEX "ReportReminder_stateId_sentAt_idx" ON "ReportReminder"("stateId", "sentAt");

-- AddForeignKey
ALTER TABLE "ReportReminder" ADD CONSTRAINT "ReportReminder_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "State"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportReminder" ADD CONSTRAINT "ReportReminder_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportReminder" ADD CONSTRAINT "ReportReminder_sentById_fkey" FOREIGN KEY ("sentById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
