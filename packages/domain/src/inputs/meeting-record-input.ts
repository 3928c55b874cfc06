import { z } from 'zod';
import { ORGANISATION_KINDS, WEEKDAYS } from '../enums/domain-enums.ts';
import { emailSchema, enumSchema, fieldError, textSchema, wholeNumberSchema } from './common-schemas.ts';
import { conveningNoteInputSchema, meetingInputSchema } from './meeting-input.ts';

const SHORT_TEXT = 200;
const CODE_LENGTH = 20;
const MAX_PART = 9;
const URL_LENGTH = 500;
const ACRONYM_LENGTH = 20;
const NAME_LENGTH = 300;
const MOTIVATION_LENGTH = 4000;
const NOTE_LENGTH = 2000;
const EMAIL_LENGTH = 320;
const MEETING_CODE = /^[A-Z0-9][A-Z0-9-]*$/;
const ADDRESSEES_LENGTH = 500;
const RESOLUTION_NUMBER = /^\d{1,3}\/\d{1,4}$/;

const webAddressSchema = z
  .url({
    protocol: /^https?$/,
    error: 'The web address must start with http:// or https://, like https://www.example.org.',
  })
  .max(URL_LENGTH, { error: `The web address must be at most ${URL_LENGTH} characters.` });

/**
 * The convening note as recorded: its reference, date and issuing office, and what else the note prints: to whom it
 * is addressed (in French with its article, "les Représentants permanents …") and the General Assembly resolution
 * under which the meeting is convened, by its number ("77/79").
 */
export const conveningNoteRecordInputSchema = conveningNoteInputSchema.safeExtend({
  addressees: textSchema({ label: 'The addressees of the note', max: ADDRESSEES_LENGTH }).optional(),
  addresseesFr: textSchema({ label: 'The addressees of the note in French', max: ADDRESSEES_LENGTH }).optional(),
  mandateResolution: z
    .string({
      error: fieldError(
        'The mandating resolution',
        'The mandating resolution must be given by its number, such as 77/79.',
      ),
    })
    .trim()
    .regex(RESOLUTION_NUMBER, {
      error: 'The mandating resolution must be given by its number: session, slash, number, such as 77/79.',
    })
    .optional(),
});

/** A French name needs the English one it translates. */
function requireEnglishBeside(options: {
  english: unknown;
  french: unknown;
  path: (string | number)[];
  message: string;
  ctx: z.RefinementCtx;
}): void {
  if (options.french !== undefined && options.english === undefined)
    options.ctx.addIssue({ code: 'custom', path: options.path, message: options.message });
}

/**
 * A meeting as the secretariat records it: `meetingInputSchema` plus what the database keeps beside it. The convening
 * note's `issuingOffice` and `secretariatOfficeCode` are office codes (ODA, ODA-GENEVA). Leave out `code` and
 * `title` to have them computed from the kind and number (11MSP, "Eleventh Meeting of States Parties"). Places carry
 * their French names for French documents: the venue with its article ("le Palais des Nations"), city and country
 * ("Genève", "Suisse").
 */
export const meetingRecordInputSchema = meetingInputSchema
  .safeExtend({
    code: z
      .string({ error: fieldError('The meeting code', 'The meeting code must be text such as 11MSP.') })
      .trim()
      .toUpperCase()
      .max(CODE_LENGTH, { error: `The meeting code must be at most ${CODE_LENGTH} characters.` })
      .regex(MEETING_CODE, {
        error: 'The meeting code is written with letters, digits and hyphens, such as 11MSP or 2RC-1.',
      })
      .optional(),
    part: wholeNumberSchema({ label: 'The part of the meeting', min: 1, max: MAX_PART }).optional(),
    country: textSchema({ label: 'The country', max: SHORT_TEXT }).optional(),
    venueFr: textSchema({ label: 'The venue in French', max: SHORT_TEXT }).optional(),
    cityFr: textSchema({ label: 'The city in French', max: SHORT_TEXT }).optional(),
    countryFr: textSchema({ label: 'The country in French', max: SHORT_TEXT }).optional(),
    presidentName: textSchema({ label: "The President's name", max: SHORT_TEXT }).optional(),
    conveningNote: conveningNoteRecordInputSchema.optional(),
    delegationDeadlineWeekdayAsIssued: enumSchema(
      WEEKDAYS,
      'The weekday the note printed beside the deadline',
    ).optional(),
    secretariatOfficeCode: textSchema({ label: 'The secretariat office', max: SHORT_TEXT }).optional(),
    webPage: webAddressSchema.optional(),
  })
  .superRefine((meeting, ctx) => {
    requireEnglishBeside({
      english: meeting.country,
      french: meeting.countryFr,
      path: ['countryFr'],
      message: 'Give the country in English before its French name.',
      ctx,
    });
    const note = meeting.conveningNote;
    if (note)
      requireEnglishBeside({
        english: note.addressees,
        french: note.addresseesFr,
        path: ['conveningNote', 'addresseesFr'],
        message: 'Give the addressees in English before their French wording.',
        ctx,
      });
    if (meeting.delegationDeadlineWeekdayAsIssued !== undefined && meeting.delegationDeadline === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['delegationDeadlineWeekdayAsIssued'],
        message:
          'A weekday as issued goes with a delegation deadline; give the deadline too, or leave the weekday out.',
      });
    }
  });
export type MeetingRecordInput = z.infer<typeof meetingRecordInputSchema>;

/** Rule 1.3: the organisation applying, when it is not yet known by its ID. */
export const observerOrganisationInputSchema = z.object({
  acronym: textSchema({ label: 'The acronym', max: ACRONYM_LENGTH }),
  name: textSchema({ label: 'The organisation name', max: NAME_LENGTH }),
  kind: enumSchema(ORGANISATION_KINDS, 'The kind of organisation'),
  website: webAddressSchema.optional(),
});

/** Rule 1.3: an organisation asks to observe a meeting, named either by its ID or by its details, with its reasons. */
export const applyAsObserverInputSchema = z
  .object({
    organisationId: z.string().optional(),
    organisation: observerOrganisationInputSchema.optional(),
    motivation: textSchema({ label: 'The motivation', max: MOTIVATION_LENGTH }),
  })
  .superRefine((application, ctx) => {
    if ((application.organisationId === undefined) === (application.organisation === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['organisation'],
        message: 'Name the organisation either by its ID or by its acronym, name and kind, not both.',
      });
    }
  });

/** The note that goes with a decision on an application. */
export const observerDecisionNoteSchema = textSchema({ label: 'The note', max: NOTE_LENGTH }).optional();

/**
 * Rule 1.3, as meeting sites take it: an organisation applies on a public page, without an account. It names itself
 * and a contact person the secretariat answers by e-mail; the secretariat then decides on the application.
 */
export const publicObserverApplicationInputSchema = z.object({
  organisationName: textSchema({ label: 'The organisation name', max: NAME_LENGTH }),
  acronym: textSchema({ label: 'The acronym', max: ACRONYM_LENGTH }),
  kind: enumSchema(ORGANISATION_KINDS, 'The kind of organisation'),
  website: webAddressSchema.optional(),
  contactName: textSchema({ label: 'The contact person', max: SHORT_TEXT }),
  contactEmail: z
    .string({ error: fieldError('The e-mail address', 'The e-mail address must be text.') })
    .trim()
    .max(EMAIL_LENGTH, { error: `The e-mail address must be at most ${EMAIL_LENGTH} characters.` })
    .pipe(emailSchema),
  motivation: textSchema({ label: 'The motivation', max: MOTIVATION_LENGTH }),
});
export type PublicObserverApplicationInput = z.infer<typeof publicObserverApplicationInputSchema>;
