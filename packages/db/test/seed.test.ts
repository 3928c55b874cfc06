import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../src/index.ts';
import { seedDatabase, type SeedCounts } from '../src/seed/seed-database.ts';
import { createTestDatabase, testBackends, type TestDatabase } from '../src/testing/test-database.ts';

// Fixed, so that which meetings count as past does not depend on when the tests run.
const TODAY = '2026-11-28';

const EXPECTED_COUNTS: SeedCounts = {
  states: 197,
  conventions: 1,
  treatyRecords: 125,
  generalAssemblyResolutions: 1,
  offices: 2,
  meetings: 16,
  organisations: 5,
  observersOfRight: 5,
  assessmentScales: 3,
  assessmentRates: 3 * 193,
};

function calendarDay(date: Date | null | undefined): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

describe.each(testBackends())('seedDatabase on %s', (backend) => {
  let database: TestDatabase;
  let firstRun: SeedCounts;

  beforeAll(async () => {
    database = await createTestDatabase({ backend });
    firstRun = await seedDatabase(database.prisma, { today: TODAY });
  });
  afterAll(() => database?.close());

  const treatyStatusOf = (iso3: string) =>
    database.prisma.treatyRecord.findFirstOrThrow({ where: { state: { iso3 }, convention: { code: 'CCM' } } });

  it('loads 197 States, 125 treaty records, 16 meetings, 5 organisations of right and the three UN scales of 193 rates', () => {
    expect(firstRun).toEqual(EXPECTED_COUNTS);
  });

  it('leaves the same rows, under the same ids, when run again', async () => {
    const idsBefore = await database.prisma.state.findMany({
      select: { iso3: true, id: true },
      orderBy: { iso3: 'asc' },
    });
    const meetingsBefore = await database.prisma.meeting.findMany({
      select: { code: true, id: true },
      orderBy: { code: 'asc' },
    });

    const secondRun = await seedDatabase(database.prisma, { today: TODAY });

    expect(secondRun).toEqual(EXPECTED_COUNTS);
    expect(
      await database.prisma.state.findMany({ select: { iso3: true, id: true }, orderBy: { iso3: 'asc' } }),
    ).toEqual(idsBefore);
    expect(
      await database.prisma.meeting.findMany({ select: { code: true, id: true }, orderBy: { code: 'asc' } }),
    ).toEqual(meetingsBefore);
  });

  it('holds the Convention on Cluster Munitions with its rules as data', async () => {
    const convention = await database.prisma.convention.findUniqueOrThrow({ where: { code: 'CCM' } });
    expect({
      adoptedOn: calendarDay(convention.adoptedOn),
      openedForSignatureOn: calendarDay(convention.openedForSignatureOn),
      entryIntoForceOn: calendarDay(convention.entryIntoForceOn),
      fixedEntryIntoForceOn: calendarDay(convention.fixedEntryIntoForceOn),
      fixedEntryIntoForceCutoffOn: calendarDay(convention.fixedEntryIntoForceCutoffOn),
    }).toEqual({
      adoptedOn: '2008-05-30',
      openedForSignatureOn: '2008-12-03',
      entryIntoForceOn: '2010-08-01',
      fixedEntryIntoForceOn: '2010-08-01',
      fixedEntryIntoForceCutoffOn: '2010-02-16',
    });
    expect(convention).toMatchObject({
      title: 'Convention on Cluster Munitions',
      depositary: 'Secretary-General of the United Nations',
      fixedEntryIntoForceCount: 30,
      monthsAfterDepositMonth: 6,
      initialReportDays: 180,
      annualReportDueMonth: 4,
      annualReportDueDay: 30,
      firstAnnualReportRule: 'YEAR_AFTER_INITIAL_REPORT_DUE',
      withdrawalNoticeMonths: 6,
      costSharingArticle: 'Article 14, paragraph 1',
    });
    expect(convention.costSharingText).toMatch(
      /^The costs of the Meetings of States Parties, the Review Conferences and the Amendment Conferences shall be borne/,
    );
  });

  it('begins the records of Article 7 reports on the day of the first seed, and leaves a day set since alone', async () => {
    // No report is seeded: what fell due before the secretariat started using Plenary is unknown, not overdue.
    const convention = await database.prisma.convention.findUniqueOrThrow({ where: { code: 'CCM' } });
    expect(calendarDay(convention.reportRecordsBeginOn)).toBe(TODAY);
    await database.prisma.convention.update({
      where: { code: 'CCM' },
      data: { reportRecordsBeginOn: new Date('2015-01-01') },
    });
    await seedDatabase(database.prisma, { today: TODAY });
    const again = await database.prisma.convention.findUniqueOrThrow({ where: { code: 'CCM' } });
    expect(calendarDay(again.reportRecordsBeginOn)).toBe('2015-01-01');
    await database.prisma.convention.update({
      where: { code: 'CCM' },
      data: { reportRecordsBeginOn: new Date(TODAY) },
    });
  });

  it('records that Lithuania withdrew with effect from 2025-03-06, on notice given six months before', async () => {
    const lithuania = await treatyStatusOf('LTU');
    expect({
      depositedOn: calendarDay(lithuania.depositedOn),
      entryIntoForceOn: calendarDay(lithuania.entryIntoForceOn),
      withdrawalNotifiedOn: calendarDay(lithuania.withdrawalNotifiedOn),
      withdrawalEffectiveOn: calendarDay(lithuania.withdrawalEffectiveOn),
      withdrawalSource: lithuania.withdrawalSource,
    }).toEqual({
      depositedOn: '2011-03-24',
      entryIntoForceOn: '2011-09-01',
      withdrawalNotifiedOn: '2024-09-06',
      withdrawalEffectiveOn: '2025-03-06',
      withdrawalSource: 'CMC-news',
    });
    const withdrawals = await database.prisma.treatyRecord.count({ where: { withdrawalEffectiveOn: { not: null } } });
    expect(withdrawals).toBe(1);
  });

  it('records an accession without a signature, and the first thirty instruments in force on 2010-08-01', async () => {
    const southSudan = await treatyStatusOf('SSD');
    expect(southSudan).toMatchObject({
      instrument: 'ACCESSION',
      signedOn: null,
      signatureSource: null,
      signatureVerified: false,
      depositVerified: true,
    });
    expect(calendarDay(southSudan.entryIntoForceOn)).toBe('2024-02-01');
    const firstThirty = await database.prisma.treatyRecord.count({
      where: { entryIntoForceOn: new Date('2010-08-01') },
    });
    expect(firstThirty).toBe(30);
    expect((await treatyStatusOf('JPN')).instrument).toBe('ACCEPTANCE');
  });

  it('keeps every unverified flag: an unverified date is never stored as verified', async () => {
    expect(await treatyStatusOf('IRL')).toMatchObject({
      signatureVerified: false,
      depositVerified: false,
      depositSource: null,
    });
    expect(await treatyStatusOf('LIE')).toMatchObject({ depositVerified: false, depositSource: 'CMC-news(partial)' });
    expect(await treatyStatusOf('PHL')).toMatchObject({ signatureVerified: false, depositVerified: true });
    expect(await treatyStatusOf('IDN')).toMatchObject({
      signatureVerified: false,
      signatureSource: null,
      depositedOn: null,
    });
    expect(await treatyStatusOf('HTI')).toMatchObject({ signatureVerified: true, signatureSource: 'CMC-news' });
    const unverifiedDeposits = await database.prisma.treatyRecord.count({
      where: { depositedOn: { not: null }, depositVerified: false },
    });
    // The 20 rows with dates_verified = no, and Liechtenstein's deposit day.
    expect(unverifiedDeposits).toBe(21);
    const unverifiedSignatures = await database.prisma.treatyRecord.count({
      where: { signedOn: { not: null }, signatureVerified: false, depositedOn: null },
    });
    expect(unverifiedSignatures).toBe(6);
  });

  it('loads the three complete UN scales 2019-2021, 2022-2024 and 2025-2027 with their resolutions and provenance', async () => {
    const scales = await database.prisma.assessmentScale.findMany({
      orderBy: { firstYear: 'asc' },
      include: { rates: { include: { state: true } } },
    });
    expect(
      scales.map(({ name, firstYear, lastYear, resolution, complete }) => ({
        name,
        firstYear,
        lastYear,
        resolution,
        complete,
      })),
    ).toEqual([
      { name: '2019-2021', firstYear: 2019, lastYear: 2021, resolution: 'A/RES/73/271', complete: true },
      { name: '2022-2024', firstYear: 2022, lastYear: 2024, resolution: 'A/RES/76/238', complete: true },
      { name: '2025-2027', firstYear: 2025, lastYear: 2027, resolution: 'A/RES/79/249', complete: true },
    ]);
    for (const scale of scales) {
      expect(scale.rates).toHaveLength(193);
      expect(scale.rates.every((rate) => rate.state.unStatus === 'MEMBER')).toBe(true);
      expect(scale.rates.reduce((sum, rate) => sum.plus(rate.ratePercent), new Prisma.Decimal(0)).toFixed(3)).toBe(
        '100.000',
      );
      expect(scale.source).toContain(`packages/db/data/un-scale-${scale.name}.csv`);
    }
    const [, scale2022] = scales;
    expect(scale2022?.source).toContain('General Assembly resolution 76/238 of 24 December 2021');
    const rateOf = (iso3: string) => scale2022?.rates.find((rate) => rate.state.iso3 === iso3);
    expect(rateOf('CHE')?.ratePercent.toFixed(3)).toBe('1.134');
    expect(rateOf('NOR')?.ratePercent.toFixed(3)).toBe('0.679');
    expect(rateOf('USA')?.ratePercent.toFixed(3)).toBe('22.000');
    expect(rateOf('CHN')?.verification).toContain('UNGA_scale_of_assessment.csv');
  });

  it('knows the Holy See and the State of Palestine as observer States, Cook Islands and Niue as non-members', async () => {
    const statuses = await database.prisma.state.groupBy({
      by: ['unStatus'],
      _count: { _all: true },
      orderBy: { unStatus: 'asc' },
    });
    expect(Object.fromEntries(statuses.map((row) => [row.unStatus, row._count._all]))).toEqual({
      MEMBER: 193,
      OBSERVER_STATE: 2,
      NON_MEMBER: 2,
    });
    const holySee = await database.prisma.state.findUniqueOrThrow({ where: { iso3: 'VAT' } });
    expect(holySee).toMatchObject({
      unStatus: 'OBSERVER_STATE',
      unShortName: 'Holy See',
      nameEn: 'Holy See',
      iso2: 'VA',
      regionalGroup: null,
    });
    expect(await database.prisma.state.findUniqueOrThrow({ where: { iso3: 'PSE' } })).toMatchObject({
      unStatus: 'OBSERVER_STATE',
    });
    expect(await database.prisma.state.findUniqueOrThrow({ where: { iso3: 'NIU' } })).toMatchObject({
      unStatus: 'NON_MEMBER',
      regionalGroup: null,
    });
  });

  it('names each State as the UN does, in the six official languages', async () => {
    const bolivia = await database.prisma.state.findUniqueOrThrow({ where: { iso3: 'BOL' } });
    expect(bolivia.unShortName).toBe('Bolivia (Plurinational State of)');
    expect((await database.prisma.state.findUniqueOrThrow({ where: { iso3: 'TUR' } })).nameEn).toBe('Türkiye');
    const norway = await database.prisma.state.findUniqueOrThrow({ where: { iso3: 'NOR' } });
    expect(norway).toMatchObject({
      nameEn: 'Norway',
      nameFr: 'Norvège',
      nameFrArticle: 'LA',
      nameEs: 'Noruega',
      nameRu: 'Норвегия',
      nameZh: '挪威',
      nameAr: 'النرويج',
    });
    // The UN's official short names (M49), not common names: "République de Corée", not "Corée du Sud"; Eswatini, not Swaziland.
    expect(await database.prisma.state.findUniqueOrThrow({ where: { iso3: 'KOR' } })).toMatchObject({
      nameFr: 'République de Corée',
      nameFrArticle: 'LA',
    });
    expect(await database.prisma.state.findUniqueOrThrow({ where: { iso3: 'SWZ' } })).toMatchObject({
      nameEn: 'Eswatini',
      nameFr: 'Eswatini',
      nameFrArticle: 'ELIDED',
    });
    expect(await database.prisma.state.findUniqueOrThrow({ where: { iso3: 'NLD' } })).toMatchObject({
      nameEn: 'Netherlands (Kingdom of the)',
      nameFr: 'Pays-Bas (Royaume des)',
      nameFrArticle: null,
    });
    expect(await database.prisma.state.findUniqueOrThrow({ where: { iso3: 'CIV' } })).toMatchObject({
      unShortName: 'Côte d’Ivoire',
      nameFr: 'Côte d’Ivoire',
      nameFrArticle: 'LA',
    });
    const articles = await database.prisma.state.groupBy({
      by: ['nameFrArticle'],
      _count: { _all: true },
      orderBy: { nameFrArticle: 'asc' },
    });
    expect(articles.reduce((sum, row) => sum + row._count._all, 0)).toBe(197);
    expect(articles.find((row) => row.nameFrArticle === null)?._count._all).toBe(30);
    const unnamed = await database.prisma.state.count({
      where: { OR: ['nameAr', 'nameZh', 'nameFr', 'nameRu', 'nameEs'].map((field) => ({ [field]: '' })) },
    });
    expect(unnamed).toBe(0);
    const groups = await database.prisma.state.groupBy({
      by: ['regionalGroup'],
      _count: { _all: true },
      where: { unStatus: 'MEMBER' },
      orderBy: { regionalGroup: 'asc' },
    });
    expect(Object.fromEntries(groups.map((row) => [row.regionalGroup ?? 'none', row._count._all]))).toEqual({
      AFRICAN: 54,
      ASIA_PACIFIC: 53,
      EASTERN_EUROPEAN: 23,
      LATIN_AMERICAN_AND_CARIBBEAN: 33,
      // 28 members and the United States, which sits in the group as an observer.
      WESTERN_EUROPEAN_AND_OTHERS: 29,
      // Kiribati.
      none: 1,
    });
  });

  it("holds everything the Eleventh Meeting's convening note says", async () => {
    const meeting = await database.prisma.meeting.findFirstOrThrow({
      where: { code: '11MSP', convention: { code: 'CCM' } },
      include: { noteIssuingOffice: true, secretariatOffice: true, mandateResolution: true, presidentState: true },
    });
    expect(meeting).toMatchObject({
      kind: 'MEETING_OF_STATES_PARTIES',
      number: 11,
      part: null,
      title: 'Eleventh Meeting of States Parties',
      venue: 'Palais des Nations',
      city: 'Geneva',
      country: 'Switzerland',
      timeZone: 'Europe/Zurich',
      status: 'CLOSED',
      noteReference: 'ODA/2023-00050',
      symbolPrefix: 'CCM/MSP/2023',
      presidentName: 'Abdul-Karim Hashim Mostafa',
      webPage:
        'https://meetings.unoda.org/ccm-msp/convention-on-cluster-munitions-eleventh-meeting-of-states-parties-2023',
    });
    expect(meeting.presidentState?.iso3).toBe('IRQ');
    expect({
      opensOn: calendarDay(meeting.opensOn),
      closesOn: calendarDay(meeting.closesOn),
      noteDate: calendarDay(meeting.noteDate),
      convenedOn: calendarDay(meeting.convenedOn),
      delegationDeadline: calendarDay(meeting.delegationDeadline),
      reportingDeadline: calendarDay(meeting.reportingDeadline),
    }).toEqual({
      opensOn: '2023-09-11',
      closesOn: '2023-09-14',
      noteDate: '2023-03-21',
      convenedOn: '2023-03-21',
      delegationDeadline: '2023-08-31',
      reportingDeadline: '2023-04-30',
    });
    expect(meeting.noteIssuingOffice).toMatchObject({
      code: 'ODA',
      name: 'Office for Disarmament Affairs',
      letterhead: 'HEADQUARTERS | SIEGE | NEW YORK, NY 10017 TEL.: + 212 963 1234 | ccm@un.org',
      email: 'ccm@un.org',
    });
    expect(meeting.secretariatOffice).toMatchObject({
      code: 'ODA-GENEVA',
      postalAddress:
        'Office for Disarmament Affairs, Geneva Branch\nUnited Nations Office at Geneva\nPalais des Nations, Building H, Second Floor, WP.24\nCH-1211 Geneva 10\nSwitzerland',
      email: 'ccm@un.org',
    });
    expect(meeting.mandateResolution).toMatchObject({
      number: '77/79',
      symbol: 'A/RES/77/79',
      title: 'Implementation of the Convention on Cluster Munitions',
      conveningParagraph: 9,
      reportingParagraph: 4,
    });
    expect(calendarDay(meeting.mandateResolution?.adoptedOn)).toBe('2022-12-07');
  });

  it('holds the meetings 1MSP-13MSP and both Review Conferences, the second in two parts', async () => {
    const meetings = await database.prisma.meeting.findMany({ orderBy: [{ opensOn: 'asc' }] });
    expect(meetings.map((meeting) => meeting.code)).toEqual([
      '1MSP',
      '2MSP',
      '3MSP',
      '4MSP',
      '5MSP',
      '1RC',
      '6MSP',
      '7MSP',
      '8MSP',
      '9MSP',
      '2RC-1',
      '2RC-2',
      '10MSP',
      '11MSP',
      '12MSP',
      '13MSP',
    ]);
    expect(meetings.every((meeting) => meeting.status === 'CLOSED')).toBe(true);
    const reviewConference = meetings.filter((meeting) => meeting.number === 2 && meeting.kind === 'REVIEW_CONFERENCE');
    expect(reviewConference.map(({ title, part, symbolPrefix }) => ({ title, part, symbolPrefix }))).toEqual([
      { title: 'Second Review Conference', part: 1, symbolPrefix: 'CCM/CONF/2020' },
      { title: 'Second Review Conference', part: 2, symbolPrefix: 'CCM/CONF/2021' },
    ]);
    expect(meetings.find((meeting) => meeting.code === '1MSP')).toMatchObject({
      city: 'Vientiane',
      timeZone: 'Asia/Vientiane',
      presidentName: null,
    });
  });

  it('lets the five organisations of right observe under rule 1.2', async () => {
    const observers = await database.prisma.observerOfRight.findMany({
      include: { organisation: true },
      orderBy: { organisation: { acronym: 'asc' } },
    });
    expect(observers.map(({ rule, organisation }) => [organisation.acronym, organisation.kind, rule])).toEqual([
      ['CMC', 'NGO', '1.2'],
      ['GICHD', 'INTERNATIONAL_ORGANISATION', '1.2'],
      ['ICRC', 'ICRC', '1.2'],
      ['IFRC', 'IFRC', '1.2'],
      ['UN', 'UN_ENTITY', '1.2'],
    ]);
  });
});
