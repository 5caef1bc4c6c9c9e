import type { FastifyInstance } from 'fastify';

/**
 * Stops the server within `budgetMs`: no new connections, idle keep-alive sockets closed at once
 * (forceCloseConnections: 'idle'), in-flight requests given most of the budget to finish, then
 * every remaining socket — a stalled upload, a slow client — destroyed so app.close() (and its
 * onClose hooks) can complete in what is left.
 */
export async function closeWithin(app: FastifyInstance, budgetMs: number): Promise<void> {
  const graceMs = Math.floor(budgetMs * 0.6);
  const cutOff = setTimeout(() => {
    app.log.warn({ graceMs }, 'requests still open after the shutdown grace; closing their connections');
    app.server.closeAllConnections();
  }, graceMs);
  cutOff.unref();
  try {
    await app.close();
  } finally {
    clearTimeout(cutOff);
  }
}
