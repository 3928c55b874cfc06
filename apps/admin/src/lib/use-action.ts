import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '../components/status.tsx';
import { ActionFailure, validationProblem, type ActionProblem, type ValidationIssue } from './action.ts';

interface ActionOptions<Input, Output> {
  /**
   * Checks the input before anything is sent, with the domain's own schemas (see `inputIssues`): when it finds
   * issues the form shows them next to its fields and no request is made, so a value GraphQL cannot take (an empty
   * date, "12,345.67" as an amount) never reaches it.
   */
  validate?: (input: Input) => readonly ValidationIssue[];
  invalidate?: readonly QueryKey[];
  onSuccess?: (output: Output) => void;
}

/**
 * A form's action: checks its input, runs it, refreshes the queries it changes, and keeps the problem to show (the
 * browser's or the API's ValidationError issues per field, a refusal's message, or a failed request in words).
 */
export function useAction<Input, Output>(
  run: (input: Input) => Promise<Output>,
  options: ActionOptions<Input, Output> = {},
) {
  const queryClient = useQueryClient();
  const [refused, setRefused] = useState<ActionProblem | null>(null);
  const mutation = useMutation({
    mutationFn: run,
    onSuccess: async (output) => {
      await Promise.all((options.invalidate ?? []).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      options.onSuccess?.(output);
    },
  });
  const submit = (input: Input) => {
    const issues = options.validate?.(input) ?? [];
    if (issues.length > 0) {
      mutation.reset();
      setRefused(validationProblem(issues));
      return;
    }
    setRefused(null);
    mutation.mutate(input);
  };
  const problem: ActionProblem | null =
    refused ??
    (mutation.error
      ? mutation.error instanceof ActionFailure
        ? mutation.error.problem
        : { message: describeError(mutation.error), issues: [] }
      : null);
  const reset = () => {
    setRefused(null);
    mutation.reset();
  };
  return {
    run: submit,
    pending: mutation.isPending,
    problem,
    succeeded: mutation.isSuccess,
    result: mutation.data,
    reset,
  };
}
