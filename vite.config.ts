import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The page's Content Security Policy, as the meta tag in index.html states it, plus what a
 * meta tag cannot set: `frame-ancestors` (no framing, against clickjacking). Sent with the
 * other security headers by `vite preview`; a deployment sends the same (README).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

export default defineConfig({
  preview: { headers: SECURITY_HEADERS },
  resolve: {
    // DDSketch's optional protobuf export needs a package that is not installed (see the stub).
    alias: { 'protobufjs/minimal': fileURLToPath(new URL('./src/engine/no-protobuf.ts', import.meta.url)) },
  },
  worker: { format: 'es' },
  // Scan the worker too, so that `npm run dev` pre-bundles its dependencies up front instead
  // of discovering them at the first run and reloading the page.
  optimizeDeps: { entries: ['index.html', 'src/worker/sim.worker.ts', 'src/worker/trainer.worker.ts'] },
  build: { target: 'es2022' },
  test: {
    environment: 'node',
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'node', include: ['test/**/*.test.ts'], exclude: ['test/browser/**'], setupFiles: ['test/support/fast-check-seed.ts'], sequence: { groupOrder: 0 } } },
      // The browser tests time main-thread tasks: they run after the rest, with the machine to themselves.
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.test.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
