import type { MeetingKind } from '../enums/domain-enums.ts';
import { ValidationError } from '../errors/domain-error.ts';
import { MAX_MEETING_NUMBER, MIN_MEETING_NUMBER } from './format-meeting-title.ts';

/** The series letters of a meeting's short code: 11MSP, 2RC; the CCM has only used these two so far. */
export const MEETING_CODE_SERIES: Record<MeetingKind, string> = {
  MEETING_OF_STATES_PARTIES: 'MSP',
  REVIEW_CONFERENCE: 'RC',
  INTERSESSIONAL: 'IM',
  PREPARATORY: 'PM',
  AMENDMENT_CONFERENCE: 'AC',
};

/** A meeting's short code from its kind, number and part: "11MSP", "2RC", "2RC-1" for the first part of the Second Review Conference. */
export function formatMeetingCode(options: { kind: MeetingKind; number: number; part?: number | null }): string {
  const { kind, number, part } = options;
  if (!Number.isInteger(number) || number < MIN_MEETING_NUMBER || number > MAX_MEETING_NUMBER) {
    throw new ValidationError({
      issues: [
        {
          path: 'number',
          message: `The meeting number must be a whole number from ${MIN_MEETING_NUMBER} to ${MAX_MEETING_NUMBER}; got ${number}.`,
        },
      ],
    });
  }
  if (part !== undefined && part !== null && (!Number.isInteger(part) || part < 1)) {
    throw new ValidationError({
      issues: [{ path: 'part', message: `The part of a meeting must be a whole number from 1; got ${part}.` }],
    });
  }
  const code = `${number}${MEETING_CODE_SERIES[kind]}`;
  return part === undefined || part === null ? code : `${code}-${part}`;
}
