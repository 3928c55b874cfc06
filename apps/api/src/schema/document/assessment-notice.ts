import { documentLanguageOf, renderAssessmentNotice } from '@plenary/domain';
import { dataloaderGetter } from '@pothos/plugin-dataloader';
import { builder, MAX_PAGE_SIZE } from '../../builder.ts';
import { mayReadPaymentReferences } from '../../auth/contribution-rules.ts';
import { mayReadAssessmentNotice } from '../../auth/policies.ts';
import type { Context } from '../../context.ts';
import { ASSESSMENT_NOTICE_INCLUDE, assessmentNoticeDataOf } from '../../documents/document-data.ts';
import { paymentKey, paymentsTowards, type PaymentTowards } from '../../costs/payments-towards.ts';
import { LanguageEnum } from '../enums.ts';
import { DOCUMENT_LANGUAGE_DESCRIPTION } from '../shared-descriptions.ts';
import { LetterFormatEnum, RENDERED_DOCUMENT_EXTENSIONS, RenderedDocumentRef } from './type.ts';

// The payments behind assessment notices, for every share asked for in one request: one query per page's worth, so
// no statement grows with a higher cost limit.
const paymentsForNotices = dataloaderGetter<string, PaymentTowards[], string>(
  { maxBatchSize: MAX_PAGE_SIZE },
  async (keys, context) => {
    const pairs = keys.map((key) => {
      const [meetingId = '', stateId = ''] = key.split('|');
      return { meetingId, stateId };
    });
    const byPair = await paymentsTowards((context as Context).prisma, {
      meetingIds: pairs.map((pair) => pair.meetingId),
      stateIds: pairs.map((pair) => pair.stateId),
    });
    return keys.map((key) => byPair.get(key) ?? []);
  },
  undefined,
  false,
);

builder.prismaObjectField('CostShare', 'assessmentNotice', (t) =>
  t.field({
    type: RenderedDocumentRef,
    extensions: RENDERED_DOCUMENT_EXTENSIONS,
    nullable: true,
    description:
      "The State's assessment notice for the meeting: scale, UN rate, adjusted share, amount, payments and balance. For the secretariat and the State's focal points. " +
      'For a PDF, GET /documents/cost-shares/{id}/assessment-notice.pdf.',
    authScopes: (share, _args, context) => mayReadAssessmentNotice(context.viewer, share),
    args: {
      format: t.arg({
        description: 'The format to render in (default: plain text).',
        type: LetterFormatEnum,
        defaultValue: 'TEXT',
      }),
      language: t.arg({ type: LanguageEnum, defaultValue: 'EN', description: DOCUMENT_LANGUAGE_DESCRIPTION }),
    },
    select: { ...ASSESSMENT_NOTICE_INCLUDE },
    resolve: async (share, args, context) => {
      const language = documentLanguageOf({ language: args.language ?? 'EN', path: 'language' });
      const payments = await paymentsForNotices(context).load(
        paymentKey({ meetingId: share.issue.meetingId, stateId: share.stateId }),
      );
      const notice = assessmentNoticeDataOf(share, payments, {
        withPaymentReferences: mayReadPaymentReferences(context.viewer),
      });
      return renderAssessmentNotice({ notice, language, format: args.format ?? 'TEXT' });
    },
  }),
);
