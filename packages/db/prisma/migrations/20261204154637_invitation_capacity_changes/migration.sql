-- CreateTable
CREATE TABLE "InvitationCapacityChange" (
    "id" UUID NOT NULL,
    "invitationId" UUID NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL,
    "previousCapacity" "InvitationCapacity" NOT NULL,
    "capacity" "InvitationCapacity" NOT NULL,
    "standingOn" DATE NOT NULL,
    "cause" TEXT NOT NULL,

    CONSTRAINT "InvitationCapacityChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InvitationCapacityChange_invitationId_changedAt_idx" ON "InvitationCapacityChange"("invitationId", "changedAt");

-- AddForeignKey
ALTER TABLE "InvitationCapacityChange" ADD CONSTRAINT "InvitationCapacityChange_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
