/** Loading, error and empty states, announced to screen readers. */
import type { ComponentChildren } from 'preact';

/** A status line: a spinner while loading, the server's message on an error, or `empty` when there is nothing. */
export function Status({ loading, error, empty, children }: { loading?: boolean; error?: string | null; empty?: boolean; children?: ComponentChildren }) {
  if (error) return <p class="status status-error" role="alert">Could not load: {error}</p>;
  if (loading) return <p class="status" role="status" aria-live="polite">Loading…</p>;
  if (empty) return <p class="status" role="status">{children ?? 'Nothing matches these filters.'}</p>;
  return null;
}
