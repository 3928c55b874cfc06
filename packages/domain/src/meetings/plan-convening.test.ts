import { describe, expect, it } from 'vitest';
import { ConflictError, InvalidTransitionError, ValidationError } from '../errors/domain-error.ts';
import { planConvening } from './plan-convening.ts';

const eleventhMeeting = {
  opensOn: '2023-09-11',
  convenedOn: null,
  noteDate: '2023-03-21',
  requestedDate: null,
  today: '2023-03-01',
} as const;

describe('planning the convening of a meeting', () => {
  it('convenes a draft on the date asked for, else on the date of its note verbale, else today', () => {
    expect(planConvening({ ...eleventhMeeting, status: 'DRAFT', requestedDate: '2023-03-20' })).toEqual({
      action: 'CONVENE',
      conveningDate: '2023-03-20',
    });
    expect(planConvening({ ...eleventhMeeting, status: 'DRAFT' })).toEqual({
      action: 'CONVENE',
      conveningDate: '2023-03-21',
    });
    expect(planConvening({ ...eleventhMeeting, status: 'DRAFT', noteDate: null })).toEqual({
      action: 'CONVENE',
      conveningDate: '2023-03-01',
    });
  });

  it('does nothing more for a meeting already convened on that date', () => {
    const convened = { ...eleventhMeeting, status: 'CONVENED', convenedOn: '2023-03-21' } as const;
    expect(planConvening(convened)).toEqual({ action: 'ALREADY_CONVENED', conveningDate: '2023-03-21' });
    expect(planConvening({ ...convened, requestedDate: '2023-03-21' })).toEqual({
      action: 'ALREADY_CONVENED',
      conveningDate: '2023-03-21',
    });
  });

  it('refuses to convene again on another date', () => {
    expect(() =>
      planConvening({ ...eleventhMeeting, status: 'CONVENED', convenedOn: '2023-03-21', requestedDate: '2023-04-01' }),
    ).toThrow(ConflictError);
  });

  it('refuses a convening date after the opening day', () => {
    expect(() => planConvening({ ...eleventhMeeting, status: 'DRAFT', requestedDate: '2023-09-12' })).toThrow(
      ValidationError,
    );
  });

  it('cannot convene a meeting in session, closed or cancelled', () => {
    expect(() => planConvening({ ...eleventhMeeting, status: 'CLOSED' })).toThrow(InvalidTransitionError);
    expect(() => planConvening({ ...eleventhMeeting, status: 'CANCELLED' })).toThrow('Allowed from CANCELLED: none');
  });
});
