// pdfmake ships no types; the domain declares the part it uses (an ambient module, which no import can bring in),
// and its PDF entry point needs that declaration when compiled as part of the API.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../../../../packages/domain/src/documents/pdf/pdfmake.d.ts" />
import type { PrismaClient } from '@plenary/db';
import {
  DomainError,
  ForbiddenError,
  NotFoundError,
  renderAssessmentNotice,
  renderConveningNote,
  renderListOfParticipants,
  ValidationError,
  type DocumentLanguage,
  type ListOfParticipantsVariant,
  type RenderedDocument,
} from '@plenary/domain';
import { renderPdf } from '@plenary/domain/pdf';
import { Router, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { isSecretariat, maySeePersonalDataOf, type Viewer } from '../context.ts';
import { databaseIdOf } from '../mutations/global-id.ts';
import {
  ASSESSMENT_NOTICE_INCLUDE,
  assessmentNoticeDataOf,
  CONVENING_NOTE_INCLUDE,
  conveningNoteDataOf,
  meetingDataOf,
  participantsOf,
  PARTICIPANTS_INCLUDE,
  paymentKey,
  paymentsOfStates,
} from '../documents/document-data.ts';
import { DEFAULT_CONVENTION_CODE } from '../schema/state.ts';
import { viewerOfRequest } from './request-guard.ts';

// Download routes for the rendered documents, with the same authorisation as the GraphQL fields that show them:
//   GET /documents/meetings/:code/convening-note.(pdf|html|txt)?language=EN|FR&convention=CCM     public
//   GET /documents/meetings/:code/participants.(csv|html|txt|pdf)?variant=public|official&language   official: secretariat
//   GET /documents/cost-shares/:id/assessment-notice.(pdf|html|txt)?language                      secretariat, the State's focal points
// Credentials as for /graphql (`Authorization: Bearer <session>` or `X-API-Key`), checked by the same request guard
// with the same rate limits. Refusals are short plain text: 400 bad parameter, 401 not signed in (or bad credentials),
// 403 signed in without the right, 404 nothing there, 422 the data is incomplete for this document (the message names
// what is missing), 429 too many requests (with Retry-After).

/** Mount `requestGuard` on `/documents` first: it settles who is asking. */
export interface DocumentsRouterOptions {
  prisma: PrismaClient;
  logger?: Logger;
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
  if (!extension || !allowed.includes(extension)) throw new HttpRefusal(404, `No such document: ${file}. Ask for ${allowed.map((ext) => `${base}.${ext}`).join(', ')}.`);
  return extension;
}

function queryParameter(request: Request, name: string): string | undefined {
  const value = request.query[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function languageOf(request: Request): DocumentLanguage {
  const value = (queryParameter(request, 'language') ?? 'EN').toUpperCase();
  if (!LANGUAGES.includes(value as DocumentLanguage)) throw new HttpRefusal(400, `Unknown language "${value}": use EN or FR.`);
  return value as DocumentLanguage;
}

function variantOf(request: Request): ListOfParticipantsVariant {
  const value = (queryParameter(request, 'variant') ?? 'public').toUpperCase();
  if (value !== 'PUBLIC' && value !== 'OFFICIAL') throw new HttpRefusal(400, `Unknown variant "${value.toLowerCase()}": use public or official.`);
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

function send(response: Response, document: RenderedDocument<string | Uint8Array>, extension: Extension, options: { restricted: boolean }): void {
  response.status(200);
  response.setHeader('Content-Type', document.mediaType);
  response.setHeader('Content-Disposition', contentDisposition(document.fileName, extension));
  response.setHeader('X-Content-Type-Options', 'nosniff');
  // Documents hold data that changes (dates, delegations, payments); restricted ones are never stored by caches.
  response.setHeader('Cache-Control', options.restricted ? 'private, no-store' : 'no-cache');
  // Rendered HTML needs its own inline styles and nothing else: no scripts, no requests.
  if (extension === 'html') response.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
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
      if (error instanceof ValidationError) return sendRefusal(response, 422, [error.message, ...error.issues.map((issue) => `${issue.path}: ${issue.message}`)].join('\n'));
      if (error instanceof DomainError) return sendRefusal(response, 409, error.message);
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
          if (!isSecretariat(viewer)) refuse(viewer, 'the official list of participants holds every delegate’s contact data and is for the secretariat only; ask for ?variant=public.');
        }
        const meeting = await meetingByCode(request, PARTICIPANTS_INCLUDE);
        const data = { meeting: meetingDataOf(meeting), participants: participantsOf(meeting, variant), variant, language };
        const document =
          extension === 'pdf'
            ? await renderPdf({ document: 'LIST_OF_PARTICIPANTS', ...data })
            : renderListOfParticipants({ ...data, format: extension === 'csv' ? 'CSV' : extension === 'html' ? 'HTML' : 'TEXT' });
        return send(response, document, extension, { restricted: variant === 'OFFICIAL' });
      }
      throw new HttpRefusal(404, `No such document: ${file}. Ask for convening-note.(pdf|html|txt) or participants.(csv|html|txt|pdf).`);
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
      const share = shareId ? await prisma.costShare.findUnique({ where: { id: shareId }, include: ASSESSMENT_NOTICE_INCLUDE }) : null;
      if (!share) throw new HttpRefusal(404, `No cost share ${id}.`);
      // The secretariat or the focal points of the assessed State: the same rule as a delegation's personal data.
      if (!maySeePersonalDataOf(viewer, share.stateId)) refuse(viewer, 'this assessment notice is for the secretariat and the State concerned.');
      const payments = await paymentsOfStates(prisma, [{ meetingId: share.issue.meetingId, stateId: share.stateId }]);
      const notice = assessmentNoticeDataOf(share, payments.get(paymentKey({ meetingId: share.issue.meetingId, stateId: share.stateId })) ?? [], {
        withPaymentReferences: isSecretariat(viewer),
      });
      const document =
        extension === 'pdf'
          ? await renderPdf({ document: 'ASSESSMENT_NOTICE', notice, language })
          : renderAssessmentNotice({ notice, language, format: extension === 'html' ? 'HTML' : 'TEXT' });
      return send(response, document, extension, { restricted: true });
    }, options.logger),
  );

  return router;
}
