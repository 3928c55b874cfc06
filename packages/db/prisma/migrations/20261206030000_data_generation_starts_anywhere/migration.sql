-- A new database's data generation starts at a random point below 2^52, not at 0: an API process that outlives a
-- reset of its database (dropped, migrated and seeded again) keeps answers cached under the old database's
-- generations, and a new database counting up from 0 would soon reach one of them with other data. From a random
-- start, two databases' generations meet with a chance of about one in 2^52 per write. On a database that already
-- has one, the generation jumps once, which only leaves cached answers unused. 2^52 stays exact in a JavaScript number.
UPDATE "DataGeneration" SET "generation" = "generation" + floor(random() * 4503599627370496)::bigint;
