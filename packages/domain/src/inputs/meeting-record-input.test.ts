import { describe, expect, it } from 'vitest';
import {
  applyAsObserverInputSchema,
  meetingRecordInputSchema,
  observerDecisionNoteSchema,
  publicObserverApplicationInputSchema,
} from './meeting-record-input.ts';

const eleventhMeeting = {
  conventionCode: 'CCM',
  kind: 'MEETING_OF_STATES_PARTIES',
  number: 11,
  opensOn: '2023-09-11',
  closesOn: '2023-09-14',
  venue: 'Palais des Nations',
  city: 'Geneva',
  timeZone: 'Europe/Zurich',
  symbolPrefix: 'CCM/MSP/2023',
};

describe('a meeting as recorded', () => {
  it('reads the Eleventh Meeting with its code, office and web page', () => {
    const parsed = meetingRecordInputSchema.parse({
      ...eleventhMeeting,
      code: ' 11msp ',
      secretariatOfficeCode: 'ODA-GENEVA',
      webPage: 'https://meetings.unoda.org/ccm-msp',
    });
    expect(parsed.code).toBe('11MSP');
    expect(parsed.secretariatOfficeCode).toBe('ODA-GENEVA');
  });

  it('keeps the checks of the meeting input: closing before opening is refused', () => {
    const result = meetingRecordInputSchema.safeParse({ ...eleventhMeeting, closesOn: '2023-09-10' });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['closesOn']);
  });

  it('refuses a code with spaces, a part of 0 and a web address without http', () => {
    const result = meetingRecordInputSchema.safeParse({
      ...eleventhMeeting,
      code: '11 MSP',
      part: 0,
      webPage: 'ftp://example.org',
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['code', 'part', 'webPage']);
  });
});

describe('the details a convening note prints', () => {
  const fourteenth = {
    ...eleventhMeeting,
    number: 14,
    opensOn: '2026-09-14',
    closesOn: '2026-09-17',
    symbolPrefix: 'CCM/MSP/2026',
    country: 'Switzerland',
    venueFr: 'le Palais des Nations',
    cityFr: 'Genève',
    countryFr: 'Suisse',
    delegationDeadline: '2026-08-31',
    conveningNote: {
      reference: 'ODA/2026-00050',
      date: '2026-03-02',
      issuingOffice: 'ODA',
      addressees: 'Permanent Representatives of Member and Observer States to the United Nations',
      addresseesFr:
        'les Représentants permanents des États Membres et des États observateurs auprès de l’Organisation des Nations Unies',
      mandateResolution: ' 77/79 ',
    },
  };

  it('reads the places’ French names, the addressees and the mandating resolution', () => {
    const parsed = meetingRecordInputSchema.parse(fourteenth);
    expect(parsed).toMatchObject({ venueFr: 'le Palais des Nations', cityFr: 'Genève', countryFr: 'Suisse' });
    expect(parsed.conveningNote).toMatchObject({
      addresseesFr: fourteenth.conveningNote.addresseesFr,
      mandateResolution: '77/79',
    });
  });

  it('names a resolution that is not a number, empty addressees and an unknown weekday', () => {
    const result = meetingRecordInputSchema.safeParse({
      ...fourteenth,
      delegationDeadlineWeekdayAsIssued: 'FRIYAY',
      conveningNote: { ...fourteenth.conveningNote, addressees: ' ', mandateResolution: 'A/RES/seventy-seven' },
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'conveningNote.addressees',
      'conveningNote.mandateResolution',
      'delegationDeadlineWeekdayAsIssued',
    ]);
  });

  it('wants the English beside a French name, and a deadline beside its weekday as issued', () => {
    const { country: _country, delegationDeadline: _deadline, ...rest } = fourteenth;
    const result = meetingRecordInputSchema.safeParse({
      ...rest,
      delegationDeadlineWeekdayAsIssued: 'FRIDAY',
      conveningNote: { ...fourteenth.conveningNote, addressees: undefined },
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'countryFr',
      'conveningNote.addresseesFr',
      'delegationDeadlineWeekdayAsIssued',
    ]);
  });
});

describe('an application to observe', () => {
  const organisation = { acronym: 'OAS', name: 'Organization of American States', kind: 'REGIONAL_ORGANISATION' };

  it('names the organisation by its details or by its ID', () => {
    expect(applyAsObserverInputSchema.safeParse({ organisation, motivation: 'Regional clearance work.' }).success).toBe(
      true,
    );
    expect(
      applyAsObserverInputSchema.safeParse({ organisationId: 'abc', motivation: 'Regional clearance work.' }).success,
    ).toBe(true);
  });

  it('needs exactly one of the two, a known kind and a motivation', () => {
    expect(applyAsObserverInputSchema.safeParse({ motivation: 'x' }).error?.issues[0]?.path).toEqual(['organisation']);
    expect(applyAsObserverInputSchema.safeParse({ organisation, organisationId: 'abc', motivation: 'x' }).success).toBe(
      false,
    );
    const result = applyAsObserverInputSchema.safeParse({
      organisation: { ...organisation, kind: 'CLUB' },
      motivation: ' ',
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['organisation.kind', 'motivation']);
  });

  it('takes a decision note of up to 2000 characters', () => {
    expect(observerDecisionNoteSchema.safeParse('Approved by the meeting.').success).toBe(true);
    expect(observerDecisionNoteSchema.safeParse('x'.repeat(2001)).success).toBe(false);
  });
});

describe('a public application to observe', () => {
  const application = {
    organisationName: 'Mines Advisory Group',
    acronym: 'MAG',
    kind: 'NGO',
    contactName: 'Jane Doe',
    contactEmail: ' jane.doe@example.org ',
    motivation: 'MAG clears cluster munition remnants in Lao PDR.',
  };

  it('takes the organisation, a contact person and an e-mail address, trimmed', () => {
    const result = publicObserverApplicationInputSchema.safeParse(application);
    expect(result.data?.contactEmail).toBe('jane.doe@example.org');
  });

  it('names every field that is missing or wrong', () => {
    const result = publicObserverApplicationInputSchema.safeParse({
      ...application,
      organisationName: ' ',
      kind: 'CLUB',
      contactEmail: 'jane at example',
      website: 'example.org',
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'organisationName',
      'kind',
      'website',
      'contactEmail',
    ]);
  });
});
