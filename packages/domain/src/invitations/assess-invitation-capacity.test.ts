import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../dates/calendar-date.ts';
import { CCM_RULES } from '../treaty/convention-rules.ts';
import { describeTreatyStanding, type TreatyRecord } from '../treaty/determine-treaty-status.ts';
import { capacitiesFollowStanding, capacityOfState, reassessInvitationCapacity } from './assess-invitation-capacity.ts';

const GENEVA = 'Europe/Zurich';

// Real treaty records (UN Treaty Collection, chapter XXVI-6) and the CCM's meetings in Geneva.
const NIGERIA: TreatyRecord = {
  signatureDate: '2009-06-12',
  depositDate: '2023-02-28',
  instrumentKind: 'RATIFICATION',
};
const SOUTH_SUDAN: TreatyRecord = { depositDate: '2023-08-03', instrumentKind: 'ACCESSION' };
const LITHUANIA: TreatyRecord = {
  signatureDate: '2008-12-03',
  depositDate: '2011-03-24',
  instrumentKind: 'RATIFICATION',
  withdrawalNoticeDate: '2024-09-06',
};
const VANUATU: TreatyRecord = { depositDate: '2025-09-05', instrumentKind: 'ACCESSION' };

const ELEVENTH = { opensOn: '2023-09-11', conveningDate: '2023-03-21' };
const THIRTEENTH = { opensOn: '2025-09-16', conveningDate: '2025-02-14' };
// A Fourteenth Meeting convened in February 2026 for September.
const FOURTEENTH = { opensOn: '2026-09-08', conveningDate: '2026-02-13' };

function capacityOn(record: TreatyRecord, date: CalendarDate) {
  return capacityOfState({ statusOnOpeningDay: describeTreatyStanding({ record, date, rules: CCM_RULES }).status });
}

describe('the capacity in which a State is invited', () => {
  it('invites Nigeria to the Eleventh Meeting as a State Party: deposit 2023-02-28, in force 2023-08-01 (Art. 17(2)), between convening and opening', () => {
    expect(capacityOn(NIGERIA, ELEVENTH.conveningDate)).toBe('SIGNATORY_OBSERVER');
    expect(capacityOn(NIGERIA, ELEVENTH.opensOn)).toBe('STATE_PARTY');
  });

  it('invites Vanuatu to a Fourteenth Meeting as a State Party: accession 2025-09-05, in force 2026-03-01', () => {
    expect(capacityOn(VANUATU, FOURTEENTH.conveningDate)).toBe('NON_SIGNATORY_OBSERVER');
    expect(capacityOn(VANUATU, FOURTEENTH.opensOn)).toBe('STATE_PARTY');
  });

  it('keeps South Sudan an observer at the Eleventh Meeting: deposited 2023-08-03, before a convening on 10 August, in force only 2024-02-01, after the opening', () => {
    expect(capacityOn(SOUTH_SUDAN, '2023-08-10')).toBe('NON_SIGNATORY_OBSERVER');
    expect(capacityOn(SOUTH_SUDAN, ELEVENTH.opensOn)).toBe('NON_SIGNATORY_OBSERVER');
  });

  it('invites Lithuania to the Thirteenth Meeting as an observer: its withdrawal took effect on 2025-03-06 (Art. 20(2)), before the opening', () => {
    expect(capacityOn(LITHUANIA, THIRTEENTH.conveningDate)).toBe('STATE_PARTY');
    expect(capacityOn(LITHUANIA, THIRTEENTH.opensOn)).toBe('NON_SIGNATORY_OBSERVER');
  });
});

describe('re-assessing an invitation when a treaty action is recorded', () => {
  const eleventh = { meetingStatus: 'CONVENED' as const, opensOn: ELEVENTH.opensOn, timeZone: GENEVA };

  it('moves Nigeria from signatory observer to State Party when its deposit is recorded before the meeting opens', () => {
    const statusOnOpeningDay = describeTreatyStanding({
      record: NIGERIA,
      date: ELEVENTH.opensOn,
      rules: CCM_RULES,
    }).status;
    expect(
      reassessInvitationCapacity({
        ...eleventh,
        now: '2023-03-01T09:00:00Z',
        capacity: 'SIGNATORY_OBSERVER',
        statusOnOpeningDay,
      }),
    ).toEqual({
      outcome: 'CHANGED',
      previousCapacity: 'SIGNATORY_OBSERVER',
      capacity: 'STATE_PARTY',
    });
  });

  it('leaves an invitation whose capacity already matches the standing on the opening day', () => {
    expect(
      reassessInvitationCapacity({
        ...eleventh,
        now: '2023-03-01T09:00:00Z',
        capacity: 'STATE_PARTY',
        statusOnOpeningDay: 'STATE_PARTY',
      }),
    ).toEqual({
      outcome: 'UNCHANGED',
      capacity: 'STATE_PARTY',
    });
  });

  it('freezes capacities from the opening day in Geneva: 23:30 UTC on 10 September 2023 is already the 11th there', () => {
    const change = { ...eleventh, capacity: 'SIGNATORY_OBSERVER' as const, statusOnOpeningDay: 'STATE_PARTY' as const };
    expect(reassessInvitationCapacity({ ...change, now: '2023-09-10T21:59:59Z' }).outcome).toBe('CHANGED');
    expect(reassessInvitationCapacity({ ...change, now: '2023-09-10T22:00:00Z' }).outcome).toBe('FROZEN');
  });

  it('follows the standing only while the meeting is convened: not in session, closed or cancelled, even before the opening day', () => {
    const now = '2023-03-01T09:00:00Z';
    expect(capacitiesFollowStanding({ ...eleventh, now })).toBe(true);
    for (const meetingStatus of ['DRAFT', 'IN_SESSION', 'CLOSED', 'CANCELLED'] as const) {
      expect(capacitiesFollowStanding({ ...eleventh, meetingStatus, now }), meetingStatus).toBe(false);
    }
  });
});
