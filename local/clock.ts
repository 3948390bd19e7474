/**
 * The local clock: fires each schedule of the routing table at its next cron minute, and on
 * demand (`npm run fire -- <name>` or POST /_local/schedules/<name>/run). Deliveries retry and
 * dead-letter like the schedule targets in AWS.
 */
import { randomUUID } from 'node:crypto';
import { schedules, type ScheduleSpec } from '#shared/routing.ts';
import { nextRun } from './cron.ts';
import { LOCAL_REGION } from './environment.ts';
import type { LocalEventBus, PipelineLog } from './event-bus.ts';

export class LocalClock {
  readonly #timers = new Map<string, NodeJS.Timeout>();
  readonly #bus: LocalEventBus;
  readonly #log: PipelineLog;
  readonly #next = new Map<string, Date>();

  constructor(bus: LocalEventBus, log: PipelineLog) {
    this.#bus = bus;
    this.#log = log;
  }

  start(now = new Date()): void {
    for (const schedule of schedules) this.#arm(schedule, now);
  }

  stop(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }

  /** The schedules with their next firing time. */
  list(): { name: string; function: string; description: string; nextRun: string | undefined }[] {
    return schedules.map((s) => ({
      name: s.name,
      function: s.function,
      description: s.description,
      nextRun: this.#next.get(s.name)?.toISOString(),
    }));
  }

  /** Fires a schedule now (or as of `at`); returns the scheduled event's id. */
  fire(name: string, at = new Date()): string {
    const schedule = schedules.find((s) => s.name === name);
    if (!schedule) throw new UnknownScheduleError(name);
    const event = {
      version: '0',
      id: randomUUID(),
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
      account: '000000000000',
      time: at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      region: LOCAL_REGION,
      resources: [`arn:aws:events:${LOCAL_REGION}:000000000000:rule/${schedule.name}`],
      detail: {},
    };
    this.#bus.deliver(schedule.function, event, `schedule ${schedule.name} → ${schedule.function}`);
    return event.id;
  }

  #arm(schedule: ScheduleSpec, after: Date): void {
    const at = nextRun(schedule.cron, after);
    this.#next.set(schedule.name, at);
    // setTimeout holds at most ~24.8 days; re-arm on the way for anything later.
    const delay = Math.min(at.getTime() - Date.now(), 2 ** 31 - 1);
    const timer = setTimeout(() => {
      if (Date.now() >= at.getTime() - 5) {
        this.#log(`⏰ ${schedule.name}`);
        this.fire(schedule.name, at);
        this.#arm(schedule, at);
      } else {
        this.#arm(schedule, after);
      }
    }, Math.max(delay, 0));
    timer.unref();
    this.#timers.set(schedule.name, timer);
  }
}

export class UnknownScheduleError extends Error {
  constructor(name: string) {
    super(`No schedule named ${name}; known: ${schedules.map((s) => s.name).join(', ')}`);
    this.name = 'UnknownScheduleError';
  }
}
