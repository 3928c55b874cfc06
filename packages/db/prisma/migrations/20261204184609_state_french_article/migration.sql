-- CreateEnum
CREATE TYPE "FrenchArticle" AS ENUM ('LE', 'LA', 'ELIDED', 'LES');

-- AlterTable: the article becomes data of its own, and a French name recorded with its article keeps it.
ALTER TABLE "State" ADD COLUMN     "nameFrArticle" "FrenchArticle";

UPDATE "State" SET "nameFrArticle" = CASE
    WHEN "nameFrWithArticle" ~* '^le\s' THEN 'LE'::"FrenchArticle"
    WHEN "nameFrWithArticle" ~* '^la\s' THEN 'LA'::"FrenchArticle"
    WHEN "nameFrWithArticle" ~* '^les\s' THEN 'LES'::"FrenchArticle"
    WHEN "nameFrWithArticle" ~* '^l[''’]' THEN 'ELIDED'::"FrenchArticle"
END
WHERE "nameFrWithArticle" IS NOT NULL;

ALTER TABLE "State" DROP COLUMN "nameFrWithArticle";
