import type { z } from 'zod';
import { ValidationError, type ValidationIssue } from '../errors/domain-error.ts';

/** zod's issues as domain issues with dotted paths (`members.2.role`). */
export function toValidationIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** Every problem `schema` finds with `input`, none when it passes: what a form shows before anything is sent. */
export function inputIssues(options: { schema: z.ZodType; input: unknown }): ValidationIssue[] {
  const result = options.schema.safeParse(options.input);
  return result.success ? [] : toValidationIssues(result.error);
}

/** Parses `input` with `schema`, or throws a ValidationError carrying every problem found. */
export function parseInput<Schema extends z.ZodType>(options: { schema: Schema; input: unknown }): z.output<Schema> {
  const result = options.schema.safeParse(options.input);
  if (!result.success) throw new ValidationError({ issues: toValidationIssues(result.error) });
  return result.data;
}
