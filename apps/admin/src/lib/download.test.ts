import { describe, expect, it } from 'vitest';
import { DocumentRefusal, downloadDocument, fileNameOf, refusalMessage } from './download.ts';

describe('fileNameOf', () => {
  it('prefers the RFC 5987 name, then the plain one, then the fallback', () => {
    expect(
      fileNameOf(
        `attachment; filename="ODA-2023-00050-FR_.pdf"; filename*=UTF-8''ODA-2023-00050-FR%C3%A9.pdf`,
        'x.pdf',
      ),
    ).toBe('ODA-2023-00050-FRé.pdf');
    expect(fileNameOf('attachment; filename="note.pdf"', 'x.pdf')).toBe('note.pdf');
    expect(fileNameOf(null, 'x.pdf')).toBe('x.pdf');
  });
});

describe('refusalMessage', () => {
  it('says data is missing for a 422 and keeps what the API named', () => {
    expect(
      refusalMessage(422, 'The convening note is incomplete.\nconveningNote.issuingOffice: is required\n'),
    ).toMatch(
      /^This document cannot be produced yet: some of its data is missing\. The convening note is incomplete\.\nconveningNote\.issuingOffice: is required$/,
    );
    expect(refusalMessage(403, 'for the secretariat only')).toBe('You do not have access to this document.');
    expect(refusalMessage(404, 'Meeting 20MSP has no convening note.')).toBe('Meeting 20MSP has no convening note.');
  });
});

describe('downloadDocument', () => {
  it('sends the session token and turns a refusal into a DocumentRefusal', async () => {
    let sent: HeadersInit | undefined;
    const fetchImpl = (async (_path: string, init?: RequestInit) => {
      sent = init?.headers;
      return new Response('The list is incomplete.', { status: 422 });
    }) as typeof fetch;
    const failure = await downloadDocument('/documents/meetings/11MSP/participants.csv?variant=official', {
      token: 'abc',
      fallbackName: 'p.csv',
      fetchImpl,
    }).catch((error: unknown) => error);
    expect(sent).toEqual({ Authorization: 'Bearer abc' });
    expect(failure).toBeInstanceOf(DocumentRefusal);
    expect((failure as DocumentRefusal).status).toBe(422);
  });
});
