import { yearOf, type CalendarDate } from '../dates/calendar-date.ts';
import { ValidationError } from '../errors/domain-error.ts';

export interface ScalePeriod {
  name: string;
  firstYear: number;
  lastYear: number;
}

/** The most a written reason for applying a scale outside its period may say. */
export const SCALE_OVERRIDE_REASON_LENGTH = 1000;

/** Whether a scale's period covers the year a meeting opens in: a meeting is assessed on the scale of its year. */
export function scaleCoversMeeting(options: { scale: ScalePeriod; opensOn: CalendarDate }): boolean {
  const year = yearOf(options.opensOn);
  return options.scale.firstYear <= year && year <= options.scale.lastYear;
}

/**
 * Art. 14(1) shares a meeting's cost "in accordance with the United Nations scale of assessment": the scale in force
 * when the meeting opens. Returns the scale whose period covers the opening year, a complete one before an
 * incomplete one; throws a ValidationError when none covers it (naming the scales held) or when several equally do
 * (naming them, so that the secretariat names one).
 */
export function chooseAssessmentScale<Scale extends ScalePeriod & { complete: boolean }>(options: {
  scales: readonly Scale[];
  meetingCode: string;
  opensOn: CalendarDate;
}): Scale {
  const { scales, meetingCode, opensOn } = options;
  const covering = scales.filter((scale) => scaleCoversMeeting({ scale, opensOn }));
  const candidates = covering.some((scale) => scale.complete) ? covering.filter((scale) => scale.complete) : covering;
  const [chosen, ...others] = candidates;
  if (chosen === undefined) {
    const held = scales.map((scale) => scale.name).sort();
    throw new ValidationError({
      issues: [
        {
          path: 'scale.inForce',
          message: `No scale of assessment held covers ${yearOf(opensOn)}, the year ${meetingCode} opens (${opensOn}); the scales held are ${held.length > 0 ? held.join(', ') : 'none'}. Import the scale in force, or name a scale and give the reason for applying it.`,
        },
      ],
    });
  }
  if (others.length > 0) {
    const names = candidates.map((scale) => scale.name).sort();
    throw new ValidationError({
      issues: [
        {
          path: 'scale.inForce',
          message: `${names.length} scales held cover ${yearOf(opensOn)}, the year ${meetingCode} opens: ${names.join(', ')}. Name the one to apply.`,
        },
      ],
    });
  }
  return chosen;
}

/** Where issueCostShares takes the reason for applying a named scale. */
const OVERRIDE_REASON_PATH = 'scale.named.overrideReason';

/**
 * A scale named for a meeting outside its period is applied only with a written reason (a conference decision, a
 * scale not yet adopted), which is then kept with the shares and printed on the notices. Returns the reason to
 * record: null when the scale covers the meeting, whose shares need none.
 */
export function assertScaleApplies(options: {
  scale: ScalePeriod;
  meetingCode: string;
  opensOn: CalendarDate;
  overrideReason: string | null;
}): string | null {
  const { scale, meetingCode, opensOn } = options;
  const reason = options.overrideReason?.trim() ?? '';
  const covers = scaleCoversMeeting({ scale, opensOn });
  if (covers && reason !== '') {
    throw new ValidationError({
      issues: [
        {
          path: OVERRIDE_REASON_PATH,
          message: `The scale ${scale.name} covers ${meetingCode} (opening ${opensOn}): a reason for applying it outside its period is not needed; leave it empty.`,
        },
      ],
    });
  }
  if (covers) return null;
  if (reason === '') {
    throw new ValidationError({
      issues: [
        {
          path: OVERRIDE_REASON_PATH,
          message: `The scale ${scale.name} covers the years ${scale.firstYear} to ${scale.lastYear}, but ${meetingCode} opens on ${opensOn}: use the scale in force that year, or give the reason for applying this one in overrideReason.`,
        },
      ],
    });
  }
  if (reason.length > SCALE_OVERRIDE_REASON_LENGTH) {
    throw new ValidationError({
      issues: [
        {
          path: OVERRIDE_REASON_PATH,
          message: `The reason for applying the scale must be at most ${SCALE_OVERRIDE_REASON_LENGTH} characters.`,
        },
      ],
    });
  }
  return reason;
}

/**
 * A scale marked incomplete may lack rates the UN has set: a payer it lacks would be listed as unassessed and pay
 * nothing, which is wrong. Issuing on such a scale is refused while any payer has no rate, naming each; when every
 * payer has one (from the scale or agreed), the shares are what the complete scale would give.
 */
export function assertScaleRatesEveryPayer(options: {
  scale: { name: string; complete: boolean };
  unratedPayers: readonly { code: string; name: string }[];
}): void {
  const { scale, unratedPayers } = options;
  if (scale.complete || unratedPayers.length === 0) return;
  const named = [...unratedPayers]
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((payer) => `${payer.name} (${payer.code})`);
  throw new ValidationError({
    issues: [
      {
        path: 'scale',
        message: `The scale ${scale.name} is marked incomplete and has no rate for ${named.length} of the States sharing the cost: ${named.join(', ')}. Import the complete scale, or give these States agreed rates.`,
      },
    ],
  });
}
