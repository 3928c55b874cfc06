import { describe, expect, it } from 'vitest';
import { numberReminderReferences, reportRemindersInputSchema } from './report-reminders-input.ts';

const BULK = {
  reports: [
    { state: 'NGA', kind: 'INITIAL', periodYear: 2023 },
    { state: 'CHE', kind: 'ANNUAL', periodYear: 2024 },
  ],
  referencePattern: 'ODA/2026-{nnnnn}',
  firstNumber: 123,
  date: '2026-03-02',
  issuingOffice: 'ODA',
  language: 'FR',
};

const problems = (result: ReturnType<typeof reportRemindersInputSchema.safeParse>) =>
  result.error?.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));

describe('numberReminderReferences', () => {
  it('numbers the notes in the pattern, padded to the width of {nnnnn}', () => {
    expect(numberReminderReferences({ pattern: 'ODA/2026-{nnnnn}', firstNumber: 123, count: 3 })).toEqual([
      'ODA/2026-00123',
      'ODA/2026-00124',
      'ODA/2026-00125',
    ]);
    expect(numberReminderReferences({ pattern: 'ODA/2026-{n}', firstNumber: 9, count: 2 })).toEqual([
      'ODA/2026-9',
      'ODA/2026-10',
    ]);
  });
});

describe('reportRemindersInputSchema', () => {
  it('accepts reminders to several States under one numbered pattern', () => {
    expect(reportRemindersInputSchema.safeParse(BULK).success).toBe(true);
  });

  it('refuses a pattern without the number, or with it twice, and a report listed twice', () => {
    expect(problems(reportRemindersInputSchema.safeParse({ ...BULK, referencePattern: 'ODA/2026-00123' }))).toEqual([
      {
        path: 'referencePattern',
        message:
          'The reference pattern must hold the note’s number once, as {n} or padded as {nnnnn}: "ODA/2026-{nnnnn}".',
      },
    ]);
    expect(reportRemindersInputSchema.safeParse({ ...BULK, referencePattern: '{n}/{n}' }).success).toBe(false);
    expect(
      problems(
        reportRemindersInputSchema.safeParse({
          ...BULK,
          reports: [...BULK.reports, { state: 'NGA', kind: 'INITIAL', periodYear: 2024 }],
        }),
      ),
    ).toEqual([{ path: 'reports.2', message: 'The initial report of NGA is listed twice; one reminder each.' }]);
  });

  it('refuses no reports, a first number of 0 and a State not written as its code', () => {
    expect(problems(reportRemindersInputSchema.safeParse({ ...BULK, reports: [] }))).toEqual([
      { path: 'reports', message: 'Name at least one overdue report to remind.' },
    ]);
    expect(problems(reportRemindersInputSchema.safeParse({ ...BULK, firstNumber: 0 }))).toEqual([
      { path: 'firstNumber', message: 'The first note number must be at least 1.' },
    ]);
    expect(
      reportRemindersInputSchema.safeParse({
        ...BULK,
        reports: [{ state: 'Nigeria', kind: 'INITIAL', periodYear: 2023 }],
      }).success,
    ).toBe(false);
  });
});
