import { z } from 'zod';
import { textSchema } from './common-schemas.ts';
import { scaleOfAssessmentInputSchema, scalePeriodInputSchema } from './scale-input.ts';

const NAME_LENGTH = 100;
const RESOLUTION_LENGTH = 100;

/** What identifies an imported scale besides its period and source: its name and the resolution adopting it. */
export const assessmentScaleMetadataSchema = z.object({
  /** "2022-2024" */
  name: textSchema({ label: 'The name of the scale', max: NAME_LENGTH }),
  /** "A/RES/76/238" */
  resolution: textSchema({ label: 'The resolution', max: RESOLUTION_LENGTH }),
  /** True for the whole UN scale: every Member State once, summing to 100 (checked by validateAssessmentScaleImport). */
  complete: z.boolean({ error: 'Whether the scale is complete must be true or false.' }).default(false),
});

/** A whole UN scale of assessment to import: its name, resolution, period, source and every rate. */
export const assessmentScaleImportInputSchema = z.intersection(
  assessmentScaleMetadataSchema,
  scaleOfAssessmentInputSchema,
);
export type AssessmentScaleImportInput = z.infer<typeof assessmentScaleImportInputSchema>;

/** What a form checks before the file of rates is read on the server: everything but the rates. */
export const assessmentScaleHeaderInputSchema = z.intersection(assessmentScaleMetadataSchema, scalePeriodInputSchema);
