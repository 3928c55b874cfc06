import {
  Kind,
  OperationTypeNode,
  parse,
  valueFromASTUntyped,
  type DocumentNode,
  type OperationDefinitionNode,
} from 'graphql';
import type { SentOperation } from './errors.ts';

const IDEMPOTENCY_KEY_ARGUMENT = 'idempotencyKey';

const parsedTexts = new Map<string, DocumentNode | null>();

/** The SDK's own documents are text: parsed once each, only to tell a mutation and its idempotency keys. */
function parsedText(text: string): DocumentNode | null {
  if (!parsedTexts.has(text)) {
    let document: DocumentNode | null;
    try {
      document = parse(text);
    } catch {
      // The server will refuse it with a GraphQL error, which is never retried.
      document = null;
    }
    parsedTexts.set(text, document);
  }
  return parsedTexts.get(text) ?? null;
}

/**
 * A mutation is idempotent when each of its fields carries an `idempotencyKey` (as a string or a variable holding
 * one); a field behind a fragment is not looked into, so a mutation written that way counts as not idempotent.
 */
function isIdempotent(operation: OperationDefinitionNode, variables: Record<string, unknown>): boolean {
  return operation.selectionSet.selections.every((selection) => {
    if (selection.kind !== Kind.FIELD) return false;
    if (selection.name.value === '__typename') return true;
    const key = selection.arguments?.find((argument) => argument.name.value === IDEMPOTENCY_KEY_ARGUMENT);
    return key !== undefined && typeof valueFromASTUntyped(key.value, variables) === 'string';
  });
}

/** What a request carries: the document's operation (the SDK sends no operationName, so its only one). */
export function sentOperation(options: {
  document: DocumentNode | null;
  text: string;
  variables: Record<string, unknown> | undefined;
}): SentOperation {
  const document = options.document ?? parsedText(options.text);
  const operation = document?.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  // Unknown: treated as a mutation without a key, never sent twice after a 503.
  if (!operation) return { type: 'mutation', idempotent: false };
  return {
    type: operation.operation,
    idempotent: operation.operation === OperationTypeNode.MUTATION && isIdempotent(operation, options.variables ?? {}),
  };
}
