import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/domain-error.ts';
import { ODA_GENEVA } from './fixtures/eleventh-meeting.ts';
import { ELEVENTH_MEETING } from './fixtures/participants.ts';
import { renderAssessmentNotice, type AssessmentNoticeData } from './render-assessment-notice.ts';

const GERMANY: AssessmentNoticeData = {
  reference: 'CCM/MSP/2023/ASSESSMENT/DEU',
  date: '2023-06-01',
  issuingOffice: { ...ODA_GENEVA, letterhead: 'UNITED NATIONS | NATIONS UNIES' },
  state: { name: { EN: 'Germany', FR: 'l’Allemagne' } },
  meeting: ELEVENTH_MEETING,
  convention: {
    title: { EN: 'Convention on Cluster Munitions', FR: 'la Convention sur les armes à sous-munitions' },
    costSharingArticle: { EN: 'Article 14, paragraph 1', FR: 'le paragraphe 1 de l’article 14' },
  },
  scale: { name: '2022-2024', resolution: 'A/RES/76/238' },
  estimate: { kind: 'ESTIMATE', total: '411257.00', currency: 'USD' },
  share: { assessed: true, ratePercent: '6.111000', sharePercent: '14.123456789', amount: '58084.12' },
  payments: [
    { receivedOn: '2023-07-03', amount: '50000.00', currency: 'USD', reference: 'DE-2023-17' },
    { receivedOn: '2023-08-01', amount: '0.10', currency: 'USD', reference: null },
  ],
};

const HOLY_SEE: AssessmentNoticeData = {
  ...GERMANY,
  reference: 'CCM/MSP/2023/ASSESSMENT/VAT',
  state: { name: { EN: 'Holy See', FR: 'le Saint-Siège' } },
  share: { assessed: false, ratePercent: null, sharePercent: null, amount: null },
  payments: [],
};

const text = (notice: AssessmentNoticeData, language: 'EN' | 'FR' = 'EN') =>
  renderAssessmentNotice({ notice, language, format: 'TEXT' }).content;

describe('renderAssessmentNotice', () => {
  it('gives the scale, the rate, the adjusted share, the amount, the payments and the balance', () => {
    const content = text(GERMANY);
    expect(content).toContain(
      'UNITED NATIONS | NATIONS UNIES\n\nREFERENCE: CCM/MSP/2023/ASSESSMENT/DEU\n\nAssessment notice — Eleventh Meeting of States Parties\n\nAssessment of Germany',
    );
    expect(content).toContain(
      'Under Article 14, paragraph 1, of the Convention on Cluster Munitions, the costs of the Eleventh Meeting of States Parties are borne',
    );
    expect(content).toContain('the scale for 2022-2024 (General Assembly resolution A/RES/76/238)');
    expect(content).toMatch(/Estimated cost of the meeting\s+US\$411,257\.00/);
    expect(content).toMatch(/United Nations assessment rate\s+6\.111000 per cent/);
    expect(content).toMatch(/Adjusted share\s+14\.123456789 per cent/);
    expect(content).toMatch(/Amount assessed\s+US\$58,084\.12/);
    expect(content).toMatch(/Payments received\s+US\$50,000\.10/);
    expect(content).toMatch(/Balance outstanding\s+US\$8,084\.02/);
    expect(content).toMatch(/3 July 2023\s+DE-2023-17\s+US\$50,000\.00/);
    expect(content).not.toContain('Credit');
  });

  it('keeps every digit of large amounts, which a float would lose', () => {
    const notice = {
      ...GERMANY,
      estimate: { ...GERMANY.estimate, total: '90071992547409.93' },
      share: { ...GERMANY.share, amount: '90071992547409.91' },
      payments: [],
    };
    expect(text(notice)).toMatch(/Balance outstanding\s+US\$90,071,992,547,409\.91/);
  });

  it('shows a credit when payments exceed a share, and the actual cost when shares were issued on it', () => {
    const notice: AssessmentNoticeData = {
      ...GERMANY,
      estimate: { ...GERMANY.estimate, kind: 'ACTUAL' },
      share: { ...GERMANY.share, amount: '50000.00' },
    };
    const content = text(notice);
    expect(content).toMatch(/Actual cost of the meeting\s+US\$411,257\.00/);
    expect(content).toMatch(/Balance outstanding\s+US\$0\.00/);
    expect(content).toMatch(/Credit \(paid beyond the share\)\s+US\$0\.10/);
    expect(content).toContain('to its actual cost.');
  });

  it('lists a State without a UN rate as unassessed, with no balance', () => {
    const content = text(HOLY_SEE);
    expect(content).toContain(
      'Holy See has no rate in the United Nations scale of assessment for 2022-2024 and no rate agreed for this meeting.',
    );
    expect(content).toMatch(/United Nations assessment rate\s+Not assessed/);
    expect(content).not.toContain('Balance outstanding');
    expect(content).toContain('No payment has been received.');
  });

  it('formats money, rates and dates for French, with the State named in French', () => {
    const content = text(GERMANY, 'FR');
    expect(content).toContain(
      'Avis de mise en recouvrement — Onzième Assemblée des États parties\n\nQuote-part de l’Allemagne',
    );
    expect(content).toContain(
      'Conformément au paragraphe 1 de l’article 14 de la Convention sur les armes à sous-munitions, les coûts de la onzième Assemblée des États parties',
    );
    expect(content).toMatch(/Taux de contribution de l’ONU\s+6,111000\u00a0%/);
    expect(content).toMatch(/Montant mis en recouvrement\s+58\u202f084,12\u00a0\$US/);
    expect(content).toMatch(/Solde restant dû\s+8\u202f084,02\u00a0\$US/);
    expect(content).toMatch(/3 juillet 2023\s+DE-2023-17/);
    expect(text(HOLY_SEE, 'FR')).toContain('Le Saint-Siège n’a pas de taux dans le barème');
    expect(text(HOLY_SEE, 'FR')).toContain('convenu pour cette réunion. Sa quote-part');
  });

  it('names a State with a plural name in agreement: les Bahamas n’ont pas de taux, leur quote-part', () => {
    const bahamas = text({ ...HOLY_SEE, state: { name: { EN: 'Bahamas', FR: 'les Bahamas' } } }, 'FR');
    expect(bahamas).toContain('Quote-part des Bahamas');
    expect(bahamas).toContain('Les Bahamas n’ont pas de taux dans le barème');
    expect(bahamas).toContain('convenu pour cette réunion. Leur quote-part');
  });

  it('says, in English and French, why a scale was applied outside its period, and says nothing when it covers the meeting', () => {
    const notice: AssessmentNoticeData = {
      ...GERMANY,
      scale: {
        ...GERMANY.scale,
        overrideReason: 'The Meeting decided to apply the scale in force when the estimate was adopted.',
      },
    };
    expect(text(notice)).toContain(
      'The scale for 2022-2024 does not cover the year in which the meeting opens. It was applied for the following reason: The Meeting decided to apply the scale in force when the estimate was adopted.',
    );
    expect(text(notice, 'FR')).toContain(
      'Le barème 2022-2024 ne couvre pas l’année d’ouverture de la réunion. Il a été appliqué pour la raison suivante\u00a0: The Meeting decided to apply the scale in force when the estimate was adopted.',
    );
    expect(text(GERMANY)).not.toContain('does not cover');
    expect(text({ ...GERMANY, scale: { ...GERMANY.scale, overrideReason: null } }, 'FR')).not.toContain(
      'ne couvre pas',
    );
  });

  it('uses the minor units of the currency', () => {
    const notice: AssessmentNoticeData = {
      ...GERMANY,
      estimate: { kind: 'ESTIMATE', total: '1000', currency: 'JPY' },
      share: { ...GERMANY.share, amount: '141' },
      payments: [{ receivedOn: '2023-07-03', amount: '100', currency: 'JPY' }],
    };
    expect(text(notice)).toMatch(/Balance outstanding\s+JP¥41\n/);
  });

  it('refuses payments in another currency and an assessed share without its amount', () => {
    const otherCurrency = { ...GERMANY, payments: [{ receivedOn: '2023-07-03', amount: '1.00', currency: 'CHF' }] };
    expect(() => text(otherCurrency)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: 'notice.payments.0.currency' })] }),
    );
    expect(() => text({ ...GERMANY, share: { ...GERMANY.share, amount: null } })).toThrow(ValidationError);
  });

  it('is print-ready HTML with amounts aligned right', () => {
    const rendered = renderAssessmentNotice({ notice: GERMANY, language: 'EN', format: 'HTML' });
    expect(rendered.fileName).toBe('CCM-MSP-2023-ASSESSMENT-DEU-EN.html');
    expect(rendered.content).toContain('<td class="number">US$58,084.12</td>');
  });
});
