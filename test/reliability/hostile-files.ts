/** Hostile and good input files for the reliability tests: each hostile one with the error code it must get. */
import { closeSync, openSync, writeFileSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ARTICLE_PARAGRAPHS, articlePage } from '../ingest/web-server.js';

/** A file to write, and what reading and coding it must give: stored, or rejected with this code. */
export interface InputFile {
  name: string;
  /** The bytes, or a size for a sparse file of that many NUL bytes written without filling memory. */
  content: string | Buffer | { sparseBytes: number };
  /** Documents it holds that must be stored. */
  good: number;
  /** Error codes it must be rejected with, one per bad document in it, in order. */
  rejected: string[];
}

const ACTORS = ['Russia', 'Ukraine', 'France', 'Germany', 'China', 'Japan', 'Iran', 'Israel', 'Turkey', 'Egypt'];
const VERBS = ['attacked', 'condemned', 'criticized', 'praised', 'threatened', 'imposed sanctions on'];

/** A short good article, different for every `n`. */
export function goodArticle(n: number): string {
  const a = ACTORS[n % ACTORS.length];
  const b = ACTORS[(n * 7 + 3) % ACTORS.length] === a ? ACTORS[(n + 1) % ACTORS.length] : ACTORS[(n * 7 + 3) % ACTORS.length];
  return `Dispatch ${n}\n\n${a} ${VERBS[n % VERBS.length]} ${b} on Monday, officials said. The bureau filed report number ${n} at noon.\n`;
}

/** A news page whose text is its own: the shared paragraphs and a sentence naming `n`. */
export function goodPage(n: number, headline = `Freedonian minister meets Sylvanian counterpart, part ${n}`): string {
  return articlePage(headline, [...ARTICLE_PARAGRAPHS, `The ministry published its record of meeting number ${n} on its website on Wednesday.`]);
}

/** Paragraphs in languages Dyad does not code. */
export const FOREIGN_PARAGRAPHS: Record<string, string> = {
  portuguese: 'O ministro das Relações Exteriores da Freedônia reuniu-se na terça-feira com o seu homólogo da Silvânia, nas primeiras conversações entre os dois governos desde a guerra de fronteira. Ambos os lados concordaram em reabrir as suas embaixadas e em voltar a reunir-se no próximo mês, disse um porta-voz do ministério.',
  german: 'Der Außenminister Freedonias hat sich am Dienstag mit seinem Amtskollegen aus Sylvanien getroffen, die ersten Gespräche zwischen beiden Regierungen seit dem Grenzkrieg. Beide Seiten vereinbarten, ihre Botschaften wieder zu öffnen und sich im nächsten Monat erneut zu treffen, sagte ein Sprecher des Ministeriums.',
  french: 'Le ministre des affaires étrangères de la Freedonie a rencontré mardi son homologue de Sylvanie, lors des premières discussions entre les deux gouvernements depuis la guerre frontalière. Les deux parties ont convenu de rouvrir leurs ambassades et de se retrouver le mois prochain, a déclaré un porte-parole du ministère.',
};

/** One WARC record (headers, blank line, block, two CRLFs) holding an HTTP 200 HTML response. */
export function warcResponse(uri: string, html: Buffer | string): Buffer {
  const body = typeof html === 'string' ? Buffer.from(html) : html;
  const block = Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n'), body]);
  const head = ['WARC/1.0', 'WARC-Type: response', `WARC-Record-ID: <urn:uuid:${uri.length}-${body.length}>`, 'WARC-Date: 2024-05-18T01:58:10Z',
    `WARC-Target-URI: ${uri}`, 'Content-Type: application/http; msgtype=response', `Content-Length: ${block.length}`].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), block, Buffer.from('\r\n\r\n')]);
}

/**
 * A folder's worth of inputs: good text, HTML, JSON Lines and WARC documents among empty,
 * binary, truncated, mis-encoded, gigantic, deeply nested, pathological and foreign ones.
 */
export function hostileFolder(): InputFile[] {
  const utf8 = Buffer.from(goodArticle(90).replace('officials', 'officials of the café'));
  const warc = Buffer.concat([warcResponse('https://example.org/a', goodPage(101)), warcResponse('https://example.org/b', goodPage(102))]);
  return [
    { name: 'good-1.txt', content: goodArticle(1), good: 1, rejected: [] },
    { name: 'good-2.txt', content: goodArticle(2), good: 1, rejected: [] },
    { name: 'good-page.html', content: goodPage(100), good: 1, rejected: [] },
    {
      name: 'mixed.jsonl',
      content: [JSON.stringify({ id: 'j1', text: goodArticle(3) }), '{"id": "broken", "text": ', 'not json at all', JSON.stringify({ id: 'j2', text: 5 }),
        JSON.stringify({ id: 'j3' }), JSON.stringify([1, 2]), JSON.stringify({ id: 'j4', text: goodArticle(4), date: 'yesterday' }), JSON.stringify({ id: 'j5', text: goodArticle(5) })].join('\n'),
      good: 2, rejected: ['E005', 'E005', 'E005', 'E005', 'E005', 'E005'],
    },
    { name: 'empty.txt', content: '', good: 0, rejected: ['E002'] },
    { name: 'blank.txt', content: ' \n\t\n  ', good: 0, rejected: ['E002'] },
    { name: 'binary.txt', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), good: 0, rejected: ['E003'] },
    { name: 'latin1.txt', content: Buffer.from('Caf\xe9 talks in Marsovia ended on Monday.', 'latin1'), good: 0, rejected: ['E004'] },
    { name: 'truncated-utf8.txt', content: utf8.subarray(0, utf8.indexOf(Buffer.from('é')) + 1), good: 0, rejected: ['E004'] },
    { name: 'binary.jsonl', content: Buffer.from([0x7b, 0x00, 0x01, 0x02, 0x7d]), good: 0, rejected: ['E003'] },
    { name: 'huge.txt', content: { sparseBytes: 100 * 1024 * 1024 }, good: 0, rejected: ['E052'] },
    { name: 'nested.html', content: `<html><body>${'<div>'.repeat(100_000)}Freedonia attacked Sylvania.</body></html>`, good: 0, rejected: ['E059'] },
    { name: 'commas.txt', content: `Russia attacked Ukraine ${', '.repeat(10_000)} on Monday.`, good: 0, rejected: ['E061'] },
    { name: 'comma-list.txt', content: `Russia attacked ${Array.from({ length: 10_000 }, () => 'Ukraine').join(', ')}.`, good: 0, rejected: ['E061'] },
    { name: 'no-spaces.txt', content: 'RussiaattackedUkraineonMonday.'.repeat(5_000), good: 0, rejected: ['E061'] },
    { name: 'one-token.txt', content: 'x'.repeat(1024 * 1024), good: 0, rejected: ['E061'] },
    { name: 'portuguese.html', content: articlePage('Conversações em Marsóvia', [FOREIGN_PARAGRAPHS.portuguese, FOREIGN_PARAGRAPHS.portuguese]).replace('lang="en"', 'lang="pt"'), good: 0, rejected: ['E057'] },
    { name: 'crawl.warc.gz', content: gzipSync(warc), good: 2, rejected: [] },
    { name: 'truncated.warc', content: Buffer.concat([warcResponse('https://example.org/c', goodPage(103)), warc.subarray(0, warc.length / 3)]), good: 1, rejected: ['E055'] },
  ];
}

/** Writes the files into `dir` (a sparse file for a given size) and returns their paths by name. */
export function writeInputs(dir: string, files: InputFile[]): Map<string, string> {
  const paths = new Map<string, string>();
  for (const f of files) {
    const path = join(dir, f.name);
    if (typeof f.content === 'object' && 'sparseBytes' in f.content) {
      const fd = openSync(path, 'w');
      ftruncateSync(fd, f.content.sparseBytes);
      closeSync(fd);
    } else writeFileSync(path, f.content);
    paths.set(f.name, path);
  }
  return paths;
}
