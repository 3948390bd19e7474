/**
 * One declaration per route and per subscription: every handler is built from the declaration
 * the routing table holds for its function (the same object), so what the handler validates
 * and the events it parses are what the OpenAPI document, the access matrix, the stack's rules
 * and the local runtime read. A handler built from another route's declaration, an entry path
 * that drifted, or a subscription whose events differ from the handler's fails here, not as
 * retries and a dead letter.
 */
import { describe, expect, it } from 'vitest';
import { capabilities, capabilityOf, eventSubscriptions, functions, type FunctionName } from '../../shared/routing.ts';
import type { CapabilityDeclarations, Declaration } from '../../shared/platform/declarations.ts';

const declared = new Map<string, Declaration[]>();
for (const module of Object.values(capabilities) as CapabilityDeclarations[]) {
  for (const list of Object.values(module) as unknown[]) {
    if (!Array.isArray(list)) continue;
    for (const declaration of list as Declaration[]) declared.set(declaration.function.name, [...(declared.get(declaration.function.name) ?? []), declaration]);
  }
}

describe.each(Object.keys(functions) as FunctionName[])('%s', (name) => {
  it('has a handler built from its own declarations', async () => {
    const spec = functions[name];
    expect(spec.entry.startsWith(`functions/${capabilityOf(name)}/`), `${spec.entry} lies in its capability's folder`).toBe(true);
    const module = (await import(`../../${spec.entry}`)) as { handler?: { declaration?: Declaration | Declaration[] } };
    expect(module.handler, `${spec.entry} exports handler`).toBeTypeOf('function');
    const built = [module.handler!.declaration].flat();
    expect(built.length, `${name}'s handler names its declaration`).toBeGreaterThan(0);
    expect(new Set(built)).toEqual(new Set(declared.get(name)));
  });
});

describe('subscriptions', () => {
  it('are exactly the events each handler parses', () => {
    const fromHandlers = [...declared.values()].flat().flatMap((d) => ('consumes' in d ? d.consumes.map((event) => `${event.type} → ${d.function.name}`) : []));
    expect(eventSubscriptions.map((s) => `${s.event} → ${s.function}`).sort()).toEqual(fromHandlers.sort());
  });
});
