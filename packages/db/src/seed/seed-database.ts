import type { PrismaClient } from '../generated/prisma/client.ts';
import { seedAssessmentScales } from './assessment-scale.ts';
import { seedConvention } from './convention.ts';
import { seedGeneralAssemblyResolutions } from './general-assembly-resolutions.ts';
import { seedMeetings } from './meetings.ts';
import { seedOffices } from './offices.ts';
import { seedOrganisations } from './organisations.ts';
import { seedStates } from './states.ts';
import { seedTreatyRecords } from './treaty-records.ts';

// The seed is a few hundred statements; the default five seconds of an interactive transaction is too short on
// a loaded machine.
const SEED_TRANSACTION_TIMEOUT_MS = 120_000;
const SEED_TRANSACTION_MAX_WAIT_MS = 30_000;

export interface SeedDatabaseOptions {
  /** The day the seed is taken to run on (`YYYY-MM-DD`, default today in UTC): meetings over by then are CLOSED. */
  today?: string;
}

/** How many rows of each kind the database holds after seeding. */
export interface SeedCounts {
  states: number;
  conventions: number;
  treatyRecords: number;
  generalAssemblyResolutions: number;
  offices: number;
  meetings: number;
  organisations: number;
  observersOfRight: number;
  assessmentScales: number;
  assessmentRates: number;
}

export async function countSeededRows(prisma: PrismaClient): Promise<SeedCounts> {
  const [
    states,
    conventions,
    treatyRecords,
    generalAssemblyResolutions,
    offices,
    meetings,
    organisations,
    observersOfRight,
    assessmentScales,
    assessmentRates,
  ] = await Promise.all([
    prisma.state.count(),
    prisma.convention.count(),
    prisma.treatyRecord.count(),
    prisma.generalAssemblyResolution.count(),
    prisma.office.count(),
    prisma.meeting.count(),
    prisma.organisation.count(),
    prisma.observerOfRight.count(),
    prisma.assessmentScale.count(),
    prisma.assessmentRate.count(),
  ]);
  return {
    states,
    conventions,
    treatyRecords,
    generalAssemblyResolutions,
    offices,
    meetings,
    organisations,
    observersOfRight,
    assessmentScales,
    assessmentRates,
  };
}

/**
 * Loads Plenary's reference data from packages/db/data: every State, the Convention on Cluster Munitions with its
 * rules, its treaty statuses, meetings, organisations of right, the offices and mandate of the Eleventh Meeting, and
 * the complete UN scales of assessments 2019-2021, 2022-2024 and 2025-2027. Idempotent: every row is upserted on its
 * natural key, all in one transaction, so running it again leaves the same rows. Users are not seeded: they need a password hash, which the API owns.
 */
export async function seedDatabase(prisma: PrismaClient, options: SeedDatabaseOptions = {}): Promise<SeedCounts> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  await prisma.$transaction(
    async (client) => {
      const stateIds = await seedStates(client);
      const { conventionId, withdrawalNoticeMonths } = await seedConvention(client, { today });
      await seedTreatyRecords(client, { conventionId, stateIds, withdrawalNoticeMonths });
      await seedOrganisations(client, { conventionId });
      const offices = await seedOffices(client);
      const { resolution7779Id } = await seedGeneralAssemblyResolutions(client, { conventionId });
      await seedMeetings(client, {
        conventionId,
        stateIds,
        noteIssuingOfficeId: offices.headquartersId,
        secretariatOfficeId: offices.genevaId,
        mandateResolutionId: resolution7779Id,
        today,
      });
      await seedAssessmentScales(client, { stateIds });
    },
    { timeout: SEED_TRANSACTION_TIMEOUT_MS, maxWait: SEED_TRANSACTION_MAX_WAIT_MS },
  );
  return countSeededRows(prisma);
}
