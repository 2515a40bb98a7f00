/** Coded errors: each says what was found, what was expected, and where. */

/** Error codes used across Dyad; user-facing errors carry one of these. */
export const ERROR_CODES = {
  E001: 'input not found or unreadable',
  E002: 'input is empty',
  E003: 'input is binary, not text',
  E004: 'input is not valid UTF-8',
  E005: 'bad JSON Lines record',
  E010: 'dictionary file is malformed',
  E020: 'pipeline stage requirements are not met',
  E030: 'bad command-line usage',
  E040: 'cannot open or connect to the database',
  E041: 'the database schema is newer than this Dyad',
  E050: 'cannot fetch the URL (network error, HTTP error status or too many redirects)',
  E051: 'the URL is refused (not http/https, or a private, loopback or link-local address)',
  E052: 'the input is larger than the size limit',
  E053: 'the response is neither an HTML page nor a feed',
  E054: 'not a readable RSS, Atom or JSON feed',
  E055: 'not a readable WARC file, or a truncated one',
  E056: 'the page is not an article (an index or video page)',
  E057: 'the page is not in English',
  E058: 'the request timed out',
  E059: 'the page cannot be read (markup nested too deeply)',
  E060: 'the document took longer to code than its time budget',
  E061: 'the document is too large or pathological to code (a word, a sentence or the text over its limit)',
  E062: 'the store failed its integrity check',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** An error meant for the user: printed as one line, never with a stack trace. */
export class DyadError extends Error {
  constructor(readonly code: ErrorCode, readonly detail: string, readonly where?: string) {
    super(`${code} ${where ? `${where}: ` : ''}${detail}`);
    this.name = 'DyadError';
  }

  /** A plain object that crosses a worker-thread boundary and comes back with `revive`. */
  toJSON(): { code: ErrorCode; detail: string; where?: string } {
    return { code: this.code, detail: this.detail, where: this.where };
  }

  /** Rebuilds an error sent by `toJSON`. */
  static revive(o: { code: ErrorCode; detail: string; where?: string }): DyadError {
    return new DyadError(o.code, o.detail, o.where);
  }
}
