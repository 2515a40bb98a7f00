import { describe, expect, it } from 'vitest';
import { joinsWord } from './letter-joins.js';
import { tokenize, tokenTextsOf } from './tokenizer.js';

describe('letters beyond Latin-1', () => {
  it('keeps names with such letters whole, with their offsets', () => {
    const text = 'President Erdoğan met Aleksandar Vučić in Łódź; Nguyễn Phú Trọng and Ilham Əliyev in Şanlıurfa.';
    const words = tokenize(text).tokens.map((t) => t.text);
    expect(words).toEqual(['President', 'Erdoğan', 'met', 'Aleksandar', 'Vučić', 'in', 'Łódź', ';', 'Nguyễn', 'Phú', 'Trọng', 'and', 'Ilham', 'Əliyev', 'in', 'Şanlıurfa', '.']);
    for (const t of tokenize(text).tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize('Erdoğan spoke.').tokens[0]).toMatchObject({ pos: 'PROPN', norm: 'erdoğan' });
  });

  it('gives dictionary phrases the same words as running text', () => {
    expect(tokenTextsOf(['Recep Tayyip Erdoğan', 'Aleksandar Vučić', 'São Paulo'])).toEqual([['Recep', 'Tayyip', 'Erdoğan'], ['Aleksandar', 'Vučić'], ['São', 'Paulo']]);
  });

  it('leaves the cuts UD makes too, and pieces that are not letters, apart', () => {
    expect(joinsWord('gon', 'na')).toBe(false);
    expect(joinsWord('can', 'not')).toBe(false);
    expect(joinsWord('Erdo', 'ğ')).toBe(true);
    expect(joinsWord('ğ', '-')).toBe(false);
    expect(tokenize('Mof-Ávvi and Kim Jong-un').tokens.map((t) => t.text)).toEqual(['Mof', '-', 'Ávvi', 'and', 'Kim', 'Jong', '-', 'un']);
  });
});
