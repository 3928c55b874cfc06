import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { describeError } from '../components/status.tsx';
import { ActionFailure, type ActionProblem } from './action.ts';

/**
 * A form's action: runs it, refreshes the queries it changes, and keeps the problem to show (the API's
 * ValidationError issues per field, a refusal's message, or a failed request in words).
 */
export function useAction<Input, Output>(run: (input: Input) => Promise<Output>, options: { invalidate?: readonly QueryKey[]; onSuccess?: (output: Output) => void } = {}) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: run,
    onSuccess: async (output) => {
      await Promise.all((options.invalidate ?? []).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      options.onSuccess?.(output);
    },
  });
  const problem: ActionProblem | null = mutation.error
    ? mutation.error instanceof ActionFailure
      ? mutation.error.problem
      : { message: describeError(mutation.error), issues: [] }
    : null;
  return { run: mutation.mutate, pending: mutation.isPending, problem, succeeded: mutation.isSuccess, result: mutation.data, reset: mutation.reset };
}
