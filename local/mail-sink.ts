/**
 * The local stand-in for SES: every message becomes a real .eml file a person can open in a
 * mail client, named by time and message id, and can be listed with its headers. Emits
 * `stored` once a file is written, for tools that follow mail as it arrives (bench/latency.ts).
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { simpleParser } from 'mailparser';

export interface StoredMail {
  readonly file: string;
  readonly messageId: string;
  readonly date: string;
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly language: string;
}

export interface MailStored {
  readonly file: string;
  readonly messageId: string;
  readonly raw: Buffer;
}

export class MailSink extends EventEmitter<{ stored: [MailStored] }> {
  readonly dir: string;

  constructor(dir: string) {
    super();
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  /** Stores one raw MIME message; returns the message id SES would have returned. */
  store(raw: Buffer): { messageId: string; file: string } {
    const messageId = randomUUID();
    const file = `${new Date().toISOString().replace(/[:.]/g, '-')}_${messageId}.eml`;
    writeFileSync(join(this.dir, file), raw);
    this.emit('stored', { file, messageId, raw });
    return { messageId, file };
  }

  /** All stored messages, oldest first, with decoded headers. */
  async list(): Promise<StoredMail[]> {
    const files = readdirSync(this.dir).filter((f) => f.endsWith('.eml')).sort();
    return Promise.all(files.map((file) => this.read(file)));
  }

  /**
   * The messages stored since `seen` was last given here, oldest first; their files are added to
   * `seen` (a long test reads each file once instead of parsing every message at every look).
   */
  async unread(seen: Set<string>): Promise<(StoredMail & { text: string })[]> {
    const files = readdirSync(this.dir).filter((f) => f.endsWith('.eml') && !seen.has(f)).sort();
    for (const file of files) seen.add(file);
    return Promise.all(files.map((file) => this.read(file)));
  }

  async read(file: string): Promise<StoredMail & { text: string }> {
    if (!/^[\w.-]+\.eml$/.test(file)) throw new Error(`Not a mail file: ${file}`);
    const parsed = await simpleParser(readFileSync(join(this.dir, file)));
    return {
      file,
      messageId: file.slice(file.indexOf('_') + 1, -'.eml'.length),
      date: parsed.date?.toISOString() ?? '',
      from: parsed.from?.text ?? '',
      to: (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).map((a) => a.text).join(', '),
      subject: parsed.subject ?? '',
      language: String(parsed.headers.get('content-language') ?? ''),
      text: parsed.text ?? '',
    };
  }

  raw(file: string): Buffer {
    if (!/^[\w.-]+\.eml$/.test(file)) throw new Error(`Not a mail file: ${file}`);
    return readFileSync(join(this.dir, file));
  }
}
