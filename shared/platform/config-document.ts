/**
 * A configuration document in force (the reminder ladder, the rate limits, the mail caps): the
 * JSON in its environment variable when the deployment sets one (from CDK context, checked at
 * synth with the same schema), else the shipped file. Checked once, at first use: a bad
 * document fails loudly, never as "no limit".
 */
import type * as z from 'zod';

export function configDocument<T>(variable: string, schema: z.ZodType<T>, shipped: unknown): () => T {
  let value: T | undefined;
  return () => {
    if (value === undefined) {
      const configured = process.env[variable];
      value = schema.parse(configured ? JSON.parse(configured) : shipped);
    }
    return value;
  };
}
