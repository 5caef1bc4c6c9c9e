import type { FastifyInstance } from 'fastify';
import type { ModuleContext } from '../../platform/module-context.js';
import type { FilesService } from '../files/index.js';
import { createConversationService } from './conversation.service.js';
import { MessageDigestWorker } from './message-digest.worker.js';
import { messageReportRoutes } from './message-reports.routes.js';
import { createMessageService } from './message.service.js';
import { messagesRoutes } from './messages.routes.js';
import { createReportService } from './report.service.js';

export interface MessagesModuleDeps extends Pick<ModuleContext, 'db' | 'clock' | 'mailer' | 'publicUrl'> {
  files: Pick<FilesService, 'ownFile' | 'attached' | 'content'>;
  /** How often the digest worker looks for unread messages to mail (config MESSAGE_DIGEST_INTERVAL_MS). */
  digestIntervalMs: number;
}

export function createMessagesServices(deps: MessagesModuleDeps) {
  const conversations = createConversationService(deps);
  return {
    conversations,
    messages: createMessageService({ ...deps, conversations }),
    reports: createReportService({ ...deps, conversations }),
  };
}
export type MessagesServices = ReturnType<typeof createMessagesServices>;

/**
 * Registers the parties' window and the staff report queue; returns the digest worker (main.ts
 * starts it, the app's onClose stops it, tests call runOnce(now)).
 */
export async function registerMessagesModule(
  app: FastifyInstance,
  deps: MessagesModuleDeps,
): Promise<MessageDigestWorker> {
  const services = createMessagesServices(deps);
  await app.register(messagesRoutes(services));
  await app.register(messageReportRoutes(services.reports));
  const digest = new MessageDigestWorker({ ...deps, log: app.log, intervalMs: deps.digestIntervalMs });
  app.addHook('onClose', async () => digest.stop());
  return digest;
}
