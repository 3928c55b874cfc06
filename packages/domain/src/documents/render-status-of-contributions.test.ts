import { describe, expect, it } from 'vitest';
import { summariseContributions } from '../costs/summarise-contributions.ts';
import { renderPdf } from './pdf/render-pdf.ts';
import { renderText } from './render-text.ts';
import {
  buildStatusOfContributions,
  renderStatusOfContributionsCsv,
  type StatusOfContributionsData,
} from './render-status-of-contributions.ts';

// Switzerland: 6764.10 for the Eleventh Meeting (issued 2023-10-02, due 2023-11-01), 4000.00 paid: 2764.10 over two
// years past due on 2026-02-20; 1200.00 in US dollars for the Fourteenth (issued 2026-02-01), not yet due. Côte
// d'Ivoire: 100.00 for the Eleventh, paid 120.00: a credit of 20.00.
const SUMMARY = summariseContributions({
  issues: [
    {
      meetingId: '11MSP',
      version: 2,
      issuedOn: '2023-10-02',
      currency: 'CHF',
      shares: [
        { id: 'a', stateId: 'CHE', assessed: true, amount: '6764.10' },
        { id: 'b', stateId: 'CIV', assessed: true, amount: '100.00' },
      ],
    },
    {
      meetingId: '14MSP',
      version: 1,
      issuedOn: '2026-02-01',
      currency: 'USD',
      shares: [{ id: 'c', stateId: 'CHE', assessed: true, amount: '1200.00' }],
    },
  ],
  payments: [
    { meetingId: '11MSP', stateId: 'CHE', receivedOn: '2023-11-20', amount: '4000.00' },
    { meetingId: '11MSP', stateId: 'CIV', receivedOn: '2023-11-20', amount: '120.00' },
  ],
  asOf: '2026-02-20',
});

const NAMES: Record<string, { EN: string; FR: string }> = {
  CHE: { EN: 'Switzerland', FR: 'Suisse' },
  CIV: { EN: 'Côte d’Ivoire', FR: 'Côte d’Ivoire' },
};
const NUMBERS: Record<string, number> = { '11MSP': 11, '14MSP': 14 };

const STATUS: StatusOfContributionsData = {
  asOf: SUMMARY.asOf,
  convention: { title: { EN: 'Convention on Cluster Munitions', FR: 'la Convention sur les armes à sous-munitions' } },
  states: SUMMARY.states.map((state) => ({
    iso3: state.stateId,
    name: NAMES[state.stateId] ?? state.stateId,
    totals: state.totals,
    meetings: state.meetings.map((line) => ({
      ...line,
      meeting: {
        code: line.meetingId,
        kind: 'MEETING_OF_STATES_PARTIES' as const,
        number: NUMBERS[line.meetingId] ?? 0,
      },
    })),
  })),
  totals: SUMMARY.totals,
};

describe('the status of contributions as a document', () => {
  it('tables each currency apart, State by State with arrears by age, and its total', () => {
    const text = renderText(buildStatusOfContributions({ status: STATUS, language: 'EN' }));
    expect(text).toContain('Status of contributions as at 20 February 2026');
    expect(text).toContain('under the Convention on Cluster Munitions');
    expect(text).toContain('A share falls due 30 days after the shares were issued.');
    // One line per State, its cells apart by runs of spaces (amounts have a no-break space after the currency).
    const lines = text.split('\n').map((line) =>
      line
        .replace(/\u00a0/g, ' ')
        .trim()
        .split(/\s{2,}/),
    );
    const francs = lines.slice(
      lines.findIndex((line) => line[0] === 'Amounts in CHF'),
      lines.findIndex((line) => line[0] === 'Amounts in USD'),
    );
    expect(francs).toContainEqual([
      'Switzerland',
      'CHF 6,764.10',
      'CHF 4,000.00',
      'CHF 2,764.10',
      'CHF 0.00',
      'CHF 0.00',
      'CHF 0.00',
      'CHF 0.00',
      'CHF 2,764.10',
    ]);
    expect(francs).toContainEqual([
      'Côte d’Ivoire',
      'CHF 100.00',
      'CHF 120.00',
      'CHF 0.00',
      'CHF 20.00',
      'CHF 0.00',
      'CHF 0.00',
      'CHF 0.00',
      'CHF 0.00',
    ]);
    expect(francs).toContainEqual([
      'Total',
      'CHF 6,864.10',
      'CHF 4,120.00',
      'CHF 2,764.10',
      'CHF 20.00',
      'CHF 0.00',
      'CHF 0.00',
      'CHF 0.00',
      'CHF 2,764.10',
    ]);
    const dollars = lines
      .slice(lines.findIndex((line) => line[0] === 'Amounts in USD'))
      .map((line) => line.join(' | '));
    expect(dollars).toContain(
      'Switzerland | US$1,200.00 | US$0.00 | US$1,200.00 | US$0.00 | US$1,200.00 | US$0.00 | US$0.00 | US$0.00',
    );
    expect(dollars.join('\n')).not.toContain('Côte');
  });

  it('is written in French with the Convention’s article', () => {
    const text = renderText(buildStatusOfContributions({ status: STATUS, language: 'FR' }));
    expect(text).toContain('État des contributions au 20 février 2026');
    expect(text).toContain('en application de la Convention sur les armes à sous-munitions');
    expect(text).toContain('Montants en CHF');
  });

  it('says so when nothing had been issued', () => {
    const text = renderText(
      buildStatusOfContributions({ status: { ...STATUS, states: [], totals: [] }, language: 'EN' }),
    );
    expect(text).toContain('No shares had been issued by that day.');
  });

  it('gives spreadsheets one row per State and meeting with plain amounts', () => {
    const csv = renderStatusOfContributionsCsv({ status: STATUS, language: 'EN' });
    expect(csv.fileName).toBe('status-of-contributions-2026-02-20-EN.csv');
    expect(csv.mediaType).toBe('text/csv; charset=utf-8');
    expect(csv.content.split('\r\n')).toEqual([
      'ISO code,State,Meeting code,Meeting,Currency,Issued on,Due on,Assessed,Paid,Outstanding,Credit,Outstanding for',
      'CHE,Switzerland,11MSP,Eleventh Meeting of States Parties,CHF,2023-10-02,2023-11-01,6764.10,4000.00,2764.10,0.00,Over 2 years',
      'CHE,Switzerland,14MSP,Fourteenth Meeting of States Parties,USD,2026-02-01,2026-03-03,1200.00,0.00,1200.00,0.00,Not yet due',
      'CIV,Côte d’Ivoire,11MSP,Eleventh Meeting of States Parties,CHF,2023-10-02,2023-11-01,100.00,120.00,0.00,20.00,',
      '',
    ]);
    expect(renderStatusOfContributionsCsv({ status: STATUS, language: 'FR' }).content).toContain(
      'Code ISO,État,Code de la réunion,Réunion,Monnaie',
    );
  });

  it('renders a landscape PDF holding the title and the totals', async () => {
    const pdf = await renderPdf({
      document: 'STATUS_OF_CONTRIBUTIONS',
      status: STATUS,
      language: 'EN',
      compress: false,
    });
    expect(pdf.fileName).toBe('status-of-contributions-2026-02-20-EN.pdf');
    const file = Buffer.from(pdf.content).toString('latin1');
    expect(file.startsWith('%PDF-')).toBe(true);
    // A4 landscape: 841.89 wide.
    expect(file).toMatch(/MediaBox \[0 0 841\.89/);
  });
});
