import { z } from 'zod';
import { MEETING_KINDS } from '../enums/domain-enums.ts';
import { MAX_MEETING_NUMBER, MIN_MEETING_NUMBER } from '../meetings/format-meeting-title.ts';
import { validateSymbolPrefix } from '../symbols/parse-document-symbol.ts';
import {
  businessDateSchema,
  emailSchema,
  enumSchema,
  requireOrder,
  iso3Schema,
  textSchema,
  timeZoneSchema,
  wholeNumberSchema,
} from './common-schemas.ts';

const SHORT_TEXT = 200;
const LONG_TEXT = 1000;

/** The convening note verbale: its reference (ODA/2023-00050), date and issuing office. */
export const conveningNoteInputSchema = z.object({
  reference: textSchema({ label: 'The note reference', max: SHORT_TEXT }),
  date: businessDateSchema('The date of the note'),
  issuingOffice: textSchema({ label: 'The issuing office', max: SHORT_TEXT }),
});

export const secretariatContactInputSchema = z.object({
  name: textSchema({ label: 'The contact name', max: SHORT_TEXT }),
  email: emailSchema,
  address: textSchema({ label: 'The postal address', max: LONG_TEXT }).optional(),
});

export const meetingInputSchema = z
  .object({
    conventionCode: textSchema({ label: 'The convention', max: SHORT_TEXT }),
    kind: enumSchema(MEETING_KINDS, 'The kind of meeting'),
    number: wholeNumberSchema({ label: 'The meeting number', min: MIN_MEETING_NUMBER, max: MAX_MEETING_NUMBER }),
    /** Leave out to use the title computed from kind and number. */
    title: textSchema({ label: 'The title', max: SHORT_TEXT }).optional(),
    opensOn: businessDateSchema('The opening date'),
    closesOn: businessDateSchema('The closing date'),
    venue: textSchema({ label: 'The venue', max: SHORT_TEXT }),
    city: textSchema({ label: 'The city', max: SHORT_TEXT }),
    timeZone: timeZoneSchema,
    presidencyStateCode: iso3Schema.optional(),
    conveningNote: conveningNoteInputSchema.optional(),
    delegationDeadline: businessDateSchema('The deadline for delegations').optional(),
    reportingDeadline: businessDateSchema('The reporting deadline').optional(),
    secretariatContact: secretariatContactInputSchema.optional(),
    symbolPrefix: z
      .string({ error: 'The document symbol prefix must be text such as CCM/MSP/2023.' })
      .trim()
      .superRefine((prefix, ctx) => {
        for (const issue of validateSymbolPrefix({ prefix })) ctx.addIssue({ code: 'custom', message: issue.message });
      }),
  })
  .superRefine((meeting, ctx) => {
    requireOrder({
      earlier: meeting.opensOn,
      later: meeting.closesOn,
      path: ['closesOn'],
      message: 'The meeting cannot close before it opens.',
      ctx,
    });
    requireOrder({
      earlier: meeting.delegationDeadline,
      later: meeting.opensOn,
      path: ['delegationDeadline'],
      message: 'The deadline for delegations must be on or before the opening day.',
      ctx,
    });
    requireOrder({
      earlier: meeting.conveningNote?.date,
      later: meeting.opensOn,
      path: ['conveningNote', 'date'],
      message: 'The convening note must be dated on or before the opening day.',
      ctx,
    });
  });
