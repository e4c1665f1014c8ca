import type { Channel } from './schema.js';

/** One message as a gateway receives it. */
export interface OutgoingMessage {
  /** the outbox row's id: gateways that deduplicate use it as the message id */
  id: string;
  channel: Channel;
  /** an account (`userId`: the gateway looks up its address) or a contact the public gave (`address`) */
  to: { userId: string } | { address: string };
  topic: string;
  title: string;
  body: string;
  link: string | null;
}

/**
 * The port an email or SMS gateway plugs into (docs/due-process.md,
 * "Notifications"). Resolve to mark the message sent; throw (or reject) to
 * have it retried with backoff. It must be safe to call twice for one `id`: a
 * crash between sending and recording repeats the attempt.
 */
export interface Deliverer {
  deliver(message: OutgoingMessage): Promise<void>;
}

export interface DelivererLog {
  info(obj: object, msg: string): void;
}

/** The default: no gateway is configured, so each message is logged (without its body or address) and counts as sent. */
export function loggingDeliverer(log: DelivererLog | null): Deliverer {
  return {
    async deliver(m) {
      log?.info({ outboxId: m.id, channel: m.channel, topic: m.topic, to: 'userId' in m.to ? { userId: m.to.userId } : { address: 'redacted' } }, 'notification: no gateway configured, not sent');
    },
  };
}
