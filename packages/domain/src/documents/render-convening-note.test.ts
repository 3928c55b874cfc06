import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/domain-error.ts';
import { createConveningNote, ELEVENTH_MEETING_NOTE } from './fixtures/eleventh-meeting.ts';
import { renderConveningNote } from './render-convening-note.ts';

const SEED = readFileSync(new URL('./fixtures/000_ec98af6efa4ce97a.txt', import.meta.url), 'utf8');

/**
 * The seed was typed for paper: its lines and blank lines are layout, not content. Both texts are split into
 * paragraphs at blank lines and each paragraph's white space (line breaks included) is collapsed to one space.
 * A URL that the seed breaks after a hyphen ("…-eleventh-", blank line, "meeting-of-…") is one URL: a line ending
 * in a URL fragment with a hyphen is joined to the next non-blank line without a space. Only URLs are joined, so a
 * hyphenated word that happens to end a line keeps its meaning.
 */
function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/(https?:\/\/\S*-)[ \t]*\n\s*(?=\S)/g, '$1')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
}

/** The seed's one slip: it asks for delegations "by Friday, 31 August 2023", but 31 August 2023 was a Thursday. */
const ISSUED_DEADLINE = 'Friday, 31 August 2023';
const THURSDAY = 4;

const render = (note = ELEVENTH_MEETING_NOTE, language: 'EN' | 'FR' = 'EN') =>
  renderConveningNote({ note, language, format: 'TEXT' }).content;

describe('renderConveningNote', () => {
  describe('the Eleventh Meeting (the seed, ODA/2023-00050)', () => {
    it('keeps the seed fixture as the project received it', () => {
      expect(SEED.startsWith('HEADQUARTERS | SIEGE')).toBe(true);
      expect(SEED).toContain('convention-on-cluster-munitions-eleventh-\n\nmeeting-of-states-parties-2023');
    });

    it('joins the URL the seed breaks over two lines, and only it', () => {
      expect(paragraphsOf('See https://example.org/a-\n\nb-c\n\nwell-\nknown')).toEqual([
        'See https://example.org/a-b-c',
        'well- known',
      ]);
    });

    it('finds the seed wrong about the weekday of 31 August 2023, which was a Thursday', () => {
      expect(SEED.split(ISSUED_DEADLINE)).toHaveLength(2);
      expect(new Date(Date.UTC(2023, 7, 31)).getUTCDay()).toBe(THURSDAY);
    });

    it('reproduces the seed word for word, paragraph by paragraph, its weekday as issued', () => {
      const expected = paragraphsOf(SEED);
      const actual = paragraphsOf(render());
      expect(actual).toHaveLength(expected.length);
      expected.forEach((paragraph, index) => {
        expect(actual[index], `paragraph ${index + 1}`).toBe(paragraph);
      });
      expect(render()).toContain(`should be submitted by ${ISSUED_DEADLINE}, to the Secretary`);
    });

    it('prints the calendar’s weekday when no weekday as issued is recorded', () => {
      expect(render(createConveningNote({ meeting: { delegationDeadlineWeekdayAsIssued: null } }))).toContain(
        'should be submitted by Thursday, 31 August 2023, to the Secretary',
      );
    });

    it('names the web page whole, as the canonical URL', () => {
      expect(render()).toContain(
        'Website: https://meetings.unoda.org/ccm-msp/convention-on-cluster-munitions-eleventh-meeting-of-states-parties-2023\n',
      );
    });

    it('serves plain text with a file name from the reference', () => {
      const rendered = renderConveningNote({ note: ELEVENTH_MEETING_NOTE, language: 'EN', format: 'TEXT' });
      expect(rendered.mediaType).toBe('text/plain; charset=utf-8');
      expect(rendered.fileName).toBe('ODA-2023-00050-EN.txt');
    });
  });

  describe('follows the meeting data', () => {
    it('moves the dates with the meeting', () => {
      const text = render(createConveningNote({ meeting: { opensOn: '2024-09-10', closesOn: '2024-09-13' } }));
      expect(text).toContain('Convention on Cluster Munitions from 10 to 13 September 2024 at the Palais des Nations');
      expect(text).not.toContain('September 2023');
    });

    it('writes a range across months, across years and a single day', () => {
      expect(render(createConveningNote({ meeting: { opensOn: '2023-09-29', closesOn: '2023-10-02' } }))).toContain(
        'from 29 September to 2 October 2023 at',
      );
      expect(render(createConveningNote({ meeting: { opensOn: '2023-12-30', closesOn: '2024-01-02' } }))).toContain(
        'from 30 December 2023 to 2 January 2024 at',
      );
      expect(render(createConveningNote({ meeting: { opensOn: '2023-09-11', closesOn: '2023-09-11' } }))).toContain(
        'Munitions on 11 September 2023 at',
      );
    });

    it('prints the delegation deadline with the weekday of the new date', () => {
      const text = render(
        createConveningNote({ meeting: { delegationDeadline: '2023-09-01', delegationDeadlineWeekdayAsIssued: null } }),
      );
      expect(text).toContain('should be submitted by Friday, 1 September 2023, to the Secretary');
      expect(text).not.toContain('31 August');
    });

    it('reminds of the reporting deadline it is given, and leaves it out when there is none', () => {
      expect(render(createConveningNote({ meeting: { reportingDeadline: '2024-04-30' } }))).toContain(
        'at the address indicated above no later than 30 April 2024.',
      );
      expect(render(createConveningNote({ meeting: { reportingDeadline: null } }))).toContain(
        'This information should be directed to the Office for Disarmament Affairs at the address indicated above.',
      );
    });

    it('leaves out the reporting reminder when the resolution has no reporting paragraph', () => {
      const note = createConveningNote({
        resolution: { ...ELEVENTH_MEETING_NOTE.resolution, reportingParagraph: null },
      });
      expect(render(note)).not.toContain('operative paragraph 4');
    });

    it('refuses a reporting paragraph without its words', () => {
      const note = createConveningNote({ resolution: { ...ELEVENTH_MEETING_NOTE.resolution, reportingClause: null } });
      expect(() => render(note)).toThrow(ValidationError);
    });

    it('refuses a meeting that closes before it opens', () => {
      const call = () => render(createConveningNote({ meeting: { opensOn: '2023-09-14', closesOn: '2023-09-11' } }));
      expect(call).toThrow(
        expect.objectContaining({ issues: [expect.objectContaining({ path: 'note.meeting.closesOn' })] }),
      );
    });

    it('names a Review Conference "of" the Convention, with no venue, country, web page or letterhead', () => {
      const text = render(
        createConveningNote({
          issuingOffice: { ...ELEVENTH_MEETING_NOTE.issuingOffice, letterhead: null },
          meeting: {
            kind: 'REVIEW_CONFERENCE',
            number: 3,
            venue: null,
            country: null,
            webPage: null,
            city: 'Lausanne',
          },
        }),
      );
      expect(text.startsWith('REFERENCE: ODA/2023-00050')).toBe(true);
      expect(text).toContain(
        'convene the Third Review Conference of the Convention on Cluster Munitions from 11 to 14 September 2023 in Lausanne, and to invite',
      );
      expect(text).toContain('delegations to the Third Review Conference should be submitted');
      expect(text).toContain('arrangements for the Conference will be communicated');
      expect(text).not.toContain('Website:');
    });

    it('takes every name from the data: another convention, office and addressees', () => {
      const text = render(
        createConveningNote({
          reference: 'ODA/2031-00007',
          addressees: 'Permanent Missions',
          convention: {
            title: 'Convention on Example Weapons',
            adoptedOn: '1997-09-18',
            costSharingArticle: 'Article 14',
            costSharingQuotation: 'costs are shared',
          },
          issuingOffice: {
            name: 'Implementation Support Unit',
            letterhead: 'ISU | GENEVA',
            postalAddress: 'ISU\nGeneva',
            email: 'isu@example.org',
          },
        }),
      );
      expect(text).toContain('ISU | GENEVA\n\nREFERENCE: ODA/2031-00007');
      expect(text).toContain(
        'The Implementation Support Unit presents its compliments to the Permanent Missions and has the honour to refer to the 1997 Convention on Example Weapons',
      );
      expect(text).toContain('in accordance with Article 14 of the Convention, "costs are shared".');
    });
  });

  describe('in French', () => {
    const french = render(ELEVENTH_MEETING_NOTE, 'FR');

    it('writes sensible French, with dates and weekday formatted for French', () => {
      expect(french).toContain(
        'Le Bureau des affaires de désarmement présente ses compliments aux Représentants permanents',
      );
      expect(french).toContain(
        'convoquer la onzième Assemblée des États parties à la Convention sur les armes à sous-munitions, qui se tiendra du 11 au 14 septembre 2023 au Palais des Nations à Genève (Suisse)',
      );
      expect(french).toContain(
        'd’ici au vendredi 31 août 2023 au Secrétaire de la onzième Assemblée des États parties à la Convention',
      );
      expect(french).toContain('adoptée le 7 décembre 2022');
      expect(french).toContain('au plus tard le 30 avril 2023.');
      expect(french).toContain('RÉFÉRENCE\u00a0: ODA/2023-00050');
      expect(french.trimEnd().endsWith('21 mars 2023')).toBe(true);
    });

    it('titles the document with the meeting title', () => {
      const html = renderConveningNote({ note: ELEVENTH_MEETING_NOTE, language: 'FR', format: 'HTML' }).content;
      expect(html).toContain('<html lang="fr">');
      expect(html).toContain('<title>Onzième Assemblée des États parties — note verbale ODA/2023-00050</title>');
    });

    it('prints the weekday of a Friday deadline and the first of a month as "1er"', () => {
      const text = render(
        createConveningNote({
          meeting: {
            delegationDeadline: '2023-09-01',
            delegationDeadlineWeekdayAsIssued: null,
            opensOn: '2023-10-01',
            closesOn: '2023-10-04',
          },
        }),
        'FR',
      );
      expect(text).toContain('d’ici au vendredi 1er septembre 2023');
      expect(text).toContain('du 1er au 4 octobre 2023');
    });

    it('asks for the French text of a name that has only English', () => {
      const note = createConveningNote({ addressees: { EN: 'Permanent Representatives' } });
      expect(() => render(note, 'FR')).toThrow(/note\.addressees has no French text/);
    });

    it('contracts "à" with a city or venue that starts with an article', () => {
      const text = render(
        createConveningNote({
          meeting: { venue: null, city: { EN: 'Cairo', FR: 'Le Caire' }, country: { EN: 'Egypt', FR: 'Égypte' } },
        }),
        'FR',
      );
      expect(text).toContain('du 11 au 14 septembre 2023 au Caire (Égypte), et d’inviter');
    });

    it('names a Review Conference "de" la Convention', () => {
      const text = render(createConveningNote({ meeting: { kind: 'REVIEW_CONFERENCE', number: 2 } }), 'FR');
      expect(text).toContain(
        "convoquer la deuxième Conférence d'examen de la Convention sur les armes à sous-munitions",
      );
      expect(text).toContain('sur l’organisation de la Conférence seront');
    });
  });

  describe('as HTML', () => {
    const html = renderConveningNote({ note: ELEVENTH_MEETING_NOTE, language: 'EN', format: 'HTML' });

    it('is a print-ready page with semantic parts', () => {
      expect(html.mediaType).toBe('text/html; charset=utf-8');
      expect(html.fileName).toBe('ODA-2023-00050-EN.html');
      expect(html.content.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
      expect(html.content).toContain('@media print');
      expect(html.content).toContain('@page { size: A4; margin: 2cm; }');
      expect(html.content).toContain(
        '<header class="letterhead"><p>HEADQUARTERS | SIEGE | NEW YORK, NY 10017 TEL.: + 212 963 1234 | ccm@un.org</p></header>',
      );
      expect(html.content).toContain('<p class="reference">REFERENCE: ODA/2023-00050</p>');
      expect(html.content).toContain(
        '<address>Office for Disarmament Affairs, Geneva Branch<br>\nUnited Nations Office at Geneva<br>',
      );
      expect(html.content).toContain('E-Mail: <a href="mailto:ccm@un.org">ccm@un.org</a>');
      expect(html.content).toContain('<p class="date">21 March 2023</p>');
    });

    it('escapes every text taken from the data', () => {
      const note = createConveningNote({ reference: 'ODA/<b>&"x"', meeting: { webPage: 'javascript:alert(1)' } });
      const content = renderConveningNote({ note, language: 'EN', format: 'HTML' }).content;
      expect(content).toContain('REFERENCE: ODA/&lt;b&gt;&amp;&quot;x&quot;');
      expect(content).not.toContain('<b>');
      expect(content).toContain('Website: javascript:alert(1)</p>');
      expect(content).not.toContain('href="javascript');
      expect(content).toContain('&quot;the costs of the Meetings');
    });
  });
});
