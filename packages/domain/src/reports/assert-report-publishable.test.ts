import { describe, expect, it } from 'vitest';
import { ConflictError } from '../errors/domain-error.ts';
import { assertReportPublishable } from './assert-report-publishable.ts';

describe('publishing a report', () => {
  it('publishes a received report once', () => {
    expect(() => assertReportPublishable({ published: false, receivedOn: '2024-02-10' })).not.toThrow();
    expect(() => assertReportPublishable({ published: true, receivedOn: '2024-02-10' })).toThrow(ConflictError);
    expect(() => assertReportPublishable({ published: true, receivedOn: '2024-02-10' })).toThrow(/already published/);
  });

  it('does not publish a report that has not been received', () => {
    expect(() => assertReportPublishable({ published: false, receivedOn: null })).toThrow(/not been received/);
  });
});
