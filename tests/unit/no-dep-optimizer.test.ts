/** The build turns off Vite's dependency pre-bundling for the client, which a build never serves; dev keeps it. */
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import noDepOptimizerInBuild from '../../src/integrations/no-dep-optimizer.ts';

function setUp(command: 'build' | 'dev') {
  const updates: { vite?: { plugins?: Plugin[] } }[] = [];
  const hook = noDepOptimizerInBuild().hooks['astro:config:setup']!;
  hook({ command, updateConfig: (update: object) => updates.push(update) } as never);
  return updates;
}

describe('dependency pre-bundling', () => {
  it('is turned off for every environment of a build, replacing the lists Astro adds', () => {
    const [update] = setUp('build');
    const plugin = update!.vite!.plugins![0]!;
    expect(plugin.enforce).toBe('post');
    const config = { optimizeDeps: { include: ['astro > html-escaper', 'astro/runtime/client/dev-toolbar/entrypoint.js'], entries: ['src/**/*.astro'], exclude: ['astro:*'] } };
    (plugin.configEnvironment as (name: string, config: object) => void)('client', config);
    expect(config.optimizeDeps).toEqual({ include: [], entries: ['src/**/*.astro'], exclude: ['astro:*'], noDiscovery: true });
  });

  it('is left alone in `astro dev`, where the browser loads the bundles', () => {
    expect(setUp('dev')).toEqual([]);
  });
});
