import { ValidationError } from '@plenary/domain';
import { builder } from '../builder.ts';
import { idFromGlobalId } from '../mutations/global-id.ts';
import type { AssessmentScaleChoice } from '../use-cases/costs/issue-cost-shares.ts';
import { globalIdDescription } from './shared-descriptions.ts';

const AssessmentScaleRefInput = builder.inputType('AssessmentScaleRefInput', {
  isOneOf: true,
  description:
    'A scale of assessment, named by exactly one of its name (`{ name: "2022-2024" }`) or its global ID (`{ id: "..." }`). Giving both or neither is refused with BAD_USER_INPUT.',
  fields: (t) => ({
    name: t.string({ description: 'The name of the scale, e.g. "2022-2024".' }),
    id: t.id({ description: globalIdDescription('AssessmentScale') }),
  }),
});

const NamedAssessmentScaleInput = builder.inputType('NamedAssessmentScaleInput', {
  description:
    'A scale the secretariat names, and why it applies when its period does not cover the year the meeting opens.',
  fields: (t) => ({
    scale: t.field({ type: AssessmentScaleRefInput, required: true, description: 'The scale to apply.' }),
    overrideReason: t.string({
      description:
        'Required when the scale’s period does not cover the year the meeting opens, and refused when it does: why it is applied all the same (e.g. a decision of the Meeting). Recorded in the audit trail, kept with the issue (`CostShareIssue.scaleOverrideReason`) and printed on the assessment notices.',
    }),
  }),
});

export const AssessmentScaleChoiceInput = builder.inputType('AssessmentScaleChoiceInput', {
  isOneOf: true,
  description:
    'Which scale of assessment the shares are worked out on, exactly one of: `{ inForce: true }`, the scale whose period covers the year the meeting opens (Art. 14(1)); or `{ named: { scale: { name: "2022-2024" } } }`, a scale the secretariat names. Giving both or neither is refused with BAD_USER_INPUT.',
  fields: (t) => ({
    inForce: t.boolean({ description: 'Only `true`: the scale whose period covers the year the meeting opens.' }),
    named: t.field({
      type: NamedAssessmentScaleInput,
      description: 'A scale named by the secretariat, with the reason for applying it outside its period.',
    }),
  }),
});

/** The choice as the use case takes it; `inForce: false`, which @oneOf lets through, names no scale and is refused. */
export function assessmentScaleChoiceOf(
  input: {
    inForce?: boolean | null;
    named?: { scale: { name?: string | null; id?: string | number | null }; overrideReason?: string | null } | null;
  },
  path: string,
): AssessmentScaleChoice {
  const { named } = input;
  if (named == null) {
    if (input.inForce !== true) {
      throw new ValidationError({
        issues: [
          {
            path: `${path}.inForce`,
            message: 'Give inForce: true for the scale in force when the meeting opens, or name a scale in named.',
          },
        ],
      });
    }
    return { inForce: true };
  }
  const scale =
    named.scale.id == null
      ? { name: (named.scale.name ?? '').trim() }
      : {
          id: idFromGlobalId({ globalId: named.scale.id, typename: 'AssessmentScale', path: `${path}.named.scale.id` }),
        };
  return { named: scale, overrideReason: named.overrideReason ?? null };
}
