export { Hub, type HubConnection } from './hub.js';
export {
  formatSseFrame,
  isLiveSocket,
  SSE_MAX_BUFFERED_BYTES,
  SSE_PING_INTERVAL_MS,
  SseStream,
  type SseFrame,
} from './sse.js';
