import { encodeGlobalID } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import type { Context, SignedInUser, Viewer } from '../context.ts';
import {
  isSecretariatOrFocalPointOf,
  mayAmendDelegation,
  mayReadAssessmentNotice,
  mayReadDelegationHistory,
  mayReadListOfParticipants,
  mayReadReport,
  mayReadUser,
  mayRecordReportDueDate,
  mayUpdateReport,
  readableReports,
} from './policies.ts';

const NORWAY = '6f1c2b9e-0d4a-4e8b-9a51-2f3c4d5e6a7b';
const SWEDEN = '0b7e8c1d-2f3a-4b5c-8d6e-7f8091a2b3c4';
const DELEGATION = '3a4b5c6d-7e8f-4091-a2b3-c4d5e6f70819';

function userOf(role: SignedInUser['role'], stateId: string | null = null): Viewer {
  return { kind: 'user', user: { id: 'u', email: 'u@plenary.test', name: 'U', role, stateId, sessionId: 's' } };
}

/** A request's context whose database holds one delegation, Norway's, and counts the reads of it. */
function requestAs(viewer: Viewer) {
  const reads: string[] = [];
  const prisma = {
    delegation: {
      findUnique: ({ where }: { where: { id: string } }) => {
        reads.push(where.id);
        return Promise.resolve(where.id === DELEGATION ? { invitation: { stateId: NORWAY } } : null);
      },
    },
  };
  return { context: { viewer, prisma } as unknown as Context, reads };
}

describe('the secretariat, or the focal point of the State behind a record', () => {
  it('admits the secretariat and that State’s focal points, and no one for a record of no State', () => {
    expect(isSecretariatOrFocalPointOf(userOf('SECRETARIAT'), null)).toBe(true);
    expect(isSecretariatOrFocalPointOf(userOf('STATE', NORWAY), NORWAY)).toBe(true);
    expect(isSecretariatOrFocalPointOf(userOf('STATE', SWEDEN), NORWAY)).toBe(false);
    expect(isSecretariatOrFocalPointOf(userOf('STATE', NORWAY), null)).toBe(false);
    expect(isSecretariatOrFocalPointOf({ kind: 'anonymous' }, NORWAY)).toBe(false);
  });

  it('lets Norway’s focal point amend Norway’s delegation, and not Sweden’s', async () => {
    expect(
      await mayAmendDelegation(requestAs(userOf('STATE', NORWAY)).context, encodeGlobalID('Delegation', DELEGATION)),
    ).toBe(true);
    expect(
      await mayAmendDelegation(requestAs(userOf('STATE', SWEDEN)).context, encodeGlobalID('Delegation', DELEGATION)),
    ).toBe(false);
  });

  it('reads the State behind a delegation once per request, however many rules ask', async () => {
    const { context, reads } = requestAs(userOf('STATE', NORWAY));
    expect(await mayAmendDelegation(context, encodeGlobalID('Delegation', DELEGATION))).toBe(true);
    expect(await mayReadDelegationHistory(context, { id: DELEGATION })).toBe(true);
    expect(reads).toEqual([DELEGATION]);
    expect(await mayReadDelegationHistory(requestAs(userOf('STATE', NORWAY)).context, { id: DELEGATION })).toBe(true);
  });

  it('reads nothing for the secretariat, nor for callers who act for no State', async () => {
    for (const viewer of [userOf('SECRETARIAT'), userOf('ADMIN'), { kind: 'anonymous' } as const]) {
      const { context, reads } = requestAs(viewer);
      await mayAmendDelegation(context, encodeGlobalID('Delegation', DELEGATION));
      expect(reads).toEqual([]);
    }
  });

  it('refuses a focal point an ID of another type or of nothing, without reading', async () => {
    const { context, reads } = requestAs(userOf('STATE', NORWAY));
    expect(await mayAmendDelegation(context, encodeGlobalID('Invitation', DELEGATION))).toBe(false);
    expect(await mayUpdateReport(context, 'not an ID')).toBe(false);
    expect(reads).toEqual([]);
  });
});

describe('the documents', () => {
  it('give the public list of participants to anyone and the official one, with contact data, to the secretariat only', () => {
    expect(mayReadListOfParticipants({ kind: 'anonymous' }, 'PUBLIC')).toBe(true);
    expect(mayReadListOfParticipants({ kind: 'anonymous' }, 'OFFICIAL')).toBe(false);
    expect(mayReadListOfParticipants(userOf('STATE', NORWAY), 'OFFICIAL')).toBe(false);
    expect(mayReadListOfParticipants(userOf('SECRETARIAT'), 'OFFICIAL')).toBe(true);
  });

  it('give a State’s assessment notice to the secretariat and that State only', () => {
    expect(mayReadAssessmentNotice(userOf('ADMIN'), { stateId: NORWAY })).toBe(true);
    expect(mayReadAssessmentNotice(userOf('STATE', NORWAY), { stateId: NORWAY })).toBe(true);
    expect(mayReadAssessmentNotice(userOf('STATE', SWEDEN), { stateId: NORWAY })).toBe(false);
  });
});

describe('Article 7 reports', () => {
  it('show a draft to the secretariat and the reporting State, and a published report to everyone', () => {
    const draft = { published: false, stateId: NORWAY };
    expect(mayReadReport(userOf('SECRETARIAT'), draft)).toBe(true);
    expect(mayReadReport(userOf('STATE', NORWAY), draft)).toBe(true);
    expect(mayReadReport(userOf('STATE', SWEDEN), draft)).toBe(false);
    expect(mayReadReport({ kind: 'anonymous' }, draft)).toBe(false);
    expect(mayReadReport({ kind: 'anonymous' }, { ...draft, published: true })).toBe(true);
  });

  it('list, for each caller, what the rule lets them read', () => {
    expect(readableReports(userOf('ADMIN'))).toEqual({});
    expect(readableReports(userOf('STATE', NORWAY))).toEqual({ OR: [{ published: true }, { stateId: NORWAY }] });
    expect(readableReports({ kind: 'anonymous' })).toEqual({ published: true });
  });

  it('let only the secretariat record a due date other than the one computed from the Convention', () => {
    expect(mayRecordReportDueDate(userOf('SECRETARIAT'))).toBe(true);
    expect(mayRecordReportDueDate(userOf('ADMIN'))).toBe(true);
    expect(mayRecordReportDueDate(userOf('STATE', NORWAY))).toBe(false);
    expect(mayRecordReportDueDate({ kind: 'anonymous' })).toBe(false);
  });
});

describe('a user record', () => {
  it('is read by its own user and by ADMINs, by no one else', () => {
    const self = { id: 'u' };
    expect(mayReadUser(userOf('STATE', NORWAY), self)).toBe(true);
    expect(mayReadUser(userOf('SECRETARIAT'), { id: 'someone else' })).toBe(false);
    expect(mayReadUser(userOf('ADMIN'), { id: 'someone else' })).toBe(true);
    expect(mayReadUser({ kind: 'anonymous' }, self)).toBe(false);
  });
});
