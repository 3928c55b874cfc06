import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const source = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('document entry points', () => {
  it('exports the text, HTML and CSV renderers from @plenary/domain', async () => {
    const domain = await import('@plenary/domain');
    expect(typeof domain.renderConveningNote).toBe('function');
    expect(typeof domain.renderReportReminder).toBe('function');
    expect(typeof domain.renderListOfParticipants).toBe('function');
    expect(typeof domain.renderAssessmentNotice).toBe('function');
    expect(typeof domain.escapeCsvFormula).toBe('function');
  });

  it('exports renderPdf from @plenary/domain/pdf', async () => {
    const pdf = await import('@plenary/domain/pdf');
    expect(typeof pdf.renderPdf).toBe('function');
  });

  it('keeps pdfmake out of the main entry point, so that the admin app never bundles it', () => {
    expect(source('../index.ts')).not.toMatch(/documents\/pdf/);
    const documentFiles = readdirSync(new URL('.', import.meta.url)).filter(
      (name) => name.endsWith('.ts') && !name.endsWith('.test.ts'),
    );
    for (const name of documentFiles) expect(source(`./${name}`), name).not.toMatch(/from '(pdfmake|\.\/pdf\/)/);
  });
});
