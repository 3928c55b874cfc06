import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';

// A mutation's resolver decodes its arguments, declares who may call it and calls a use case
// (src/use-cases/<area>/<verb-noun>.ts), which does the validation, the writes and the audit event: one place for
// each rule. This reads the source of every schema module and fails when a mutation resolver reaches the database,
// refuses its caller or checks its input itself: who may call a mutation is a named rule in src/auth/policies.ts,
// declared in its `authScopes` or checked by its use case. No database is read.

const SCHEMA_DIRECTORY = path.resolve(import.meta.dirname, '../src/schema');

/** A transaction client (`tx`, `transaction`), the Prisma client, or a transaction or raw SQL written by hand. */
const DATABASE_ACCESS = /\b(?:tx|transaction|prisma)\.|\$transaction|\$queryRaw|\$executeRaw/g;

/** A refusal written in the resolver rather than a rule of src/auth/policies.ts. */
const REFUSAL = /\bForbiddenError\b/g;

/** Input checked in the resolver rather than by its use case. */
const INPUT_CHECK = /\bparseInput\(/g;

/** The mutations that check their input before the use case, each with its reason. */
const INPUT_CHECKED_FIRST: Record<string, string> = {
  applyToObserve:
    'The public form: bad input is refused before the public rate limit is charged, so typing mistakes do not lock an address out.',
};

interface Allowed {
  mutation: string;
  /** The code allowed, exactly as written in the resolver. */
  code: string;
  reason: string;
}

const READ_BACK_WITH_SELECTION =
  "A prismaField: the new rows are read back with the selection Pothos asks for (`query`), which only the resolver has, in the use case's transaction, so that no read after the commit can fail a stored change.";

const ALLOWED: Allowed[] = [
  {
    mutation: 'sendReportReminder',
    code: 'tx.reportReminder.findUniqueOrThrow({ ...query',
    reason: READ_BACK_WITH_SELECTION,
  },
  {
    mutation: 'sendReportReminders',
    code: 'tx.reportReminder.findMany({',
    reason: READ_BACK_WITH_SELECTION,
  },
];

interface MutationResolver {
  mutation: string;
  file: string;
  /** The source of the field's resolvers (`resolve`, also those of its result's own fields). */
  code: string;
}

/** The schema modules, by their paths under src/schema. */
function schemaModules(): string[] {
  return readdirSync(SCHEMA_DIRECTORY, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
}

function resolversIn(field: ts.Node): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && node.name.getText() === 'resolve') found.push(node.initializer.getText());
    if (ts.isMethodDeclaration(node) && node.name.getText() === 'resolve' && node.body) found.push(node.body.getText());
    ts.forEachChild(node, visit);
  };
  visit(field);
  return found;
}

/** The mutations `builder.mutationField(name, ...)` and `builder.mutationFields((t) => ({ name: ... }))` define in `source`. */
function mutationResolvers(file: string, source: string): MutationResolver[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const mutations: MutationResolver[] = [];
  const add = (mutation: string, field: ts.Node) =>
    mutations.push({ mutation, file, code: resolversIn(field).join('\n') });
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.expression.getText() === 'builder'
    ) {
      const [first, second] = node.arguments;
      if (node.expression.name.text === 'mutationField' && first && second && ts.isStringLiteral(first))
        add(first.text, second);
      if (node.expression.name.text === 'mutationFields' && first && ts.isArrowFunction(first)) {
        let fields: ts.Node = first.body;
        while (ts.isParenthesizedExpression(fields)) fields = fields.expression;
        if (!ts.isObjectLiteralExpression(fields))
          throw new Error(`${file}: builder.mutationFields should answer an object literal of fields`);
        for (const property of fields.properties) {
          if (!ts.isPropertyAssignment(property))
            throw new Error(
              `${file}: ${property.getText().slice(0, 40)} is not a field of the form name: t.field(...)`,
            );
          add(property.name.getText(), property.initializer);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return mutations;
}

/** Each use of the database the allow-list does not name, as `mutation (file): code`. */
function databaseAccessIn(resolvers: readonly MutationResolver[]): string[] {
  return resolvers.flatMap(({ mutation, file, code }) => {
    const allowed = ALLOWED.filter((entry) => entry.mutation === mutation).reduce(
      (rest, entry) => rest.split(entry.code).join(''),
      code,
    );
    return [...allowed.matchAll(DATABASE_ACCESS)].map((match) => `${mutation} (${file}): ${match[0]}`);
  });
}

/** Each refusal a mutation resolver writes itself, as `mutation (file): ForbiddenError`. */
function refusalsIn(resolvers: readonly MutationResolver[]): string[] {
  return resolvers.flatMap(({ mutation, file, code }) =>
    [...code.matchAll(REFUSAL)].map((match) => `${mutation} (${file}): ${match[0]}`),
  );
}

/** Each input check a mutation resolver makes itself, as `mutation (file): parseInput(`. */
function inputChecksIn(resolvers: readonly MutationResolver[]): string[] {
  return resolvers
    .filter(({ mutation }) => INPUT_CHECKED_FIRST[mutation] === undefined)
    .flatMap(({ mutation, file, code }) =>
      [...code.matchAll(INPUT_CHECK)].map((match) => `${mutation} (${file}): ${match[0]}`),
    );
}

describe('mutation resolvers stay thin', () => {
  const resolvers = schemaModules().flatMap((file) =>
    mutationResolvers(file, readFileSync(path.join(SCHEMA_DIRECTORY, file), 'utf8')),
  );

  it('reads every mutation of the schema, and only those', () => {
    const inSchema = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
    expect(resolvers.map((resolver) => resolver.mutation).sort()).toEqual(inSchema);
  });

  it('leaves the database to the use cases: no mutation resolver uses tx., transaction., prisma. or $transaction itself', () => {
    expect(databaseAccessIn(resolvers)).toEqual([]);
  });

  it('leaves refusals to the rules of auth/policies.ts: no mutation resolver throws a ForbiddenError itself', () => {
    expect(refusalsIn(resolvers)).toEqual([]);
  });

  it('leaves checking the input to the use cases: no mutation resolver calls parseInput but those named, with why', () => {
    expect(inputChecksIn(resolvers)).toEqual([]);
    for (const [mutation, reason] of Object.entries(INPUT_CHECKED_FIRST)) {
      expect(reason).not.toBe('');
      expect(resolvers.find((resolver) => resolver.mutation === mutation)?.code, mutation).toMatch(INPUT_CHECK);
    }
  });

  it('allows only what is still written, each with its reason', () => {
    for (const entry of ALLOWED) {
      expect(entry.reason).not.toBe('');
      expect(resolvers.find((resolver) => resolver.mutation === entry.mutation)?.code, entry.mutation).toContain(
        entry.code,
      );
    }
  });

  it('notices a resolver that writes through its transaction or the Prisma client', () => {
    const source = `
      builder.mutationField('closeMeeting', (t) => t.field({ resolve: (_parent, args, context) => context.prisma.$transaction([]) }));
      builder.mutationFields((t) => ({
        renameState: t.field({ resolve: (_parent, args, context) => runInTransaction(context, (transaction) => transaction.state.update(args)) }),
        noteState: t.field({ async resolve(_parent, args, context) { return runInTransaction(context, (tx) => tx.state.update(args)); } }),
        thinState: t.field({ resolve: (_parent, args, context) => runInTransaction(context, (tx) => renameState({ tx, actor: context, now: context.now(), input: args })) }),
      }));`;
    expect(databaseAccessIn(mutationResolvers('example.ts', source))).toEqual([
      'closeMeeting (example.ts): prisma.',
      'closeMeeting (example.ts): $transaction',
      'renameState (example.ts): transaction.',
      'noteState (example.ts): tx.',
    ]);
  });

  it('notices a resolver that refuses its caller itself', () => {
    const source = `
      builder.mutationField('recordReport', (t) => t.field({ resolve: (_parent, args, context) => {
        if (args.dueOn && !mayRecordReportDueDate(context.viewer)) throw new ForbiddenError({ message: 'No.' });
        return runInTransaction(context, (tx) => recordReport({ tx, actor: context, now: context.now(), input: args }));
      } }));`;
    expect(refusalsIn(mutationResolvers('example.ts', source))).toEqual(['recordReport (example.ts): ForbiddenError']);
  });

  it('notices a resolver that checks its input itself', () => {
    const source = `
      builder.mutationField('recordPayment', (t) => t.field({ resolve: (_parent, args, context) => {
        const input = parseInput({ schema: paymentInputSchema, input: args.input });
        return runInTransaction(context, (tx) => recordPayment({ tx, actor: context, now: context.now(), input }));
      } }));`;
    expect(inputChecksIn(mutationResolvers('example.ts', source))).toEqual(['recordPayment (example.ts): parseInput(']);
  });
});
