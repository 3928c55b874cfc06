import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/domain-error.ts';
import { documentLanguageOf } from './document-language.ts';

describe('documentLanguageOf', () => {
  it('renders documents in English and French', () => {
    expect(documentLanguageOf({ language: 'EN', path: 'language' })).toBe('EN');
    expect(documentLanguageOf({ language: 'FR', path: 'language' })).toBe('FR');
  });

  it('refuses the other UN languages with a ValidationError naming the argument', () => {
    for (const language of ['AR', 'ZH', 'RU', 'ES'] as const) {
      const refusal = (() => {
        try {
          return documentLanguageOf({ language, path: 'language' });
        } catch (error) {
          return error;
        }
      })();
      expect(refusal).toBeInstanceOf(ValidationError);
      expect((refusal as ValidationError).issues).toEqual([
        {
          path: 'language',
          message: `Documents are rendered in English (EN) or French (FR); ${language} is not one of them.`,
        },
      ]);
    }
  });
});
