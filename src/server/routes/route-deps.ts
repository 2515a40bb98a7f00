/** What every route file is given: the store, the limits and the error log. Routes hold no other state. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '../../storage/store.js';
import type { ServerLimits } from '../options.js';

export interface RouteDeps {
  store: Store;
  limits: ServerLimits;
  /** Reports a failure the client cannot be told about (an export that breaks after its headers were sent). */
  logError: (message: string) => void;
}

/** A route file's entry point: adds its routes to the app. */
export type RegisterRoutes = (app: OpenAPIHono, deps: RouteDeps) => void;
