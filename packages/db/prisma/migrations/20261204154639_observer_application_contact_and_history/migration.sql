-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "contactName" TEXT;

-- CreateTable
CREATE TABLE "InvitationStatusChange" (
    "id" UUID NOT NULL,
    "invitationId" UUID NOT NULL,
    "status" "InvitationStatus" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "note" TEXT,

    CONSTRAINT "InvitationStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InvitationStatusChange_invitationId_at_idx" ON "InvitationStatusChange"("invitationId", "at");

-- AddForeignKey
ALTER TABLE "InvitationStatusChange" ADD CONSTRAINT "InvitationStatusChange_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Applications made before the history was kept: the request, then the decision in force (when there is one).
INSERT INTO "InvitationStatusChange" ("id", "invitationId", "status", "at")
SELECT gen_random_uuid(), "id", 'REQUESTED', COALESCE("requestedAt", "createdAt")
FROM "Invitation" WHERE "capacity" = 'ORGANISATION_ON_REQUEST';

INSERT INTO "InvitationStatusChange" ("id", "invitationId", "status", "at", "note")
SELECT gen_random_uuid(), "id", "status", COALESCE("decidedAt", "updatedAt"), "decisionNote"
FROM "Invitation" WHERE "capacity" = 'ORGANISATION_ON_REQUEST' AND "status" <> 'REQUESTED';
