import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * Starts the download of modules the app imports lazily from the page itself, in parallel
 * with the entry, rather than once the entry has run: the timeline module, which the first
 * paint waits for, was asked for 100 ms after the page's own script.
 * `modules` are the ends of their source paths (e.g. `/timeline-view.tsx`).
 */
export function preloadLazyModules(modules: readonly string[]): Plugin {
  let base = '/';
  return {
    name: 'preload-lazy-modules',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const tags: HtmlTagDescriptor[] = [];
        const seen = new Set<string>();
        const add = (rel: 'modulepreload' | 'preload', fileName: string) => {
          if (seen.has(fileName)) return;
          seen.add(fileName);
          const attrs: Record<string, string | boolean> = { rel, href: `${base}${fileName}` };
          if (rel === 'preload') attrs.as = 'style';
          attrs.crossorigin = true;
          tags.push({ tag: 'link', attrs, injectTo: 'head' });
        };
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.isDynamicEntry) continue;
          const id = chunk.facadeModuleId ?? '';
          if (!modules.some((module) => id.endsWith(module))) continue;
          add('modulepreload', chunk.fileName);
          for (const imported of chunk.imports) {
            const shared = bundle[imported];
            // The page's own script is loading already.
            if (shared?.type === 'chunk' && !shared.isEntry) add('modulepreload', imported);
          }
          for (const css of chunk.viteMetadata?.importedCss ?? []) add('preload', css);
        }
        return tags;
      },
    },
  };
}
