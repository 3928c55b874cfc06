-- CreateEnum
CREATE TYPE "Language" AS ENUM ('AR', 'ZH', 'EN', 'FR', 'RU', 'ES');

-- AlterTable: a document's languages are the six UN languages, kept (in upper case) from the text they were.
ALTER TABLE "Document" ALTER COLUMN "languages" TYPE "Language"[] USING upper("languages"::text)::"Language"[];
