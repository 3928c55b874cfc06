import { describe, expect, it } from 'vitest';
import { createDelegate, ELEVENTH_MEETING, PARTICIPANTS } from './fixtures/participants.ts';
import {
  listParticipants,
  renderListOfParticipants,
  type RenderListOfParticipantsOptions,
} from './render-list-of-participants.ts';

const render = (overrides: Partial<RenderListOfParticipantsOptions> = {}) =>
  renderListOfParticipants({
    meeting: ELEVENTH_MEETING,
    participants: PARTICIPANTS,
    variant: 'OFFICIAL',
    language: 'EN',
    format: 'TEXT',
    ...overrides,
  });

const CONTACT_DATA = ['lena@example.de', 'thomas@example.de', 'yao@example.ci', '+49 30 1234', '+225 20 00'];

describe('renderListOfParticipants', () => {
  describe('the official list', () => {
    it('lists States Parties, then signatory and other observer States, then organisations, each alphabetically by English name', () => {
      const names = listParticipants({ participants: PARTICIPANTS, variant: 'OFFICIAL', language: 'EN' }).map(
        (participant) => participant.name,
      );
      expect(names).toEqual([
        'Austria',
        'Côte d’Ivoire',
        'Germany',
        'Holy See',
        'Türkiye',
        'International Committee of the Red Cross',
        'Geneva International Centre for Humanitarian Demining',
      ]);
    });

    it('puts the head of delegation first, then the members by position', () => {
      const germany = listParticipants({ participants: PARTICIPANTS, variant: 'OFFICIAL', language: 'EN' }).find(
        (participant) => participant.name === 'Germany',
      );
      expect(germany?.members?.map((member) => member.familyName)).toEqual(['Göbel', 'Schäfer']);
      const tied = listParticipants({
        participants: [
          {
            ...PARTICIPANTS[1]!,
            members: [
              createDelegate({ familyName: 'Zeller' }),
              createDelegate({ familyName: 'Adler' }),
              createDelegate({ role: 'HEAD', familyName: 'Moser', position: 9 }),
            ],
          },
        ],
        variant: 'OFFICIAL',
        language: 'EN',
      });
      expect(tied[0]?.members?.map((member) => member.familyName)).toEqual(['Moser', 'Adler', 'Zeller']);
    });

    it('shows every member with role, title and contact data, under capacity headings', () => {
      const { content, mediaType, fileName } = render();
      expect(mediaType).toBe('text/plain; charset=utf-8');
      expect(fileName).toBe('list-of-participants-meeting_of_states_parties-11-en.txt');
      expect(
        content.startsWith(
          'List of participants — Eleventh Meeting of States Parties\n\nGeneva, 11–14 September 2023\n\nStates Parties\n\n',
        ),
      ).toBe(true);
      expect(content).toMatch(
        /Germany\s+Head of delegation\s+H\.E\. Mr\. Thomas Göbel\s+Ambassador, Permanent Representative\s+thomas@example\.de/,
      );
      expect(content).toMatch(/\n\s+Adviser\s+Ms\. Lena Schäfer\s+lena@example\.de\s+\+49 30 1234/);
      expect(content).toContain('yao@example.ci');
      const headings = [
        'States Parties',
        'Observer States: signatories',
        'Observer States: other States',
        'Organisations observing as of right',
        'Other observer organisations',
      ];
      expect(headings.map((heading) => content.indexOf(`\n${heading}\n`))).toEqual(
        [...headings.map((heading) => content.indexOf(`\n${heading}\n`))].sort((a, b) => a - b),
      );
    });

    it('is a print-ready HTML page with a table per capacity', () => {
      const { content } = render({ format: 'HTML' });
      expect(content).toContain('<h1>List of participants — Eleventh Meeting of States Parties</h1>');
      expect(content).toContain('<h2>Observer States: signatories</h2>');
      expect(content).toContain('<th scope="col">E-mail</th>');
      expect(content).toContain('<td>=HYPERLINK(&quot;http://x&quot;)</td>');
    });
  });

  describe('the public list', () => {
    it('never shows contact data, in any format', () => {
      for (const format of ['CSV', 'HTML', 'TEXT'] as const) {
        const { content } = render({ variant: 'PUBLIC', format });
        for (const contact of CONTACT_DATA) expect(content, `${format} ${contact}`).not.toContain(contact);
        expect(content).not.toMatch(/E-mail|Telephone/);
      }
    });

    it('names members only where the delegation consented, and lists the others by name alone', () => {
      const { content } = render({ variant: 'PUBLIC' });
      expect(content).toContain('Thomas Göbel');
      expect(content).not.toContain('Kouassi');
      expect(content).toMatch(/Côte d’Ivoire\s+Names not published at the request of the delegation\./);
      expect(content.startsWith('List of participants (public) — Eleventh Meeting of States Parties')).toBe(true);
    });
  });

  describe('as CSV', () => {
    it('writes one row per member with the official columns, quoting where needed', () => {
      const { content, mediaType, fileName } = render({ format: 'CSV' });
      expect(mediaType).toBe('text/csv; charset=utf-8');
      expect(fileName).toBe('list-of-participants-meeting_of_states_parties-11-en.csv');
      const rows = content.split('\r\n');
      expect(rows[0]).toBe('Capacity,Participant,Order,Role,Honorific,Given name,Family name,Title,E-mail,Telephone');
      expect(rows[1]).toBe(`States Parties,Austria,1,Head of delegation,Mr.,Anna,Müller,"'=HYPERLINK(""http://x"")",,`);
      expect(rows).toContain(`States Parties,Germany,2,Adviser,Ms.,Lena,Schäfer,,lena@example.de,'+49 30 1234`);
    });

    it('keeps the row of a participant whose names are withheld on the public list', () => {
      const rows = render({ format: 'CSV', variant: 'PUBLIC' }).content.split('\r\n');
      expect(rows[0]).toBe('Capacity,Participant,Order,Role,Honorific,Given name,Family name,Title');
      expect(rows).toContain('States Parties,Côte d’Ivoire,,,,,,');
    });
  });

  describe('in French', () => {
    it('writes French headings and roles and sorts by the English name unless asked otherwise', () => {
      const { content } = render({ language: 'FR' });
      expect(
        content.startsWith(
          'Liste des participants — Onzième Assemblée des États parties\n\nGenève, 11–14 septembre 2023\n\nÉtats parties',
        ),
      ).toBe(true);
      expect(content).toContain('Chef de délégation');
      expect(content).toContain('Saint-Siège');
      expect(content.indexOf('Autriche')).toBeLessThan(content.indexOf('Allemagne'));
      const byFrenchName = render({ language: 'FR', order: 'DOCUMENT_LANGUAGE_NAME' }).content;
      expect(byFrenchName.indexOf('Allemagne')).toBeLessThan(byFrenchName.indexOf('Autriche'));
    });

    it('writes French CSV headers and capacities', () => {
      const rows = render({ language: 'FR', format: 'CSV', variant: 'PUBLIC' }).content.split('\r\n');
      expect(rows[0]).toBe('Qualité,Participant,Ordre,Fonction,Titre de civilité,Prénom,Nom de famille,Titre');
      expect(rows).toContain('États observateurs\u00a0: autres États,Türkiye,1,Chef de délégation,Mr.,Ayşe,Yılmaz,');
    });
  });

  describe('for a meeting without participants', () => {
    it('says so in text and HTML, and gives only the header in CSV', () => {
      expect(render({ participants: [] }).content).toContain('No participant is registered for this meeting.');
      expect(render({ participants: [], format: 'HTML', language: 'FR' }).content).toContain(
        '<p class="note">Aucun participant n’est inscrit à cette réunion.</p>',
      );
      expect(render({ participants: [], format: 'CSV' }).content).toBe(
        'Capacity,Participant,Order,Role,Honorific,Given name,Family name,Title,E-mail,Telephone\r\n',
      );
    });
  });
});
