/** The messages module's public surface: what the app and other modules may use. */
export { registerMessagesModule, type MessagesModuleDeps } from './messages.module.js';
export { MessageDigestWorker } from './message-digest.worker.js';
/** For the buyers module (wired in app.ts): a saved "Buyer information" renames the buyer in its conversations' search. */
export { refreshBuyerConversationSearch } from './conversation-search.js';
/** The real-time stream (another part of the module) reads messages and the NOTIFY channel. */
export { MESSAGES_CHANNEL, notifyMessageEvent, type MessageNotice } from './message-notify.repo.js';
/** For foreign keys and the read models of docs/decisions/0009-module-boundaries.md. */
export {
  conversationReports,
  conversations,
  messageAttachments,
  messageSettings,
  messages,
} from './messages.tables.js';
