// The end-to-end harness: the real packaged server (its embedded PostgreSQL, a temporary data directory,
// a free port) and Debian's Chromium driven by playwright-core. Never a browser download.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import axe from 'axe-core';

export const RESULTS = resolve(process.env.E2E_RESULTS ?? 'e2e-results');
export const ADMIN = { username: 'e2e_admin', email: 'e2e_admin@example.com', password: 'e2e admin passphrase 4 tests' };
export const PASSWORD = 'correct horse battery staple';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** Starts the server jar named by SPENDVAULT_JAR and waits until it is ready. */
export async function startServer() {
  const jar = process.env.SPENDVAULT_JAR;
  if (!jar) {
    throw new Error('SPENDVAULT_JAR must name the packaged server (bootstrap/target/spendvault.jar)');
  }
  await mkdir(RESULTS, { recursive: true });
  const dataDir = await mkdtemp(join(tmpdir(), 'spendvault-e2e-'));
  const port = await freePort();
  const log = createWriteStream(join(RESULTS, 'server.log'));
  const server = spawn('java', ['-Xmx512m', '-jar', jar], {
    env: {
      ...process.env,
      SPENDVAULT_DATA_DIR: dataDir,
      MICRONAUT_SERVER_PORT: String(port),
      // Tests create many users from one address; the limits have their own specs.
      SPENDVAULT_RATE_LIMIT_ENABLED: 'false',
      SPENDVAULT_ADMIN_USERNAME: ADMIN.username,
      SPENDVAULT_ADMIN_EMAIL: ADMIN.email,
      SPENDVAULT_ADMIN_PASSWORD: ADMIN.password,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.pipe(log);
  server.stderr.pipe(log);
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`the server exited with ${server.exitCode}; see ${join(RESULTS, 'server.log')}`);
    }
    try {
      if ((await fetch(`${url}/api/v1/health/readiness`)).ok) {
        break;
      }
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  return {
    url,
    async stop() {
      const exited = new Promise((done) => server.once('exit', done));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((wait) => setTimeout(wait, 20_000))]);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh Chromium profile (its own user-data-dir), so no scenario sees another's cookies. */
export async function openBrowser(baseURL) {
  const profile = await mkdtemp(join(tmpdir(), 'spendvault-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    baseURL,
    viewport: { width: 1280, height: 800 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page, name) {
  await page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: true });
}

/** axe-core's serious and critical findings on the page as it is now (its script is evaluated, so the page's CSP does not apply). */
export async function accessibilityProblems(page) {
  await page.evaluate(axe.source);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

export function uniqueName(prefix = 'u') {
  return `${prefix}_${Math.random().toString(36).slice(2, 12)}`;
}

/** Calls the API as the page's signed-in user: its cookies, and the CSRF header they need. */
export async function apiAs(page, method, path, body) {
  const cookies = await page.context().cookies();
  const csrf = cookies.find((cookie) => cookie.name === 'SV_CSRF')?.value;
  const response = await page.request.fetch(path, {
    method,
    headers: { 'Content-Type': 'application/json', ...(csrf ? { 'X-CSRF-Token': csrf } : {}) },
    data: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status(), json: text ? JSON.parse(text) : null };
}
