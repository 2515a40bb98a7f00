import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { Coder } from '../coder.js';
import type { DyadDocument } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import { bodyText } from '../ingest/body-text.js';
import { codeLinkingCopies, createCopyLinker, type CodedInput } from '../ingest/duplicate-links.js';
import { pollFeed, type FreshItem } from '../ingest/feed-watch.js';
import { HostGate } from '../ingest/host-gate.js';
import type { InputItem } from '../ingest/input-reader.js';
import { NearDuplicateIndex } from '../ingest/near-duplicates.js';
import { isUrl, webOptionsFromEnv } from '../ingest/url-reader.js';
import { SeenItems } from '../ingest/watch-state.js';
import { parseIsoDate } from '../nlp/iso-date.js';
import { effectiveDbUrl, parseDbUrl } from '../storage/open-store.js';
import { DYAD_VERSION } from '../version.js';
import { describeError, describeFailure, EXIT, out, warn } from './output.js';
import { addDbOption, reportStoreErrors, withStore } from './store-options.js';

/** Time between polls when --every is not given. */
export const DEFAULT_EVERY = '15m';
/** Pause between two requests to one host when --host-delay is not given (politeness). */
export const DEFAULT_HOST_DELAY_MS = 1000;
const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

interface WatchFlags {
  every?: string;
  db?: string;
  state?: string;
  once?: boolean;
  json?: boolean;
  date?: string;
  hostDelay?: string;
}

/** Reads a duration: "15m", "30s", "1h", "500ms", or a number of seconds. */
export function parseDuration(value: string, option = '--every'): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(value.trim());
  if (!m || Number(m[1]) <= 0) throw new DyadError('E030', `${option} is "${value}", expected a duration such as 15m, 30s or 1h`);
  return Math.round(Number(m[1]) * UNITS[m[2] ?? 's']);
}

/** The state file beside a SQLite store (`dyad.db.watch.json`), else `./dyad-watch.json`. */
export function defaultStatePath(db: string | undefined): string {
  const target = parseDbUrl(effectiveDbUrl(db));
  return target.kind === 'sqlite' && target.path !== ':memory:' ? `${target.path}.watch.json` : 'dyad-watch.json';
}

async function* codeEach(items: AsyncIterable<InputItem>, coder: Coder, date: string | undefined): AsyncGenerator<CodedInput> {
  for await (const item of items) {
    if ('error' in item) { yield item; continue; }
    try {
      yield { raw: item.raw, doc: coder.code(item.raw, { date }) };
    } catch (failure) {
      yield { raw: item.raw, failure };
    }
  }
}

/** `dyad watch FEED…`: polls feeds, codes and stores the items not seen before, until stopped (or once). */
export async function runWatch(feeds: string[], flags: WatchFlags): Promise<number> {
  const bad = feeds.find((f) => !isUrl(f));
  if (!feeds.length || bad !== undefined) throw new DyadError('E030', bad ? `"${bad}" is not a feed URL; expected http:// or https://` : 'name at least one feed URL');
  if (flags.date && !parseIsoDate(flags.date)) throw new DyadError('E030', `--date is "${flags.date}", expected a real date as YYYY-MM-DD`);
  const every = parseDuration(flags.every ?? DEFAULT_EVERY);
  const hostDelay = flags.hostDelay === undefined ? DEFAULT_HOST_DELAY_MS : Number(flags.hostDelay);
  if (!Number.isInteger(hostDelay) || hostDelay < 0) throw new DyadError('E030', `--host-delay is "${flags.hostDelay}", expected milliseconds, 0 or more`);
  const statePath = flags.state ?? defaultStatePath(flags.db);
  const seen = SeenItems.load(statePath);
  const web = { ...webOptionsFromEnv(), gate: new HostGate(hostDelay) };
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    return await reportStoreErrors(() => withStore(flags.db, async (store) => {
      const coder = new Coder();
      const link = createCopyLinker(undefined, flags.date);
      const copies = new NearDuplicateIndex();
      let rejectedAny = false;
      for (let poll = 1; !stop.signal.aborted; poll++) {
        const runId = `watch-${new Date().toISOString().replace(/[-:.]/g, '').slice(0, 15)}-${randomBytes(3).toString('hex')}`;
        await store.startRun({ id: runId, startedAt: new Date().toISOString(), dyadVersion: DYAD_VERSION, dictionaries: coder.dicts.version });
        const report = [];
        const rejected: Array<{ input: string; reason: string }> = [];
        const totals = { stored: 0, present: 0 };
        for (const feed of feeds) {
          const result = await pollFeed(feed, seen, web);
          for (const { error, item, final } of result.errors) {
            rejected.push({ input: error.where ?? feed, reason: describeError(error) });
            warn(describeError(error));
            if (final && item) seen.add({ feed, guid: item.guid, url: item.url });
          }
          const byRaw = new Map(result.fresh.map((f) => [f.raw, f] as [object, FreshItem]));
          const items = result.fresh.map(({ raw }) => ({ raw, copyOf: copies.check(raw.uri, bodyText(raw)) ?? undefined }));
          const docs: DyadDocument[] = [];
          for await (const coded of codeLinkingCopies(items, (rest) => codeEach(rest, coder, flags.date), link)) {
            if (!('raw' in coded)) continue;
            const fresh = byRaw.get(coded.raw)!;
            if ('doc' in coded) docs.push(coded.doc);
            else {
              rejected.push({ input: coded.raw.uri, reason: describeFailure(coded.raw.uri, coded.failure) });
              warn(describeFailure(coded.raw.uri, coded.failure));
            }
            // Stored or refused for good: either way it is not fetched again.
            seen.add({ feed, guid: fresh.item.guid, url: fresh.item.url, hash: fresh.hash });
          }
          const results = docs.length ? await store.putDocuments(docs, runId) : [];
          const stored = results.filter((r) => r.inserted).length;
          totals.stored += stored;
          totals.present += results.length - stored;
          seen.save(statePath);
          report.push({ feed, items: result.items, new: result.fresh.length, stored, present: results.length - stored, linked: docs.filter((d) => d.duplicateOf).length, repeats: result.repeats, rejected: result.errors.length + result.fresh.length - docs.length });
        }
        await store.finishRun(runId, { stored: totals.stored, skipped: totals.present, rejected });
        rejectedAny ||= rejected.length > 0;
        const at = new Date().toISOString();
        if (flags.json) out(JSON.stringify({ poll, at, run: runId, feeds: report }));
        else for (const r of report) out(`${at} poll ${poll} ${r.feed}: ${r.items} items, ${r.new} new, ${r.stored} stored, ${r.linked} linked copies, ${r.repeats} repeats, ${r.rejected} rejected`);
        if (flags.once) break;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, every);
          stop.signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
        });
      }
      return rejectedAny ? EXIT.rejected : EXIT.ok;
    }));
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  }
}

/** Registers the `watch` command. */
export function registerWatch(program: Command, done: (code: number) => void): void {
  const cmd = program
    .command('watch')
    .description('poll RSS/Atom/JSON feeds and code and store the items not seen before (GUID, URL and content hash are remembered)')
    .argument('<feeds...>', 'feed URLs');
  addDbOption(cmd)
    .option('--every <duration>', `time between polls, e.g. 15m, 30s, 1h (default ${DEFAULT_EVERY})`)
    .option('--state <file>', 'where seen items are remembered (default: beside the SQLite store, DB.watch.json; else ./dyad-watch.json)')
    .option('--once', 'poll once and exit (for cron): exit code 3 when some items were rejected')
    .option('--host-delay <ms>', `pause between two requests to one host (default ${DEFAULT_HOST_DELAY_MS})`)
    .option('--date <YYYY-MM-DD>', 'publication date for items that carry none')
    .option('--json', 'one JSON summary per poll')
    .action(async (feeds: string[], flags: WatchFlags) => done(await runWatch(feeds, flags)));
}
