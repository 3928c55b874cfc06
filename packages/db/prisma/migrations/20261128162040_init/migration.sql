-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "FirstAnnualReportRule" AS ENUM ('YEAR_AFTER_INITIAL_REPORT_DUE', 'FIRST_DUE_DATE_AFTER_ENTRY_INTO_FORCE');

-- CreateEnum
CREATE TYPE "UnStatus" AS ENUM ('MEMBER', 'OBSERVER_STATE', 'NON_MEMBER');

-- CreateEnum
CREATE TYPE "RegionalGroup" AS ENUM ('AFRICAN', 'ASIA_PACIFIC', 'EASTERN_EUROPEAN', 'LATIN_AMERICAN_AND_CARIBBEAN', 'WESTERN_EUROPEAN_AND_OTHERS');

-- CreateEnum
CREATE TYPE "InstrumentKind" AS ENUM ('RATIFICATION', 'ACCEPTANCE', 'APPROVAL', 'ACCESSION', 'SUCCESSION');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('UN_ENTITY', 'ICRC', 'IFRC', 'INTERNATIONAL_ORGANISATION', 'REGIONAL_ORGANISATION', 'NGO');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('MEETING_OF_STATES_PARTIES', 'REVIEW_CONFERENCE', 'INTERSESSIONAL', 'PREPARATORY', 'AMENDMENT_CONFERENCE');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('DRAFT', 'CONVENED', 'IN_SESSION', 'CLOSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "InvitationCapacity" AS ENUM ('STATE_PARTY', 'SIGNATORY_OBSERVER', 'NON_SIGNATORY_OBSERVER', 'ORGANISATION_OF_RIGHT', 'ORGANISATION_ON_REQUEST');

-- CreateEnum
CREATE TYPE "InvitationStatus" AS ENUM ('ISSUED', 'REQUESTED', 'PROVISIONALLY_INVITED', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "DelegateRole" AS ENUM ('DEPUTY_HEAD', 'REPRESENTATIVE', 'ALTERNATE', 'ADVISER');

-- CreateEnum
CREATE TYPE "CredentialsAuthority" AS ENUM ('HEAD_OF_STATE', 'HEAD_OF_GOVERNMENT', 'MINISTER_FOR_FOREIGN_AFFAIRS', 'AUTHORISED_PERSON');

-- CreateEnum
CREATE TYPE "CredentialsForm" AS ENUM ('COPY', 'ORIGINAL');

-- CreateEnum
CREATE TYPE "CredentialsStatus" AS ENUM ('RECEIVED', 'ACCEPTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ReportKind" AS ENUM ('INITIAL', 'ANNUAL');

-- CreateEnum
CREATE TYPE "ReportChannel" AS ENUM ('ONLINE_DATABASE', 'EMAIL', 'NOTE_VERBALE', 'POST');

-- CreateEnum
CREATE TYPE "FormLetter" AS ENUM ('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J');

-- CreateEnum
CREATE TYPE "FormStatus" AS ENUM ('CHANGED', 'UNCHANGED', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "CostEstimateKind" AS ENUM ('ESTIMATE', 'ACTUAL');

-- CreateEnum
CREATE TYPE "PayerRule" AS ENUM ('STATES_PARTIES_AND_PARTICIPATING_NON_PARTIES', 'PARTICIPATING_STATES_ONLY', 'ALL_STATES_PARTIES');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('OFFICIAL', 'WORKING_PAPER', 'INFORMATION', 'CONFERENCE_ROOM_PAPER', 'NOTE_VERBALE', 'LIST_OF_PARTICIPANTS');

-- CreateEnum
CREATE TYPE "DocumentStatus" AS ENUM ('ADVANCE', 'FINAL');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('ADMIN', 'SECRETARIAT', 'STATE');

-- CreateEnum
CREATE TYPE "ApiKeyScope" AS ENUM ('READ_PUBLIC');

-- CreateTable
CREATE TABLE "Convention" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "shortTitle" TEXT NOT NULL,
    "adoptedOn" DATE NOT NULL,
    "openedForSignatureOn" DATE,
    "entryIntoForceOn" DATE,
    "depositary" TEXT NOT NULL,
    "fixedEntryIntoForceOn" DATE,
    "fixedEntryIntoForceCount" INTEGER,
    "fixedEntryIntoForceCutoffOn" DATE,
    "monthsAfterDepositMonth" INTEGER NOT NULL,
    "initialReportDays" INTEGER NOT NULL,
    "annualReportDueMonth" INTEGER NOT NULL,
    "annualReportDueDay" INTEGER NOT NULL,
    "firstAnnualReportRule" "FirstAnnualReportRule" NOT NULL,
    "withdrawalNoticeMonths" INTEGER NOT NULL,
    "costSharingArticle" TEXT NOT NULL,
    "costSharingText" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Convention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GeneralAssemblyResolution" (
    "id" UUID NOT NULL,
    "conventionId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "symbol" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "adoptedOn" DATE NOT NULL,
    "conveningParagraph" INTEGER,
    "reportingParagraph" INTEGER,

    CONSTRAINT "GeneralAssemblyResolution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "State" (
    "id" UUID NOT NULL,
    "iso3" CHAR(3) NOT NULL,
    "iso2" CHAR(2),
    "unShortName" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEs" TEXT NOT NULL,
    "unStatus" "UnStatus" NOT NULL,
    "regionalGroup" "RegionalGroup",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "State_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TreatyStatus" (
    "id" UUID NOT NULL,
    "stateId" UUID NOT NULL,
    "conventionId" UUID NOT NULL,
    "signedOn" DATE,
    "signatureSource" TEXT,
    "signatureVerified" BOOLEAN NOT NULL DEFAULT false,
    "instrument" "InstrumentKind",
    "depositedOn" DATE,
    "depositSource" TEXT,
    "depositVerified" BOOLEAN NOT NULL DEFAULT false,
    "entryIntoForceOn" DATE,
    "entryIntoForceOverridden" BOOLEAN NOT NULL DEFAULT false,
    "withdrawalNotifiedOn" DATE,
    "withdrawalEffectiveOn" DATE,
    "withdrawalSource" TEXT,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TreatyStatus_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "acronym" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameFr" TEXT,
    "kind" "OrganisationKind" NOT NULL,
    "website" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ObserverOfRight" (
    "conventionId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "rule" TEXT NOT NULL,

    CONSTRAINT "ObserverOfRight_pkey" PRIMARY KEY ("conventionId","organisationId")
);

-- CreateTable
CREATE TABLE "Office" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "letterhead" TEXT,
    "postalAddress" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,

    CONSTRAINT "Office_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" UUID NOT NULL,
    "conventionId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "number" INTEGER NOT NULL,
    "part" INTEGER,
    "title" TEXT NOT NULL,
    "opensOn" DATE NOT NULL,
    "closesOn" DATE NOT NULL,
    "venue" TEXT,
    "city" TEXT NOT NULL,
    "country" TEXT,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Zurich',
    "presidentStateId" UUID,
    "presidentName" TEXT,
    "status" "MeetingStatus" NOT NULL DEFAULT 'DRAFT',
    "noteReference" TEXT,
    "noteDate" DATE,
    "noteIssuingOfficeId" UUID,
    "mandateResolutionId" UUID,
    "convenedOn" DATE,
    "delegationDeadline" DATE,
    "reportingDeadline" DATE,
    "secretariatOfficeId" UUID,
    "webPage" TEXT,
    "symbolPrefix" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "stateId" UUID,
    "organisationId" UUID,
    "capacity" "InvitationCapacity" NOT NULL,
    "status" "InvitationStatus" NOT NULL,
    "requestedAt" TIMESTAMP(3),
    "applicationText" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delegation" (
    "id" UUID NOT NULL,
    "invitationId" UUID NOT NULL,
    "headMemberId" UUID,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "submittedLate" BOOLEAN NOT NULL,
    "lastAmendedAt" TIMESTAMP(3),
    "amendedAfterDeadline" BOOLEAN NOT NULL DEFAULT false,
    "publicListConsent" BOOLEAN NOT NULL DEFAULT false,
    "contactEmail" TEXT,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Delegation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DelegationMember" (
    "id" UUID NOT NULL,
    "delegationId" UUID NOT NULL,
    "role" "DelegateRole",
    "position" INTEGER NOT NULL,
    "honorific" TEXT,
    "givenName" TEXT NOT NULL,
    "familyName" TEXT NOT NULL,
    "jobTitle" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DelegationMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Credentials" (
    "id" UUID NOT NULL,
    "delegationId" UUID NOT NULL,
    "issuingAuthority" "CredentialsAuthority" NOT NULL,
    "authorisedBy" TEXT,
    "signatoryName" TEXT,
    "form" "CredentialsForm" NOT NULL,
    "receivedOn" DATE NOT NULL,
    "status" "CredentialsStatus" NOT NULL DEFAULT 'RECEIVED',
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Credentials_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DelegationChange" (
    "id" UUID NOT NULL,
    "delegationId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changedById" UUID,
    "afterDeadline" BOOLEAN NOT NULL,
    "before" JSONB,
    "after" JSONB NOT NULL,

    CONSTRAINT "DelegationChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TransparencyReport" (
    "id" UUID NOT NULL,
    "conventionId" UUID NOT NULL,
    "stateId" UUID NOT NULL,
    "kind" "ReportKind" NOT NULL,
    "periodYear" INTEGER NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "dueOn" DATE NOT NULL,
    "dueOnOverridden" BOOLEAN NOT NULL DEFAULT false,
    "receivedOn" DATE,
    "channel" "ReportChannel",
    "published" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TransparencyReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportForm" (
    "reportId" UUID NOT NULL,
    "letter" "FormLetter" NOT NULL,
    "status" "FormStatus" NOT NULL,
    "unchangedSinceYear" INTEGER,

    CONSTRAINT "ReportForm_pkey" PRIMARY KEY ("reportId","letter")
);

-- CreateTable
CREATE TABLE "AssessmentScale" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "firstYear" INTEGER NOT NULL,
    "lastYear" INTEGER NOT NULL,
    "resolution" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "complete" BOOLEAN NOT NULL DEFAULT false,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedById" UUID,

    CONSTRAINT "AssessmentScale_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentRate" (
    "id" UUID NOT NULL,
    "scaleId" UUID NOT NULL,
    "stateId" UUID NOT NULL,
    "ratePercent" DECIMAL(9,6) NOT NULL,
    "verification" TEXT,

    CONSTRAINT "AssessmentRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CostEstimate" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "kind" "CostEstimateKind" NOT NULL,
    "version" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "total" DECIMAL(14,2) NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,

    CONSTRAINT "CostEstimate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CostEstimateLine" (
    "id" UUID NOT NULL,
    "estimateId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,

    CONSTRAINT "CostEstimateLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CostShareIssue" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "estimateId" UUID NOT NULL,
    "scaleId" UUID NOT NULL,
    "payerRule" "PayerRule" NOT NULL,
    "ceilingAndFloorReapplied" BOOLEAN NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "total" DECIMAL(14,2) NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issuedById" UUID,
    "supersededAt" TIMESTAMP(3),

    CONSTRAINT "CostShareIssue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CostShare" (
    "id" UUID NOT NULL,
    "issueId" UUID NOT NULL,
    "stateId" UUID NOT NULL,
    "ratePercent" DECIMAL(9,6),
    "sharePercent" DECIMAL(12,9),
    "amount" DECIMAL(14,2),
    "assessed" BOOLEAN NOT NULL,

    CONSTRAINT "CostShare_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" UUID NOT NULL,
    "costShareId" UUID NOT NULL,
    "receivedOn" DATE NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "reference" TEXT,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" UUID,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" UUID NOT NULL,
    "conventionId" UUID NOT NULL,
    "meetingId" UUID,
    "symbol" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "languages" TEXT[],
    "status" "DocumentStatus" NOT NULL,
    "issuedOn" DATE,
    "url" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "UserRole" NOT NULL,
    "stateId" UUID,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "scopes" "ApiKeyScope"[],
    "organisationId" UUID,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" UUID,
    "actorApiKeyId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "requestId" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Convention_code_key" ON "Convention"("code");

-- CreateIndex
CREATE UNIQUE INDEX "GeneralAssemblyResolution_number_key" ON "GeneralAssemblyResolution"("number");

-- CreateIndex
CREATE UNIQUE INDEX "GeneralAssemblyResolution_symbol_key" ON "GeneralAssemblyResolution"("symbol");

-- CreateIndex
CREATE UNIQUE INDEX "State_iso3_key" ON "State"("iso3");

-- CreateIndex
CREATE UNIQUE INDEX "State_iso2_key" ON "State"("iso2");

-- CreateIndex
CREATE INDEX "TreatyStatus_conventionId_entryIntoForceOn_idx" ON "TreatyStatus"("conventionId", "entryIntoForceOn");

-- CreateIndex
CREATE UNIQUE INDEX "TreatyStatus_stateId_conventionId_key" ON "TreatyStatus"("stateId", "conventionId");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_acronym_key" ON "Organisation"("acronym");

-- CreateIndex
CREATE UNIQUE INDEX "Office_code_key" ON "Office"("code");

-- CreateIndex
CREATE INDEX "Meeting_conventionId_opensOn_idx" ON "Meeting"("conventionId", "opensOn");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_conventionId_code_key" ON "Meeting"("conventionId", "code");

-- CreateIndex
CREATE INDEX "Invitation_meetingId_capacity_idx" ON "Invitation"("meetingId", "capacity");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_meetingId_stateId_key" ON "Invitation"("meetingId", "stateId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_meetingId_organisationId_key" ON "Invitation"("meetingId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Delegation_invitationId_key" ON "Delegation"("invitationId");

-- CreateIndex
CREATE UNIQUE INDEX "Delegation_headMemberId_id_key" ON "Delegation"("headMemberId", "id");

-- CreateIndex
CREATE INDEX "DelegationMember_delegationId_position_idx" ON "DelegationMember"("delegationId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "DelegationMember_id_delegationId_key" ON "DelegationMember"("id", "delegationId");

-- CreateIndex
CREATE UNIQUE INDEX "Credentials_delegationId_key" ON "Credentials"("delegationId");

-- CreateIndex
CREATE UNIQUE INDEX "DelegationChange_delegationId_version_key" ON "DelegationChange"("delegationId", "version");

-- CreateIndex
CREATE INDEX "TransparencyReport_conventionId_periodYear_idx" ON "TransparencyReport"("conventionId", "periodYear");

-- CreateIndex
CREATE UNIQUE INDEX "TransparencyReport_conventionId_stateId_kind_periodYear_key" ON "TransparencyReport"("conventionId", "stateId", "kind", "periodYear");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentScale_name_key" ON "AssessmentScale"("name");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentRate_scaleId_stateId_key" ON "AssessmentRate"("scaleId", "stateId");

-- CreateIndex
CREATE UNIQUE INDEX "CostEstimate_meetingId_version_key" ON "CostEstimate"("meetingId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "CostEstimateLine_estimateId_position_key" ON "CostEstimateLine"("estimateId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "CostShareIssue_meetingId_version_key" ON "CostShareIssue"("meetingId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "CostShare_issueId_stateId_key" ON "CostShare"("issueId", "stateId");

-- CreateIndex
CREATE UNIQUE INDEX "Document_symbol_key" ON "Document"("symbol");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_prefix_key" ON "ApiKey"("prefix");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_secretHash_key" ON "ApiKey"("secretHash");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "GeneralAssemblyResolution" ADD CONSTRAINT "GeneralAssemblyResolution_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreatyStatus" ADD CONSTRAINT "TreatyStatus_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "State"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreatyStatus" ADD CONSTRAINT "TreatyStatus_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObserverOfRight" ADD CONSTRAINT "ObserverOfRight_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObserverOfRight" ADD CONSTRAINT "ObserverOfRight_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_presidentStateId_fkey" FOREIGN KEY ("presidentStateId") REFERENCES "State"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_noteIssuingOfficeId_fkey" FOREIGN KEY ("noteIssuingOfficeId") REFERENCES "Office"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_mandateResolutionId_fkey" FOREIGN KEY ("mandateResolutionId") REFERENCES "GeneralAssemblyResolution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_secretariatOfficeId_fkey" FOREIGN KEY ("secretariatOfficeId") REFERENCES "Office"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "State"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_headMemberId_id_fkey" FOREIGN KEY ("headMemberId", "id") REFERENCES "DelegationMember"("id", "delegationId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DelegationMember" ADD CONSTRAINT "DelegationMember_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Credentials" ADD CONSTRAINT "Credentials_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DelegationChange" ADD CONSTRAINT "DelegationChange_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DelegationChange" ADD CONSTRAINT "DelegationChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TransparencyReport" ADD CONSTRAINT "TransparencyReport_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TransparencyReport" ADD CONSTRAINT "TransparencyReport_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "State"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportForm" ADD CONSTRAINT "ReportForm_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "TransparencyReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentScale" ADD CONSTRAINT "AssessmentScale_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentRate" ADD CONSTRAINT "AssessmentRate_scaleId_fkey" FOREIGN KEY ("scaleId") REFERENCES "AssessmentScale"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentRate" ADD CONSTRAINT "AssessmentRate_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "State"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CostEstimate" ADD CONSTRAINT "CostEstimate_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CostEstimate" ADD CONSTRAINT "CostEstimate_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CostEstimateLine" ADD CONSTRAINT "CostEstimateLine_estimateId_fkey" FOREIGN KEY ("estimateId") REFERENCES "CostEstimate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CostShareIssue" ADD CONSTRAINT "CostShareIssue_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CostShareIssue" ADD CONSTRAINT "CostShareIssue_estimateId_fkey" FOREIGN KEY ("estimateId") REFERENCES "CostEstimate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CostShareIssue" ADD CONSTRAINT "CostShareIssue_scaleId_fkey" FOREIGN KEY ("scaleId") REFERENCES "AssessmentScale"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CostShareIssue" ADD CONSTRAINT "CostShareIssue_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CostShare" ADD CONSTRAINT "CostShare_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "CostShareIssue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CostShare" ADD CONSTRAINT "CostShare_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "State"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_costShareId_fkey" FOREIGN KEY ("costShareId") REFERENCES "CostShare"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "State"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorApiKeyId_fkey" FOREIGN KEY ("actorApiKeyId") REFERENCES "ApiKey"("id") ON DELETE SET NULL ON UPDATE CASCADE;
