/** Errors of the storage layer: coded, one line, naming the database (never its password). */

import { DyadError } from '../core/errors.js';

export type StoreErrorCode = 'E040' | 'E041';

/** A storage failure meant for the user: a DyadError, so every command prints it as one line. */
export class StoreError extends DyadError {
  constructor(code: StoreErrorCode, message: string, where?: string) {
    super(code, message, where);
    this.name = 'StoreError';
  }
}

/**
 * A database URL safe to print: the password is replaced by `***`.
 * @example redactUrl('postgres://u:secret@db/x') // 'postgres://u:***@db/x'
 */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@/]*@/i, '$1***@');
}
