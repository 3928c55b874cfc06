// pdfmake ships no types; the domain declares the part it uses (an ambient module, which no import can bring in),
// and its PDF entry point needs that declaration when compiled as part of the API.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../../../../packages/domain/src/documents/pdf/pdfmake.d.ts" />
import { isDatabaseUnavailable, toCalendarDate, type PrismaClient } from '@plenary/db';
import {
  DEFAULT_CONVENTION_CODE,
  DomainError,
  ForbiddenError,
  isCalendarDate,
  NotFoundError,
  renderAssessmentNotice,
  renderConveningNote,
  renderListOfParticipants,
  renderReminderAddressees,
  renderStatusOfContributionsCsv,
  ValidationError,
  type DocumentLanguage,
  type ListOfParticipantsVariant,
  type RenderedDocument,
} from '@plenary/domain';
import { renderPdf } from '@plenary/domain/pdf';
import { Router, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { mayReadPaymentReferences } from '../auth/contribution-rules.ts';
import { mayReadAssessmentNotice, mayReadListOfParticipants, mayReadReportReminders } from '../auth/policies.ts';
import type { Viewer } from '../context.ts';
import { databaseIdOf } from '../mutations/global-id.ts';
import {
  ASSESSMENT_NOTICE_INCLUDE,
  assessmentNoticeDataOf,
  CONVENING_NOTE_INCLUDE,
  conveningNoteDataOf,
  meetingDataOf,
  loadReportReminderData,
  participantsOf,
  PARTICIPANTS_INCLUDE,
} from '../documents/document-data.ts';
import { paymentKey, paymentsTowards } from '../costs/payments-towards.ts';
import { DATABASE_UNAVAILABLE_MESSAGE, markDatabaseUnavailable } from '../errors/database-unavailable.ts';
import {
  loadContributionsStatus,
  statusOfContributionsDataOf,
} from '../use-cases/contributions/load-contributions-status.ts';
import { viewerOfRequest } from './request-guard.ts';

// Download routes for the rendered documents, with the same authorisation as the GraphQL fields that show them:
//   GET /documents/meetings/:code/convening-note.(pdf|html|txt)?language=EN|FR&convention=CCM     public
//   GET /documents/meetings/:code/participants.(csv|html|txt|pdf)?variant=public|official&language   official: secretariat
//   GET /documents/cost-shares/:id/assessment-notice.(pdf|html|txt)?language                      secretariat, the State's focal points
//   GET /documents/report-reminders/:date.(pdf|csv)?language                                    secretariat
//   GET /documents/contributions/status.(csv|pdf)?asOf=YYYY-MM-DD&language&convention               public (auth/contribution-rules.ts)
// Credentials as for /graphql (`Authorization: Bearer <session>` or `X-API-Key`), checked by the same request guard
// with the same rate limits. Refusals are short plain text: 400 bad parameter, 401 not signed in (or bad credentials),
// 403 signed in without the right, 404 nothing there, 422 the data is incomplete for this document (the message names
// what is missing), 429 too many requests, 503 the database is unavailable (both with Retry-After).

/** Mount `requestGuard` on `/documents` first: it settles who is asking. */
export interface DocumentsRouterOptions {
  prisma: PrismaClient;
  logger?: Logger;
  /** Today, for documents that default to it (the status of contributions). */
  now?: () => Date;
}

type Extension = 'pdf' | 'html' | 'txt' | 'csv';

const LANGUAGES: readonly DocumentLanguage[] = ['EN', 'FR'];

class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** "convening-note.pdf" -> "pdf" when the base name matches and the extension is allowed, else a 404. */
function extensionOf(file: string, base: string, allowed: readonly Extension[]): Extension {
  const match = new RegExp(`^${base}\\.([a-z]+)$`).exec(file);
  const extension = match?.[1] as Extension | undefined;
  if (!extension || !allowed.includes(extension))
    throw new HttpRefusal(
      404,
      `No such document: ${file}. Ask for ${allowed.map((ext) => `${base}.${ext}`).join(', ')}.`,
    );
  return extension;
}

function queryParameter(request: Request, name: string): string | undefined {
  const value = request.query[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function languageOf(request: Request): DocumentLanguage {
  const value = (queryParameter(request, 'language') ?? 'EN').toUpperCase();
  if (!LANGUAGES.includes(value as DocumentLanguage))
    throw new HttpRefusal(400, `Unknown language "${value}": use EN or FR.`);
  return value as DocumentLanguage;
}

function variantOf(request: Request): ListOfParticipantsVariant {
  const value = (queryParameter(request, 'variant') ?? 'public').toUpperCase();
  if (value !== 'PUBLIC' && value !== 'OFFICIAL')
    throw new HttpRefusal(400, `Unknown variant "${value.toLowerCase()}": use public or official.`);
  return value;
}

/** 401 for a caller who has not signed in (they may, and then perhaps be allowed), 403 for one who has. */
function refuse(viewer: Viewer, message: string): never {
  if (viewer.kind !== 'user') throw new HttpRefusal(401, `Sign in first: ${message}`);
  throw new HttpRefusal(403, message);
}

/** "attachment" for files one saves (PDF, CSV), "inline" for those a browser shows; the name also in RFC 5987 form. */
function contentDisposition(fileName: string, extension: Extension): string {
  const disposition = extension === 'pdf' || extension === 'csv' ? 'attachment' : 'inline';
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function send(
  response: Response,
  document: RenderedDocument<string | Uint8Array>,
  extension: Extension,
  options: { restricted: boolean },
): void {
  response.status(200);
  response.setHeader('Content-Type', document.mediaType);
  response.setHeader('Content-Disposition', contentDisposition(document.fileName, extension));
  response.setHeader('X-Content-Type-Options', 'nosniff');
  // Documents hold data that changes (dates, delegations, payments); restricted ones are never stored by caches.
  response.setHeader('Cache-Control', options.restricted ? 'private, no-store' : 'no-cache');
  // Rendered HTML needs its own inline styles and nothing else: no scripts, no requests.
  if (extension === 'html')
    response.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  response.end(typeof document.content === 'string' ? document.content : Buffer.from(document.content));
}

function sendRefusal(response: Response, status: number, message: string): void {
  response.status(status).setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.end(`${message}\n`);
}

type Handler = (request: Request, response: Response) => Promise<void>;

function guarded(handler: Handler, logger: Logger | undefined): Handler {
  return async (request, response) => {
    try {
      await handler(request, response);
    } catch (error) {
      if (error instanceof HttpRefusal) return sendRefusal(response, error.status, error.message);
      if (error instanceof NotFoundError) return sendRefusal(response, 404, error.message);
      if (error instanceof ForbiddenError) return sendRefusal(response, 403, error.message);
      if (error instanceof ValidationError)
        return sendRefusal(
          response,
          422,
          [error.message, ...error.issues.map((issue) => `${issue.path}: ${issue.message}`)].join('\n'),
        );
      if (error instanceof DomainError) return sendRefusal(response, 409, error.message);
      if (isDatabaseUnavailable(error)) {
        logger?.warn({ err: error, path: request.path }, 'the database is unavailable: document not rendered');
        return sendRefusal(markDatabaseUnavailable(response), 503, DATABASE_UNAVAILABLE_MESSAGE);
      }
      logger?.error({ err: error, path: request.path }, 'document rendering failed');
      return sendRefusal(response, 500, 'The document could not be rendered. It has been logged; please try again.');
    }
  };
}

export function documentsRouter(options: DocumentsRouterOptions): Router {
  const { prisma } = options;
  const router = Router();

  async function meetingByCode<Include extends object>(request: Request, include: Include) {
    const code = String(request.params.code);
    const convention = queryParameter(request, 'convention') ?? DEFAULT_CONVENTION_CODE;
    const meeting = await prisma.meeting.findFirst({ where: { code, convention: { code: convention } }, include });
    if (!meeting) throw new HttpRefusal(404, `No meeting ${code} of ${convention}.`);
    return meeting;
  }

  router.get(
    '/documents/meetings/:code/:file',
    guarded(async (request, response) => {
      const file = String(request.params.file);
      const language = languageOf(request);
      if (file.startsWith('convening-note.')) {
        const extension = extensionOf(file, 'convening-note', ['pdf', 'html', 'txt']);
        const note = conveningNoteDataOf(await meetingByCode(request, CONVENING_NOTE_INCLUDE));
        if (!note) throw new HttpRefusal(404, `Meeting ${String(request.params.code)} has no convening note.`);
        const document =
          extension === 'pdf'
            ? await renderPdf({ document: 'CONVENING_NOTE', note, language })
            : renderConveningNote({ note, language, format: extension === 'html' ? 'HTML' : 'TEXT' });
        return send(response, document, extension, { restricted: false });
      }
      if (file.startsWith('participants.')) {
        const extension = extensionOf(file, 'participants', ['csv', 'html', 'txt', 'pdf']);
        const variant = variantOf(request);
        if (variant === 'OFFICIAL') {
          const viewer = viewerOfRequest(request);
          if (!mayReadListOfParticipants(viewer, variant))
            refuse(
              viewer,
              'the official list of participants holds every delegate’s contact data and is for the secretariat only; ask for ?variant=public.',
            );
        }
        const meeting = await meetingByCode(request, PARTICIPANTS_INCLUDE);
        const data = {
          meeting: meetingDataOf(meeting),
          participants: participantsOf(meeting, variant),
          variant,
          language,
        };
        const document =
          extension === 'pdf'
            ? await renderPdf({ document: 'LIST_OF_PARTICIPANTS', ...data })
            : renderListOfParticipants({
                ...data,
                format: extension === 'csv' ? 'CSV' : extension === 'html' ? 'HTML' : 'TEXT',
              });
        return send(response, document, extension, { restricted: variant === 'OFFICIAL' });
      }
      throw new HttpRefusal(
        404,
        `No such document: ${file}. Ask for convening-note.(pdf|html|txt) or participants.(csv|html|txt|pdf).`,
      );
    }, options.logger),
  );

  router.get(
    '/documents/cost-shares/:id/:file',
    guarded(async (request, response) => {
      const extension = extensionOf(String(request.params.file), 'assessment-notice', ['pdf', 'html', 'txt']);
      const language = languageOf(request);
      const id = String(request.params.id);
      // Who asks comes first: a stranger learns nothing, not even whether the share exists.
      const viewer = viewerOfRequest(request);
      if (viewer.kind !== 'user') refuse(viewer, 'assessment notices are for the secretariat and the State concerned.');
      const shareId = databaseIdOf({ id, typename: 'CostShare' });
      const share = shareId
        ? await prisma.costShare.findUnique({ where: { id: shareId }, include: ASSESSMENT_NOTICE_INCLUDE })
        : null;
      if (!share) throw new HttpRefusal(404, `No cost share ${id}.`);
      if (!mayReadAssessmentNotice(viewer, share))
        refuse(viewer, 'this assessment notice is for the secretariat and the State concerned.');
      const pair = { meetingId: share.issue.meetingId, stateId: share.stateId };
      const payments = await paymentsTowards(prisma, { meetingIds: [pair.meetingId], stateIds: [pair.stateId] });
      const notice = assessmentNoticeDataOf(share, payments.get(paymentKey(pair)) ?? [], {
        withPaymentReferences: mayReadPaymentReferences(viewer),
      });
      const document =
        extension === 'pdf'
          ? await renderPdf({ document: 'ASSESSMENT_NOTICE', notice, language })
          : renderAssessmentNotice({ notice, language, format: extension === 'html' ? 'HTML' : 'TEXT' });
      return send(response, document, extension, { restricted: true });
    }, options.logger),
  );

  // The reminders recorded as sent with the note date :date in one language: every note in one PDF, or their
  // addressees as CSV (with the e-mail addresses of the States' focal points).
  router.get(
    '/documents/report-reminders/:file',
    guarded(async (request, response) => {
      const file = String(request.params.file);
      const match = /^(\d{4}-\d{2}-\d{2})\.(pdf|csv)$/.exec(file);
      if (!match?.[1] || !match[2])
        throw new HttpRefusal(404, `No such document: ${file}. Ask for <date>.pdf or <date>.csv, e.g. 2026-03-02.pdf.`);
      const [, date, extension] = match as unknown as [string, string, 'pdf' | 'csv'];
      const language = languageOf(request);
      const viewer = viewerOfRequest(request);
      if (!mayReadReportReminders(viewer)) refuse(viewer, 'reminders of overdue reports are for the secretariat.');
      const day = new Date(`${date}T00:00:00Z`);
      if (Number.isNaN(day.getTime()) || toCalendarDate(day) !== date)
        throw new HttpRefusal(400, `"${date}" is not a date: write it YYYY-MM-DD.`);
      const sent = await prisma.reportReminder.findMany({
        where: { date: day, language },
        include: {
          convention: { select: { code: true } },
          state: {
            select: {
              iso3: true,
              nameEn: true,
              nameFr: true,
              users: { where: { role: 'STATE', active: true }, select: { email: true }, orderBy: { email: 'asc' } },
            },
          },
        },
        orderBy: { reference: 'asc' },
      });
      if (sent.length === 0)
        throw new HttpRefusal(404, `No reminder in ${language} was recorded as sent with the date ${date}.`);
      const reminders = await Promise.all(
        sent.map((reminder) =>
          loadReportReminderData(prisma, {
            stateId: reminder.stateId,
            conventionCode: reminder.convention.code,
            kind: reminder.kind,
            periodYear: reminder.periodYear,
            reference: reminder.reference,
            date,
            issuingOfficeCode: reminder.issuingOffice,
            submissionOfficeCode: reminder.submissionOffice,
          }),
        ),
      );
      const fileName = `report-reminders-${date}-${language}`;
      if (extension === 'csv') {
        const addressees = sent.map((reminder, index) => ({
          reminder: reminders[index]!,
          iso3: reminder.state.iso3,
          listName: { EN: reminder.state.nameEn, FR: reminder.state.nameFr },
          emails: reminder.state.users.map((user) => user.email),
        }));
        return send(response, renderReminderAddressees({ addressees, language, fileName }), extension, {
          restricted: true,
        });
      }
      const [first, ...others] = reminders;
      if (!first) throw new HttpRefusal(404, `No reminder was recorded with the date ${date}.`);
      const title =
        language === 'FR'
          ? `Rappels relatifs aux rapports au titre de l’article 7 du ${date}`
          : `Article 7 report reminders of ${date}`;
      const document = await renderPdf({
        document: 'REPORT_REMINDERS',
        reminders: [first, ...others],
        title,
        fileName,
        language,
      });
      return send(response, document, extension, { restricted: true });
    }, options.logger),
  );

  // The status of contributions: public, as the `contributionsStatus` query (auth/contribution-rules.ts).
  router.get(
    '/documents/contributions/:file',
    guarded(async (request, response) => {
      const extension = extensionOf(String(request.params.file), 'status', ['csv', 'pdf']);
      const language = languageOf(request);
      const asOf = queryParameter(request, 'asOf') ?? toCalendarDate((options.now ?? (() => new Date()))());
      if (!isCalendarDate(asOf))
        throw new HttpRefusal(
          400,
          `asOf must be a date written YYYY-MM-DD, e.g. 2026-02-20; got ${JSON.stringify(asOf)}.`,
        );
      const loaded = await loadContributionsStatus({
        prisma,
        conventionCode: queryParameter(request, 'convention') ?? DEFAULT_CONVENTION_CODE,
        asOf,
      });
      const status = statusOfContributionsDataOf(loaded);
      const document =
        extension === 'pdf'
          ? await renderPdf({ document: 'STATUS_OF_CONTRIBUTIONS', status, language })
          : renderStatusOfContributionsCsv({ status, language });
      return send(response, document, extension, { restricted: false });
    }, options.logger),
  );

  return router;
}
