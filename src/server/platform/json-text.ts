import type { FastifyReply } from 'fastify';

/**
 * A response body already written as JSON text (a hand-written list answer, db/text-rows.ts). The
 * route's response schema still documents it; its test holds the text to that schema and to the
 * general path's answer, since Fastify sends a string without serializing it.
 */
export class JsonText {
  constructor(readonly text: string) {}
}

/** Sends JSON text as is; any other value goes back to Fastify to be serialized by the route's schema. */
export function sendJsonText<T>(reply: FastifyReply, value: T | JsonText): T | FastifyReply {
  if (!(value instanceof JsonText)) return value;
  return reply.header('content-type', 'application/json; charset=utf-8').send(value.text);
}

/** A text value (or NULL) as JSON, for the hand-written answers. */
export const jsonString = (value: string | null | undefined): string =>
  value == null ? 'null' : JSON.stringify(value);
