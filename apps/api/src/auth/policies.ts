import type { Prisma } from '@plenary/db';
import { isAdmin, isSecretariat, viewerUser, type Context, type Viewer } from '../context.ts';
import { idFromGlobalId } from '../mutations/global-id.ts';

// Who may act on what a State owns, written once: GraphQL fields and mutations declare these rules in `authScopes`,
// and the HTTP document routes call the same functions. A record of no State (an organisation's delegation, an ID
// that names nothing) has no focal point: only the secretariat passes.

/** A STATE user acting for this State. */
export function isFocalPointOf(viewer: Viewer, stateId: string | null): boolean {
  const user = viewerUser(viewer);
  return user !== null && user.role === 'STATE' && stateId !== null && user.stateId === stateId;
}

/** The secretariat for every State; a State's focal points for their own (personal data, payments, credentials). */
export function isSecretariatOrFocalPointOf(viewer: Viewer, stateId: string | null): boolean {
  return isSecretariat(viewer) || isFocalPointOf(viewer, stateId);
}

// ---------------------------------------------------------------- scope loaders

/** What a rule reads of a record: the State it belongs to, which never changes, so one read serves the request. */
export interface OwnedByState {
  stateId: string | null;
}

const requestCaches = new WeakMap<Context, Map<string, Promise<OwnedByState | null>>>();

function cachedPerRequest(
  context: Context,
  key: string,
  load: () => Promise<OwnedByState | null>,
): Promise<OwnedByState | null> {
  let cache = requestCaches.get(context);
  if (!cache) {
    cache = new Map();
    requestCaches.set(context, cache);
  }
  let owner = cache.get(key);
  if (!owner) {
    owner = load();
    cache.set(key, owner);
  }
  return owner;
}

/** The database id inside a global ID of `typename`; null for anything else, which then names no record. */
function databaseIdOrNull(globalId: string | number, typename: string): string | null {
  try {
    return idFromGlobalId({ globalId: globalId, typename, path: 'id' });
  } catch {
    return null;
  }
}

/** The State of a delegation (null for an organisation's); null when there is no such delegation. */
export function delegationOf(context: Context, delegationId: string | null): Promise<OwnedByState | null> {
  if (delegationId === null) return Promise.resolve(null);
  return cachedPerRequest(context, `Delegation:${delegationId}`, async () => {
    const delegation = await context.prisma.delegation.findUnique({
      where: { id: delegationId },
      select: { invitation: { select: { stateId: true } } },
    });
    return delegation && { stateId: delegation.invitation.stateId };
  });
}

/** The State invited (null for an organisation); null when there is no such invitation. */
export function invitationOf(context: Context, invitationId: string | null): Promise<OwnedByState | null> {
  if (invitationId === null) return Promise.resolve(null);
  return cachedPerRequest(context, `Invitation:${invitationId}`, () =>
    context.prisma.invitation.findUnique({ where: { id: invitationId }, select: { stateId: true } }),
  );
}

/** The reporting State of an Article 7 report; null when there is no such report. */
export function reportOf(context: Context, reportId: string | null): Promise<OwnedByState | null> {
  if (reportId === null) return Promise.resolve(null);
  return cachedPerRequest(context, `TransparencyReport:${reportId}`, () =>
    context.prisma.transparencyReport.findUnique({ where: { id: reportId }, select: { stateId: true } }),
  );
}

/** A State named by ISO code or ID (null: a reference that names none); null when there is no such State. */
export function stateOf(context: Context, where: Prisma.StateWhereUniqueInput | null): Promise<OwnedByState | null> {
  if (where === null) return Promise.resolve(null);
  return cachedPerRequest(context, `State:${JSON.stringify(where)}`, async () => {
    const state = await context.prisma.state.findUnique({ where, select: { id: true } });
    return state && { stateId: state.id };
  });
}

// ---------------------------------------------------------------- rules on what a State owns

/**
 * The secretariat, or the focal point of the State behind a record that `load` reads. The secretariat passes
 * without the read; a caller who acts for no State fails without it.
 */
async function secretariatOrFocalPointOfOwner(
  context: Context,
  load: () => Promise<OwnedByState | null>,
): Promise<boolean> {
  if (isSecretariat(context.viewer)) return true;
  if (viewerUser(context.viewer)?.role !== 'STATE') return false;
  return isFocalPointOf(context.viewer, (await load())?.stateId ?? null);
}

/** Who registers a delegation for an invitation (`submitDelegation`). */
export function mayRegisterDelegation(context: Context, invitationGlobalId: string | number): Promise<boolean> {
  return secretariatOrFocalPointOfOwner(context, () =>
    invitationOf(context, databaseIdOrNull(invitationGlobalId, 'Invitation')),
  );
}

/** Who amends a delegation (`amendDelegation`). */
export function mayAmendDelegation(context: Context, delegationGlobalId: string | number): Promise<boolean> {
  return secretariatOrFocalPointOfOwner(context, () =>
    delegationOf(context, databaseIdOrNull(delegationGlobalId, 'Delegation')),
  );
}

/** Who reads every version of a delegation's list (`Delegation.changes`). */
export function mayReadDelegationHistory(context: Context, delegation: { id: string }): Promise<boolean> {
  return secretariatOrFocalPointOfOwner(context, () => delegationOf(context, delegation.id));
}

/** Who records a State's Article 7 report (`recordTransparencyReport`); `where` is null for a reference naming no State. */
export function mayRecordReportFor(context: Context, where: Prisma.StateWhereUniqueInput | null): Promise<boolean> {
  return secretariatOrFocalPointOfOwner(context, () => stateOf(context, where));
}

/** Who changes a report's forms (`updateReportForms`). */
export function mayUpdateReport(context: Context, reportGlobalId: string | number): Promise<boolean> {
  return secretariatOrFocalPointOfOwner(context, () =>
    reportOf(context, databaseIdOrNull(reportGlobalId, 'TransparencyReport')),
  );
}

// ---------------------------------------------------------------- documents (GraphQL fields and /documents alike)

/** Which list of participants a caller may have: the public one anyone, the official one (every delegate's contact data) the secretariat. */
export function mayReadListOfParticipants(viewer: Viewer, variant: 'PUBLIC' | 'OFFICIAL'): boolean {
  return variant === 'PUBLIC' || isSecretariat(viewer);
}

/** A State's assessment notice (its share, its payments): the secretariat and that State's focal points. */
export function mayReadAssessmentNotice(viewer: Viewer, share: { stateId: string }): boolean {
  return isSecretariatOrFocalPointOf(viewer, share.stateId);
}

/** The notes reminding States of overdue Article 7 reports, and their addressees: the secretariat. */
export function mayReadReportReminders(viewer: Viewer): boolean {
  return isSecretariat(viewer);
}

// ---------------------------------------------------------------- Article 7 reports

/** A report once published is everyone's; before, the secretariat's and the reporting State's (also through `node`). */
export function mayReadReport(viewer: Viewer, report: { published: boolean; stateId: string }): boolean {
  return report.published || isSecretariatOrFocalPointOf(viewer, report.stateId);
}

/** The reports `viewer` may read, as a condition on them: the same rule as mayReadReport, for lists. */
export function readableReports(viewer: Viewer): Prisma.TransparencyReportWhereInput {
  if (isSecretariat(viewer)) return {};
  const user = viewerUser(viewer);
  if (user?.role === 'STATE' && user.stateId) return { OR: [{ published: true }, { stateId: user.stateId }] };
  return { published: true };
}

/** Who records a due date other than the one computed from the Convention: the secretariat. */
export function mayRecordReportDueDate(viewer: Viewer): boolean {
  return isSecretariat(viewer);
}

/** Users read their own record; ADMINs read everyone's. */
export function mayReadUser(viewer: Viewer, user: { id: string }): boolean {
  return viewerUser(viewer)?.id === user.id || isAdmin(viewer);
}
