/**
 * `astro build` syncs content through a temporary Vite dev server, whose client environment
 * pre-bundles the dev toolbar and every dependency found in `<script>` tags. A build never serves
 * those bundles, and the cache they go to is shared by everything that uses this `node_modules`,
 * so any other project's build (the benchmark's floor) makes the next one bundle them again.
 * In a build, the client environment discovers and pre-bundles nothing; `astro dev` is unchanged.
 */
import type { AstroIntegration } from 'astro';

export default function noDepOptimizerInBuild(): AstroIntegration {
  return {
    name: 'hph:no-dep-optimizer',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'hph:no-dep-optimizer',
                enforce: 'post',
                // Vite merges returned lists into Astro's, so the list is replaced in place.
                configEnvironment: (_name, config) => {
                  config.optimizeDeps = { ...config.optimizeDeps, noDiscovery: true, include: [] };
                },
              },
            ],
          },
        });
      },
    },
  };
}
