/** Loads data for a component, cancelling the previous request when its inputs change. */
import { useEffect, useState } from 'preact/hooks';

/** What a load looks like while it runs: the last data stays until new data replaces it. */
export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
}

/**
 * Runs `load` whenever `key` changes; a change aborts the request before it.
 * @example const { data } = useApi((s) => api('/api/actors', { limit: 10 }, s), 'actors');
 */
export function useApi<T>(load: ((signal: AbortSignal) => Promise<T>) | null, key: string): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: load !== null });
  useEffect(() => {
    if (!load) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    const ctl = new AbortController();
    setState((s) => ({ ...s, error: null, loading: true }));
    load(ctl.signal).then(
      (data) => { if (!ctl.signal.aborted) setState({ data, error: null, loading: false }); },
      (e: Error) => { if (!ctl.signal.aborted) setState({ data: null, error: e.message, loading: false }); },
    );
    return () => ctl.abort();
    // `key` stands for everything `load` reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state;
}
