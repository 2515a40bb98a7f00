import { describe, expect, it } from 'vitest';
import { detectLanguage, isEnglishTag, languageName } from './language.js';

describe('detectLanguage', () => {
  it('tells English and other languages apart, and says nothing about short texts', () => {
    expect(detectLanguage('The Freedonian foreign minister on Tuesday met her Sylvanian counterpart in Marsovia, the first talks between the two governments since the border war. Both sides agreed to reopen their embassies and to meet again next month, a spokesman said.')).toBe('eng');
    expect(detectLanguage('El ministro de Asuntos Exteriores se reunió el martes con su homólogo en la capital, en la primera ronda de conversaciones entre los dos gobiernos desde la guerra. Ambas partes acordaron reabrir sus embajadas y volver a reunirse el mes próximo.')).toBe('spa');
    expect(detectLanguage('Too short to tell.')).toBeNull();
  });

  it('names languages and reads English tags', () => {
    expect(languageName('por')).toBe('Portuguese');
    expect(languageName('pt-BR')).toBe('Brazilian Portuguese');
    expect(languageName('zzz')).toBe('the language "zzz"');
    expect(['en', 'en-US', 'EN_gb'].every(isEnglishTag)).toBe(true);
    expect(isEnglishTag('eng')).toBe(false);
  });
});
