import { Coder } from '../coder.js';

let coder: Coder | null = null;

/**
 * The actor mentions the production coder finds in a text, as "text=CODE": what the actor tests of
 * this folder compare against real news sentences.
 * @example codedActors('Israeli troops entered Gaza.', '2023-10-27') // ['Israeli troops=ISRMIL', 'Gaza=PSE']
 */
export function codedActors(text: string, date: string): string[] {
  coder ??= new Coder();
  return coder.code({ uri: 'test:actors', content: text, format: 'text' }, { date }).actors.map((a) => `${a.text}=${a.code}`);
}
