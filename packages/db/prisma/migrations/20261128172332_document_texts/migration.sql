-- AlterTable
ALTER TABLE "Convention" ADD COLUMN     "annualReportArticle" TEXT,
ADD COLUMN     "annualReportArticleFr" TEXT,
ADD COLUMN     "costSharingArticleFr" TEXT,
ADD COLUMN     "costSharingQuotation" TEXT,
ADD COLUMN     "costSharingQuotationFr" TEXT,
ADD COLUMN     "initialReportArticle" TEXT,
ADD COLUMN     "initialReportArticleFr" TEXT,
ADD COLUMN     "titleFr" TEXT;

-- AlterTable
ALTER TABLE "GeneralAssemblyResolution" ADD COLUMN     "conveningClause" TEXT,
ADD COLUMN     "conveningClauseFr" TEXT,
ADD COLUMN     "reportingClause" TEXT,
ADD COLUMN     "reportingClauseFr" TEXT,
ADD COLUMN     "titleFr" TEXT;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "cityFr" TEXT,
ADD COLUMN     "countryFr" TEXT,
ADD COLUMN     "noteAddressees" TEXT,
ADD COLUMN     "noteAddresseesFr" TEXT,
ADD COLUMN     "venueFr" TEXT;

-- AlterTable
ALTER TABLE "Office" ADD COLUMN     "nameFr" TEXT;

-- AlterTable
ALTER TABLE "State" ADD COLUMN     "nameFrWithArticle" TEXT;
