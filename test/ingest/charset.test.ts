import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeMarkup } from '../../src/ingest/charset.js';
import { ROOT } from '../helpers/cli.js';

const HTML = join(ROOT, '../shared/datasets/web/html');
const FEEDS = join(ROOT, '../shared/datasets/web/feeds');
const shared = existsSync(HTML);

describe('decodeMarkup', () => {
  it('lets a byte-order mark win over everything', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<meta charset="x-sjis"><p>Hi</p>', 'utf16le')]);
    expect(decodeMarkup(bytes, { kind: 'html', contentType: 'text/html; charset=iso-8859-1' }, 'x')).toMatchObject({ text: '<meta charset="x-sjis"><p>Hi</p>', charset: 'utf-16le', source: 'bom' });
  });

  it('takes the header, then the meta tag, then the XML declaration', () => {
    const latin1 = Buffer.from('<meta charset="windows-1251"><p>\xe9</p>', 'latin1');
    expect(decodeMarkup(latin1, { kind: 'html', contentType: 'text/html; charset=ISO-8859-1' }, 'x')).toMatchObject({ text: '<meta charset="windows-1251"><p>é</p>', source: 'header', charset: 'windows-1252' });
    expect(decodeMarkup(latin1, { kind: 'html' }, 'x')).toMatchObject({ text: '<meta charset="windows-1251"><p>й</p>', source: 'meta' });
    const xml = Buffer.from('<?xml version="1.0" encoding="ISO-8859-7"?><rss><title>\xc1</title></rss>', 'latin1');
    expect(decodeMarkup(xml, { kind: 'xml' }, 'x')).toMatchObject({ text: expect.stringContaining('<title>Α</title>'), source: 'xml' });
  });

  it('sniffs undeclared bytes: UTF-8 when valid, else windows-1252', () => {
    expect(decodeMarkup(Buffer.from('<p>Zürich</p>'), { kind: 'html' }, 'x')).toMatchObject({ text: '<p>Zürich</p>', charset: 'utf-8', source: 'sniff' });
    expect(decodeMarkup(Buffer.from('<p>\x93Z\xfcrich\x94</p>', 'latin1'), { kind: 'html' }, 'x')).toMatchObject({ text: '<p>“Zürich”</p>', charset: 'windows-1252' });
  });

  it('ignores an unknown label and reads a markup UTF-16 label as UTF-8', () => {
    expect(decodeMarkup(Buffer.from('<meta charset="no-such-thing"><p>é</p>'), { kind: 'html' }, 'x').charset).toBe('utf-8');
    expect(decodeMarkup(Buffer.from('<meta charset="utf-16"><p>é</p>'), { kind: 'html' }, 'x')).toMatchObject({ charset: 'utf-8', source: 'meta' });
  });

  it('rejects empty and binary input', () => {
    expect(() => decodeMarkup(Buffer.alloc(0), { kind: 'html' }, 'a.html')).toThrow(/E002 a\.html: the input is empty/);
    expect(() => decodeMarkup(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]), { kind: 'html' }, 'a.html')).toThrow(/E003 a\.html: the input looks binary/);
  });
});

describe.skipIf(!shared)('decodeMarkup on the legacy-encoded pages of ../shared/datasets/web', () => {
  it.each([
    ['ja-yomiuri-shift_jis-2011.html', 'shift_jis', '海水汚染には猫トイレの砂'],
    ['de-spiegel-iso-8859-1-2011.html', 'windows-1252', 'Commodore reaktiviert den C64'],
    ['es-elmundo-iso-8859-15-2023.html', 'iso-8859-15', 'La negociación entre Junts y el PSOE'],
    ['de-tagespost-latin1-label-cp1252-bytes-2020.html', 'windows-1252', 'Warum wir jetzt Demut brauchen'],
    ['zh-xinhua-gb2312-wayback.html', 'gbk', '话剧《约定无期限》河北各市巡演结束'],
    ['kcna-utf16le-bom-vs-meta-sjis.html', 'utf-16le', 'KCNA'],
    ['es-uniradio-meta-latin1-but-utf8-2022.html', 'utf-8', 'Covid, segunda causa de muerte en México en 2021'],
  ])('%s reads as %s', (file, charset, phrase) => {
    const { text, charset: used } = decodeMarkup(readFileSync(join(HTML, file)), { kind: 'html' }, file);
    expect(used).toBe(charset);
    expect(text).toContain(phrase);
    expect(text).not.toContain('\uFFFD');
  });

  it('the Tagespost page keeps its windows-1252 quotes („…“), not C1 controls', () => {
    const { text } = decodeMarkup(readFileSync(join(HTML, 'de-tagespost-latin1-label-cp1252-bytes-2020.html')), { kind: 'html' }, 'x');
    expect(text).toMatch(/„[^“]{1,80}“/);
    expect(text).not.toMatch(/[\u0080-\u009f]/);
  });

  it.each([
    ['rss2-jn-pt-iso-8859-1-2018.xml', 'Mãe de utente é a nova presidente da Raríssimas'],
    ['rss2-oren-ru-windows-1251-2014.xml', 'В Бузулуке главные стройплощадки – детсад и Ледовый дворец'],
    ['rss2-naftemporiki-gr-iso-8859-7.xml', 'Μεγάλη η αύξηση στις πωλήσεις ημιαγωγών παγκοσμίως'],
    ['atom03-amefoot-jp-shift_jis.xml', '宇都宮ブレイカーズ'],
    ['malformed-rss-uol-br-undeclared-latin1-2018.xml', 'Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno'],
  ])('the feed %s decodes without replacement characters', (file, title) => {
    const { text } = decodeMarkup(readFileSync(join(FEEDS, file)), { kind: 'xml' }, file);
    expect(text).toContain(title);
    expect(text).not.toContain('\uFFFD');
  });
});
