import { fromCalendarDate, type Delegation } from '@plenary/db';
import { ConflictError, credentialsRequired } from '@plenary/domain';
import { credentialsInputSchema } from '@plenary/domain/inputs/delegation-input';
import { parseInput } from '@plenary/domain/inputs/parse-input';
import { recordAudit, type AuditActor, type TransactionClient } from '../../mutations/audit.ts';
import { notFound } from '../../mutations/global-id.ts';
import { plainInput } from '../../mutations/plain-input.ts';

export interface RecordCredentialsInput {
  delegationId: string;
  /** The delegation's ID as the caller gave it, named in a NotFoundError. */
  delegationKey: string;
  /** The CredentialsInput as sent, unchecked. */
  credentials: unknown;
}

/** Records the credentials received for a State Party's delegation, replacing any recorded before; one audit event. */
export async function recordCredentials(options: {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  input: RecordCredentialsInput;
}): Promise<Delegation> {
  const { tx, actor, now, input } = options;
  const { delegationId } = input;
  const credentialsInput = parseInput({ schema: credentialsInputSchema, input: plainInput(input.credentials) });
  const delegation = await tx.delegation.findUnique({
    where: { id: delegationId },
    include: { invitation: true, credentials: true },
  });
  if (!delegation) throw notFound('Delegation', input.delegationKey);
  const { capacity } = delegation.invitation;
  // credentialsInputSchema has checked them with validateCredentials; they are only examined for States Parties.
  if (!credentialsRequired({ capacity })) {
    throw new ConflictError({
      message: `Credentials are examined for the delegations of States Parties only; this delegation attends as ${capacity}.`,
    });
  }
  const data = {
    issuingAuthority: credentialsInput.issuingAuthority,
    authorisedBy: credentialsInput.authorisedBy ?? null,
    documentKind: credentialsInput.documentKind,
    receivedOn: fromCalendarDate(credentialsInput.receivedDate),
    status: credentialsInput.status,
  };
  const credentials = await tx.credentials.upsert({
    where: { delegationId },
    create: { delegationId, ...data },
    update: data,
  });
  await recordAudit({
    tx,
    actor,
    now,
    entry: {
      action: 'delegation.recordCredentials',
      entityType: 'Credentials',
      entityId: credentials.id,
      before: delegation.credentials,
      after: credentials,
    },
  });
  const { invitation: _invitation, credentials: _credentials, ...row } = delegation;
  return row;
}
