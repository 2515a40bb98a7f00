/** Links near-duplicate documents to their first copy instead of coding them again. */
import { createHash } from 'node:crypto';
import type { DyadDocument, RawDoc } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import { DEFAULT_DATA_DIR, hashDataDir } from '../dictionaries/dictionaries.js';
import { pageFields } from '../extract/article-builder.js';
import { extractStage } from '../extract/extract-stage.js';
import { loadFurnitureRules } from '../extract/furniture-rules.js';
import { DYAD_VERSION } from '../version.js';
import type { InputItem } from './input-reader.js';
import { MAX_REMEMBERED } from './near-duplicates.js';

/** One input after coding: its document, or why it failed (reading or coding). */
export type CodedInput =
  | { raw: RawDoc; doc: DyadDocument }
  | { raw: RawDoc; failure: unknown }
  | { error: DyadError };

/** Makes the document of a copy: its own text and metadata, no coded layers, `duplicateOf` the first copy's id. */
export type CopyLinker = (raw: RawDoc, duplicateOf: string) => DyadDocument;

/**
 * Codes inputs with `code` except near-duplicates (items with `copyOf`, see readInputs), which
 * become linked documents (`duplicateOf` = the first copy's document id) in their place; order
 * is kept. A copy of a document that failed fails the same way.
 * @example for await (const item of codeLinkingCopies(readInputs(list, process.stdin, { duplicates: true }), (rest) => codeInputs(rest), createCopyLinker())) …
 */
export async function* codeLinkingCopies(
  items: AsyncIterable<InputItem> | Iterable<InputItem>,
  code: (items: AsyncIterable<InputItem>) => AsyncIterable<CodedInput>,
  link: CopyLinker,
): AsyncGenerator<CodedInput> {
  // One slot per input in input order: a copy waiting to be linked, or a place for a coded item.
  const slots: Array<{ raw: RawDoc; copyOf: string } | null> = [];
  const outcomes = new Map<string, { id: string } | { failure: unknown }>();
  const feed = async function* (): AsyncGenerator<InputItem> {
    for await (const item of items) {
      if ('raw' in item && item.copyOf !== undefined) slots.push({ raw: item.raw, copyOf: item.copyOf });
      else {
        slots.push(null);
        yield item;
      }
    }
  };
  const linkWaiting = function* (): Generator<CodedInput> {
    while (slots.length && slots[0] !== null) {
      const { raw, copyOf } = slots.shift()!;
      yield linkOne(raw, copyOf, outcomes.get(copyOf), link);
    }
  };
  for await (const coded of code(feed())) {
    yield* linkWaiting();
    slots.shift();
    if ('raw' in coded) {
      outcomes.set(coded.raw.uri, 'doc' in coded ? { id: coded.doc.id } : { failure: coded.failure });
      // Forget the oldest first copies as the near-duplicate index does.
      if (outcomes.size > MAX_REMEMBERED) outcomes.delete(outcomes.keys().next().value!);
    }
    yield coded;
  }
  yield* linkWaiting();
}

function linkOne(raw: RawDoc, copyOf: string, first: { id: string } | { failure: unknown } | undefined, link: CopyLinker): CodedInput {
  if (first && 'failure' in first) {
    const reason = first.failure instanceof DyadError ? first.failure : null;
    const message = `a near-duplicate of ${copyOf}, which was rejected${reason ? ` (${reason.message})` : ''}`;
    return { raw, failure: new DyadError(reason?.code ?? 'E056', message, raw.uri) };
  }
  try {
    return { raw, doc: link(raw, first?.id ?? copyOf) };
  } catch (failure) {
    return { raw, failure };
  }
}

/**
 * The standard linker: extracts the copy's article (title, text, furniture, date) with the
 * dictionaries in `dataDir` and leaves every coded layer empty.
 * @example const link = createCopyLinker(); link(raw, 'sha256:…').duplicateOf
 */
export function createCopyLinker(dataDir = DEFAULT_DATA_DIR, date?: string): CopyLinker {
  // Compiled on the first copy: most runs have none.
  let state: { extract: ReturnType<typeof extractStage.create>; versions: DyadDocument['versions'] } | null = null;
  return (raw, duplicateOf) => {
    state ??= { extract: extractStage.create(loadFurnitureRules(dataDir)), versions: { dyad: DYAD_VERSION, dictionaries: hashDataDir(dataDir) } };
    const { extract, versions } = state;
    const article = extract({ raw, defaultDate: date }).article!;
    const hash = `sha256:${createHash('sha256').update(article.text).digest('hex')}`;
    return {
      id: raw.id ?? hash, hash, uri: raw.uri,
      title: article.title, published: article.published, publisher: article.publisher, language: article.language,
      text: article.text, furniture: article.furniture,
      actors: [], places: [], events: [], claims: [], quotes: [], relations: [],
      versions,
      ...pageFields(raw, article),
      duplicateOf,
    };
  };
}
