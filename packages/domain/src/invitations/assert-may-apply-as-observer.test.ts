import { describe, expect, it } from 'vitest';
import { ConflictError } from '../errors/domain-error.ts';
import { assertMayApplyAsObserver } from './assert-may-apply-as-observer.ts';

const application = {
  organisationName: 'Organization of American States',
  meetingStatus: 'CONVENED',
  observesAsOfRight: false,
  existingInvitation: null,
} as const;

describe('who may apply to observe a meeting (rule 1.3)', () => {
  it('takes a first application from an organisation that does not observe as of right', () => {
    expect(() => assertMayApplyAsObserver(application)).not.toThrow();
    expect(() => assertMayApplyAsObserver({ ...application, meetingStatus: 'DRAFT' })).not.toThrow();
  });

  it('refuses an organisation of right: it observes without applying (rule 1.2)', () => {
    expect(() =>
      assertMayApplyAsObserver({ ...application, organisationName: 'ICRC', observesAsOfRight: true }),
    ).toThrow('as of right');
    expect(() =>
      assertMayApplyAsObserver({ ...application, existingInvitation: { capacity: 'ORGANISATION_OF_RIGHT' } }),
    ).toThrow(ConflictError);
  });

  it('refuses a second application, whatever became of the first', () => {
    expect(() =>
      assertMayApplyAsObserver({ ...application, existingInvitation: { capacity: 'ORGANISATION_ON_REQUEST' } }),
    ).toThrow('already applied');
  });

  it('takes no applications for a meeting closed or cancelled', () => {
    expect(() => assertMayApplyAsObserver({ ...application, meetingStatus: 'CLOSED' })).toThrow(ConflictError);
    expect(() => assertMayApplyAsObserver({ ...application, meetingStatus: 'CANCELLED' })).toThrow(
      'no more applications',
    );
  });
});
