/**
 * Serves the validated story to the page as `virtual:story` and the route
 * geometry as `virtual:routes`. A bad copy or data file stops the build and the
 * dev server with the file, line, field and what was expected. The dev server
 * also serves every edition's pages (/nl/, /fr/classroom.html, …) as the build
 * lays them out; where a file is broken, the page loads `virtual:story`, whose
 * error Vite shows in its overlay.
 *
 * The story's colours (theme.json) open the page's stylesheet (src/app.css) as
 * custom properties of the same names (`--ink`, `--sea`…): the build inlines that
 * stylesheet into each page's head (its CSP hash covers them), the offline copy
 * inlines it too and the dev server serves it, so every page reads the
 * colours before its first paint, with or without script.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { editionCodes, loadRoutes, loadStory } from '../src/lib/content/load.ts';
import { ContentError } from '../src/lib/content/errors.ts';
import { devPageHtml, devPageOf } from './lib/dev-pages.ts';

const MODULES = { 'virtual:story': '\0virtual:story', 'virtual:routes': '\0virtual:routes' } as const;

/** Every colour of a theme as a custom property of the same name. */
export function themeCss(colors: Readonly<Record<string, string>>): string {
  return `:root{${Object.entries(colors).map(([name, value]) => `--${name}:${value}`).join(';')}}\n`;
}

export function storyPlugin(dataDir: string): Plugin {
  let server: ViteDevServer | undefined;
  let appCss = resolve('src/app.css');
  // Every edition is checked, so a translator sees a mistake in the dev server too; the page shows the source edition.
  const validate = () => editionCodes(dataDir).map((code) => loadStory(dataDir, undefined, code))[0]!;

  return {
    name: 'story-content',
    configResolved(config) {
      appCss = resolve(config.root, 'src/app.css');
    },
    buildStart() {
      try {
        validate();
      } catch (err) {
        // Print the editor-facing message alone, without a stack trace to wade through.
        if (err instanceof ContentError) this.error(err.message);
        throw err;
      }
    },
    configureServer(s) {
      server = s;
      s.watcher.add(dataDir);
      s.middlewares.use((req, res, next) => {
        const codes = editionCodes(dataDir);
        const page = devPageOf(req.url ?? '/', codes);
        if (!page) return next();
        let editions;
        try {
          editions = codes.map((code) => ({ code, story: loadStory(dataDir, undefined, code) }));
        } catch {
          // The shell without a story: the page asks for virtual:story, and the overlay says what is wrong.
          editions = null;
        }
        s.transformIndexHtml(req.url ?? '/', readFileSync(resolve(s.config.root, 'index.html'), 'utf8'))
          .then((shell) => {
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.end(editions ? devPageHtml(shell, page, editions) : shell);
          })
          .catch(next);
      });
    },
    handleHotUpdate({ file }) {
      if (!server || !file.startsWith(dataDir)) return;
      for (const id of Object.values(MODULES)) {
        const mod = server.moduleGraph.getModuleById(id);
        if (mod) server.moduleGraph.invalidateModule(mod);
      }
      for (const mod of server.moduleGraph.getModulesByFile(appCss) ?? []) server.moduleGraph.invalidateModule(mod);
      try {
        validate();
        server.ws.send({ type: 'full-reload' });
      } catch (err) {
        server.config.logger.error((err as Error).message);
        server.ws.send({ type: 'error', err: { message: (err as Error).message, stack: '' } });
      }
      return [];
    },
    resolveId(id) {
      return id in MODULES ? MODULES[id as keyof typeof MODULES] : undefined;
    },
    transform(code, id) {
      if (id.split('?')[0] !== appCss) return undefined;
      return { code: themeCss(loadStory(dataDir).theme.colors) + code, map: null };
    },
    load(id) {
      if (id === MODULES['virtual:story']) return `export default ${JSON.stringify(validate())};`;
      if (id === MODULES['virtual:routes']) {
        const routes = loadRoutes(dataDir).map(({ id, coordinates }) => ({ id, coordinates }));
        return `export default ${JSON.stringify(routes)};`;
      }
      return undefined;
    }
  };
}
