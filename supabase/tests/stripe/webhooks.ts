// Webhook delivery as Stripe does it, for the stand-in: each event POSTed to the endpoint, signed anew at
// each attempt, first attempts in the order the events were created, one request at a time; a non-2xx
// answer or an unreachable endpoint is retried later with exponential backoff while the next events go on.
//
// Stripe's real schedule (docs.stripe.com/webhooks, "Automatic retries"): in live mode an undelivered event
// is retried for up to three days with exponential backoff; in test mode (a sandbox, which the stand-in
// plays) three times over a few hours. Stripe does not publish the individual intervals, and does not
// guarantee the order of events (a retried event arrives after newer ones). The stand-in retries
// `maxRetries` (3) times after retryBaseMs, 2 x retryBaseMs and 4 x retryBaseMs, retryBaseMs being 30
// minutes by default (0.5 h, 1 h, 2 h: the sandbox's "three times over a few hours"); tests and the local
// stack scale it down (`--retry-base-ms`).
import type { Obj } from "./objects.ts";

export const DEFAULT_RETRY_BASE_MS = 30 * 60 * 1000;
export const DEFAULT_MAX_RETRIES = 3;

/** One delivery attempt of one event (the stand-in's delivery log, GET /__control/deliveries). */
export interface Delivery {
  event: Obj;
  /** 1 for the first attempt, then 2, 3, ... for the retries. */
  attempt: number;
  url: string;
  /** When the attempt was made (ms since the epoch). */
  at: number;
  payload: string;
  header: string;
  status?: number;
  body?: string;
  error?: string;
  /** When the next attempt is due (ms since the epoch), if this one failed and a retry is scheduled. */
  next_retry_at?: number;
}

export function delivered(d: Delivery): boolean {
  return d.status !== undefined && d.status >= 200 && d.status < 300;
}

interface Pending {
  event: Obj;
  attempt: number;
  due: number;
  /** The event's place in creation order (ties between due times go to the older event). */
  seq: number;
}

/** The stand-in's queue of automatic deliveries to the endpoint. */
export class Outbox {
  retryBaseMs: number;
  maxRetries: number;
  private readonly queue: Pending[] = [];
  private seq = 0;
  private running = false;
  private stopping = false;
  private wake: (() => void) | undefined;
  private idle: (() => void)[] = [];

  constructor(
    private readonly send: (event: Obj) => Promise<Delivery>,
    options: { retryBaseMs?: number; maxRetries?: number } = {},
  ) {
    this.retryBaseMs = options.retryBaseMs ?? DEFAULT_RETRY_BASE_MS;
    this.maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  }

  /** Queues an event's first attempt (now, after the events queued before it). */
  enqueue(event: Obj): void {
    if (this.stopping) return;
    this.queue.push({ event, attempt: 1, due: Date.now(), seq: ++this.seq });
    this.kick();
  }

  /** What is still to be attempted: event id, attempt number, when it is due (ms since the epoch). */
  pending(): { event: string; type: string; attempt: number; due_at: number }[] {
    return [...this.queue].sort(byDue).map((p) => ({
      event: p.event.id,
      type: p.event.type,
      attempt: p.attempt,
      due_at: p.due,
    }));
  }

  /** Resolves when nothing is queued or in flight (every retry made or given up). */
  settled(): Promise<void> {
    if (!this.running && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  /** Makes the attempts already due, drops the retries scheduled for later, and stops. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.settled();
  }

  /** Accepts events again after stop(). */
  resume(): void {
    this.stopping = false;
  }

  private kick(): void {
    this.wake?.();
    if (this.running) return;
    this.running = true;
    this.loop().finally(() => {
      this.running = false;
      if (this.queue.length > 0 && !this.stopping) {
        this.kick();
        return;
      }
      const waiters = this.idle.splice(0);
      for (const w of waiters) w();
    });
  }

  private async loop(): Promise<void> {
    while (this.queue.length > 0) {
      this.queue.sort(byDue);
      const next = this.queue[0];
      const wait = next.due - Date.now();
      if (wait > 0) {
        if (this.stopping) {
          this.queue.length = 0;
          break;
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, wait);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wake = undefined;
        continue;
      }
      this.queue.shift();
      let d: Delivery;
      try {
        d = await this.send(next.event);
      } catch (e) {
        // Signing or recording failed (not the endpoint): give this event up, keep delivering the others.
        console.error("stripe stand-in: webhook delivery failed", e);
        continue;
      }
      if (!delivered(d) && next.attempt <= this.maxRetries && !this.stopping) {
        const due = Date.now() + this.retryBaseMs * 2 ** (next.attempt - 1);
        d.next_retry_at = due;
        this.queue.push({ ...next, attempt: next.attempt + 1, due });
      }
    }
  }
}

function byDue(a: Pending, b: Pending): number {
  return a.due - b.due || a.seq - b.seq;
}
