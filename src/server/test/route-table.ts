/**
 * The app's route table as the router registered it: collected with an onRoute hook while the
 * test app is built, so the security suites enumerate every route the app really serves.
 */
import type { FastifySchema, RouteOptions } from 'fastify';
import type { Access } from '../platform/access.js';

export interface RouteInfo {
  method: string;
  /** The path with its parameters as declared, e.g. "/api/files/:id". */
  url: string;
  /** `config.access`, or undefined for routes outside access control (API docs, OpenAPI). */
  access: Access | undefined;
  /** The zod schemas of params, querystring and body, as the route declared them. */
  schema: FastifySchema | undefined;
}

export const routeKey = (route: Pick<RouteInfo, 'method' | 'url'>) => `${route.method} ${route.url}`;

/** An onRoute hook for startTestApp and the routes it saw, one entry per method. */
export function routeCollector(): { routes: RouteInfo[]; onRoute: (route: RouteOptions) => void } {
  const routes: RouteInfo[] = [];
  return {
    routes,
    onRoute: (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      const access = (route.config as { access?: Access } | undefined)?.access;
      for (const method of methods) routes.push({ method, url: route.url, access, schema: route.schema });
    },
  };
}
