/** What `dyad watch` has seen: feed item GUIDs, article URLs and content hashes, kept in a small JSON file. */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DyadError } from '../core/errors.js';

/** Entries kept of each kind; the oldest are forgotten first (a feed repeats recent items, not old ones). */
export const MAX_SEEN = 100_000;
/** The state file's format version. */
const VERSION = 1;

/** The JSON form of the state file. */
interface StateFile {
  dyadWatchState: number;
  guids: string[];
  urls: string[];
  hashes: string[];
}

/** One item to remember: its feed and GUID, its article URL, and its content hash, as far as known. */
export interface SeenItem {
  feed: string;
  guid?: string;
  url?: string | null;
  hash?: string;
}

/** The items a watch has seen, by GUID (per feed), URL and content hash. */
export class SeenItems {
  private readonly guids: Set<string>;
  private readonly urls: Set<string>;
  private readonly hashes: Set<string>;

  private constructor(file: StateFile | null) {
    this.guids = new Set(file?.guids ?? []);
    this.urls = new Set(file?.urls ?? []);
    this.hashes = new Set(file?.hashes ?? []);
  }

  /**
   * Loads the state file; a missing file is an empty state. Throws E001 when the file is not a
   * watch state (so a wrong --state path never overwrites another file).
   * @example const seen = SeenItems.load('dyad.db.watch.json')
   */
  static load(path: string): SeenItems {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return new SeenItems(null);
      throw new DyadError('E001', `cannot read the watch state (${(e as Error).message})`, path);
    }
    let file: StateFile;
    try {
      file = JSON.parse(text) as StateFile;
    } catch {
      throw new DyadError('E001', 'the file is not a Dyad watch state (not JSON); pass another --state file', path);
    }
    if (file?.dyadWatchState !== VERSION || !Array.isArray(file.guids) || !Array.isArray(file.urls) || !Array.isArray(file.hashes)) {
      throw new DyadError('E001', `the file is not a Dyad watch state (expected "dyadWatchState": ${VERSION}); pass another --state file`, path);
    }
    return new SeenItems(file);
  }

  /** An empty state (for a watch without a file). */
  static empty(): SeenItems {
    return new SeenItems(null);
  }

  /** Whether the feed's item with this GUID, or an item linking to this URL, was seen. */
  hasItem(feed: string, guid: string, url: string | null): boolean {
    return this.guids.has(`${feed} ${guid}`) || (url !== null && this.urls.has(url));
  }

  /** Whether an article with this content hash was seen (the same story under a new URL). */
  hasHash(hash: string): boolean {
    return this.hashes.has(hash);
  }

  /** Remembers an item. */
  add(item: SeenItem): void {
    if (item.guid) remember(this.guids, `${item.feed} ${item.guid}`);
    if (item.url) remember(this.urls, item.url);
    if (item.hash) remember(this.hashes, item.hash);
  }

  /** Writes the state atomically (a temporary file renamed over the old one), so a killed watch never leaves half a file. */
  save(path: string): void {
    const file: StateFile = { dyadWatchState: VERSION, guids: [...this.guids], urls: [...this.urls], hashes: [...this.hashes] };
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(file)}\n`);
    renameSync(tmp, path);
  }
}

/** Adds a key as the newest entry, dropping the oldest past {@link MAX_SEEN}. */
function remember(set: Set<string>, key: string): void {
  set.delete(key);
  set.add(key);
  if (set.size > MAX_SEEN) set.delete(set.values().next().value!);
}
