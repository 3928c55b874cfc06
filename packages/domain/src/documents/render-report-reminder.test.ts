import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/domain-error.ts';
import { frenchStateName } from './french-grammar.ts';
import { formatMissionAddressee } from './mission-addressee.ts';
import { ODA_GENEVA, ODA_HEADQUARTERS } from './fixtures/eleventh-meeting.ts';
import { renderReminderAddressees, renderReportReminder, type ReportReminderData } from './render-report-reminder.ts';

// Nigeria deposited on 2023-02-28: in force 2023-08-01, initial report due 2024-01-28 (Art. 7(1)).
const NIGERIA_INITIAL: ReportReminderData = {
  reference: 'ODA/2024-00123',
  date: '2024-03-15',
  issuingOffice: ODA_HEADQUARTERS,
  addressee: {
    EN: 'Permanent Mission of Nigeria to the United Nations',
    FR: 'la Mission permanente du Nigéria auprès de l’Organisation des Nations Unies',
  },
  state: { name: { EN: 'Nigeria', FR: 'le Nigéria' } },
  convention: {
    title: { EN: 'Convention on Cluster Munitions', FR: 'la Convention sur les armes à sous-munitions' },
    reportingArticle: { EN: 'Article 7, paragraph 1', FR: 'le paragraphe 1 de l’article 7' },
  },
  report: { kind: 'INITIAL', periodStart: '2023-08-01', periodEnd: '2023-08-01', dueOn: '2024-01-28' },
  submission: { office: ODA_GENEVA, webPage: 'https://ccm.example.org/reports' },
};

const ANNUAL_2023: ReportReminderData = {
  ...NIGERIA_INITIAL,
  state: { name: { EN: 'Côte d’Ivoire', FR: 'la Côte d’Ivoire' } },
  addressee: {
    EN: 'Permanent Mission of Côte d’Ivoire to the United Nations',
    FR: 'la Mission permanente de la Côte d’Ivoire auprès de l’Organisation des Nations Unies',
  },
  convention: {
    ...NIGERIA_INITIAL.convention,
    reportingArticle: { EN: 'Article 7, paragraph 2', FR: 'le paragraphe 2 de l’article 7' },
  },
  report: { kind: 'ANNUAL', periodStart: '2023-01-01', periodEnd: '2023-12-31', dueOn: '2024-04-30' },
  date: '2024-06-03',
  submission: { office: ODA_GENEVA },
};

const text = (reminder: ReportReminderData, language: 'EN' | 'FR' = 'EN') =>
  renderReportReminder({ reminder, language, format: 'TEXT' }).content;

describe('renderReportReminder', () => {
  it('names the overdue initial report, the day it was due and where to send it', () => {
    const content = text(NIGERIA_INITIAL);
    expect(content).toContain('REFERENCE: ODA/2024-00123');
    expect(content).toContain(
      'The Office for Disarmament Affairs presents its compliments to the Permanent Mission of Nigeria to the United Nations and has the honour to refer to Article 7, paragraph 1, of the Convention on Cluster Munitions.',
    );
    expect(content).toContain(
      'Nigeria was to submit its initial report, on the situation on 1 August 2023, the date on which the Convention entered into force for it, to the Secretary-General no later than 28 January 2024.',
    );
    expect(content).toContain(
      'to the Office for Disarmament Affairs, Geneva Branch, at the following address:\n\nOffice for Disarmament Affairs, Geneva Branch\nUnited Nations Office at Geneva',
    );
    expect(content).toContain('E-Mail: ccm@un.org\n\nOnline reporting: https://ccm.example.org/reports');
    expect(content.trimEnd().endsWith('15 March 2024')).toBe(true);
  });

  it('names the calendar year an annual report covers, or its period when it is not a calendar year', () => {
    expect(text(ANNUAL_2023)).toContain(
      'Côte d’Ivoire was to submit its annual report covering the calendar year 2023, to the Secretary-General no later than 30 April 2024.',
    );
    expect(text(ANNUAL_2023)).not.toContain('Online reporting');
    const partYear = { ...ANNUAL_2023, report: { ...ANNUAL_2023.report, periodStart: '2023-08-01' } };
    expect(text(partYear)).toContain('its annual report covering the period from 1 August to 31 December 2023,');
  });

  it('refuses a reminder for a report that is not yet overdue', () => {
    expect(() => text({ ...NIGERIA_INITIAL, date: '2024-01-28' })).toThrow(ValidationError);
  });

  it('writes French with the State named in French', () => {
    const content = text(ANNUAL_2023, 'FR');
    expect(content).toContain(
      'Le Bureau des affaires de désarmement présente ses compliments à la Mission permanente de la Côte d’Ivoire',
    );
    expect(content).toContain(
      'se référer au paragraphe 2 de l’article 7 de la Convention sur les armes à sous-munitions.',
    );
    expect(content).toContain(
      'La Côte d’Ivoire devait présenter au Secrétaire général, au plus tard le 30 avril 2024, son rapport annuel portant sur l’année civile 2023.',
    );
    expect(content).toContain(
      'adresser le rapport dans les meilleurs délais au Service de Genève du Bureau des affaires de désarmement, à l’adresse suivante\u00a0:',
    );
    expect(text(NIGERIA_INITIAL, 'FR')).toContain(
      'Le Nigéria devait présenter au Secrétaire général, au plus tard le 28 janvier 2024, son rapport initial, sur la situation au 1er août 2023,',
    );
  });

  // The States' names and articles as data/state-names.csv gives them.
  it.each([
    [
      'Royaume-Uni de Grande-Bretagne et d’Irlande du Nord',
      'LE',
      'à la Mission permanente du Royaume-Uni de Grande-Bretagne et d’Irlande du Nord',
      'Le Royaume-Uni de Grande-Bretagne et d’Irlande du Nord devait présenter',
      'son rapport annuel',
    ],
    [
      'Pays-Bas (Royaume des)',
      null,
      'à la Mission permanente du Royaume des Pays-Bas',
      'Le Royaume des Pays-Bas devait présenter',
      'son rapport annuel',
    ],
    ['Espagne', 'ELIDED', 'à la Mission permanente de l’Espagne', 'L’Espagne devait présenter', 'son rapport annuel'],
    ['Suisse', 'LA', 'à la Mission permanente de la Suisse', 'La Suisse devait présenter', 'son rapport annuel'],
    ['Bahamas', 'LES', 'à la Mission permanente des Bahamas', 'Les Bahamas devaient présenter', 'leur rapport annuel'],
    ['Cuba', null, 'à la Mission permanente de Cuba', 'Cuba devait présenter', 'son rapport annuel'],
    [
      'États-Unis d’Amérique',
      'LES',
      'à la Mission permanente des États-Unis d’Amérique',
      'Les États-Unis d’Amérique devaient présenter',
      'leur rapport annuel',
    ],
    [
      'Côte d’Ivoire',
      'LA',
      'à la Mission permanente de la Côte d’Ivoire',
      'La Côte d’Ivoire devait présenter',
      'son rapport annuel',
    ],
  ] as const)(
    'writes "%s" in French with its article, contracted and in agreement',
    (name, article, mission, subject, possessive) => {
      const french = frenchStateName({ name, article });
      const addressee = formatMissionAddressee({ stateName: { EN: 'State', FR: french } });
      const content = text({ ...ANNUAL_2023, state: { name: { EN: 'State', FR: french } }, addressee }, 'FR');
      const mentions = content.replace(/\s+/g, ' ');
      expect(mentions).toContain(`présente ses compliments ${mission}`);
      expect(mentions).toContain(
        `${subject} au Secrétaire général, au plus tard le 30 avril 2024, ${possessive} portant sur l’année civile 2023.`,
      );
      expect(mentions).toContain(`renouveler ${mission}`);
    },
  );

  it('gives a plural State its plural in the initial report too: leur rapport initial, à leur égard', () => {
    const content = text({ ...NIGERIA_INITIAL, state: { name: { EN: 'Bahamas', FR: 'les Bahamas' } } }, 'FR');
    expect(content.replace(/\s+/g, ' ')).toContain(
      'Les Bahamas devaient présenter au Secrétaire général, au plus tard le 28 janvier 2024, leur rapport initial, sur la situation au 1er août 2023, date de l’entrée en vigueur de la Convention à leur égard.',
    );
  });

  it('is print-ready HTML too', () => {
    const rendered = renderReportReminder({ reminder: NIGERIA_INITIAL, language: 'EN', format: 'HTML' });
    expect(rendered.fileName).toBe('ODA-2024-00123-EN.html');
    expect(rendered.content).toContain('<title>Article 7 report reminder — note verbale ODA/2024-00123</title>');
    expect(rendered.content).toContain('<a href="https://ccm.example.org/reports">');
  });
});

describe('renderReminderAddressees', () => {
  it('lists the addressees for a mail merge, in the language of the notes, one line each', () => {
    const csv = renderReminderAddressees({
      addressees: [
        {
          reminder: NIGERIA_INITIAL,
          iso3: 'NGA',
          listName: { EN: 'Nigeria', FR: 'Nigéria' },
          emails: ['focal@nigeria.example', 'mission@nigeria.example'],
        },
        {
          reminder: { ...ANNUAL_2023, reference: '=HYPERLINK("x")' },
          iso3: 'CIV',
          listName: { EN: 'Côte d’Ivoire', FR: 'Côte d’Ivoire' },
          emails: [],
        },
      ],
      language: 'FR',
      fileName: 'rappels-2024-06-03',
    });
    expect(csv.fileName).toBe('rappels-2024-06-03.csv');
    expect(csv.content.split('\r\n')).toEqual([
      'État,Code ISO,Destinataire,Courriel,Rapport,Année,Date limite,Référence,Date de la note',
      'Nigéria,NGA,La Mission permanente du Nigéria auprès de l’Organisation des Nations Unies,focal@nigeria.example; mission@nigeria.example,Initial,2023,2024-01-28,ODA/2024-00123,2024-03-15',
      'Côte d’Ivoire,CIV,La Mission permanente de la Côte d’Ivoire auprès de l’Organisation des Nations Unies,,Annuel,2023,2024-04-30,"\'=HYPERLINK(""x"")",2024-06-03',
      '',
    ]);
  });
});
