import { ORGANISATION_KINDS } from '@plenary/domain';
import { publicObserverApplicationInputSchema } from '@plenary/domain/inputs/meeting-record-input';
import { parseInput } from '@plenary/domain/inputs/parse-input';
import { builder } from '../builder.ts';
import { globalIdDescription, MUTATION_DATA_DESCRIPTION, MUTATION_INPUT_DESCRIPTION } from './shared-descriptions.ts';
import { idFromGlobalId } from '../mutations/global-id.ts';
import { runInTransaction } from '../mutations/run-in-transaction.ts';
import { applyToObserve } from '../use-cases/observer-applications/apply-to-observe.ts';
import { MUTATION_ERRORS } from './errors.ts';

// Rule 1.3, as meeting sites take it: an organisation applies without an account; the secretariat decides.

interface ApplicationReceipt {
  receivedAt: Date;
}

const ObserverApplicationReceiptRef = builder.objectRef<ApplicationReceipt>('ObserverApplicationReceipt').implement({
  description:
    'That an application to observe was received; nothing of the application or of the organisation’s record is sent back.',
  fields: (t) => ({
    receivedAt: t.expose('receivedAt', { description: 'When the application was received (UTC).', type: 'DateTime' }),
  }),
});

const PublicObserverApplicationInput = builder.inputType('PublicObserverApplicationInput', {
  description: 'An organisation applying to observe, and whom the secretariat answers.',
  fields: (t) => ({
    organisationName: t.string({ description: "The organisation's full name in English.", required: true }),
    acronym: t.string({
      required: true,
      description: 'An organisation already known by this acronym is the one that applies; its record is not changed.',
    }),
    // organisation.ts keeps its OrganisationKind enum to itself; the domain schema checks the value.
    kind: t.string({ required: true, description: `One of: ${ORGANISATION_KINDS.join(', ')}.` }),
    website: t.string({ description: "The organisation's website, an absolute http(s) URL." }),
    contactName: t.string({ required: true, description: 'The person the secretariat answers.' }),
    contactEmail: t.string({ description: 'The e-mail address the secretariat answers at.', required: true }),
    motivation: t.string({ required: true, description: 'Why the organisation asks to observe.' }),
  }),
});

builder.mutationField('applyToObserve', (t) =>
  t.field({
    type: ObserverApplicationReceiptRef,
    description:
      'An organisation asks to observe a meeting without an account (rule 1.3). The application is REQUESTED until the secretariat decides, and ' +
      'answered by e-mail. Limited per address (PLENARY_RATE_LIMIT_PUBLIC_APPLICATIONS); input that is not valid is not counted.',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'receipt', description: MUTATION_DATA_DESCRIPTION } },
    args: {
      meetingId: t.arg.id({ description: globalIdDescription('Meeting'), required: true }),
      input: t.arg({ description: MUTATION_INPUT_DESCRIPTION, type: PublicObserverApplicationInput, required: true }),
    },
    resolve: async (_parent, args, context) => {
      const input = parseInput({
        schema: publicObserverApplicationInputSchema,
        input: { ...args.input, website: args.input.website ?? undefined },
      });
      const meetingId = idFromGlobalId({ globalId: args.meetingId, typename: 'Meeting', path: 'meetingId' });
      await context.publicApplicationGuard?.consume();
      return runInTransaction(context, (tx) =>
        applyToObserve({ tx, actor: context, now: context.now(), input: { ...input, meetingId } }),
      );
    },
  }),
);
