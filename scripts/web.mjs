// `npm run web`: builds the renderer as a web app and serves it on 127.0.0.1.
// The same app as the desktop build, with browser file pickers and downloads
// instead of native dialogs. Data lives in this browser's IndexedDB.
import { build, preview } from 'vite';

const port = Number(process.env.PORT ?? 4173);
await build({ configFile: 'vite.web.config.mts', logLevel: 'warn' });
const server = await preview({ configFile: 'vite.web.config.mts', preview: { host: '127.0.0.1', port } });
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(
  `\nPodium League is running at ${url}\nOpen it in Chrome, Edge or Firefox. Press Ctrl+C to stop.\n`,
);
