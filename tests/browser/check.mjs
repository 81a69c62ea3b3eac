// The html writer's pages in a real browser: `node tests/browser/check.mjs DIR`, where DIR
// holds the pages and `manifest.json` (written by tests/html_browser.rs):
//
//   {"pages": [{"file": "0001-x.html", "jsonld": {...}, "headline": "..." | null,
//               "paragraphs": ["...", ...]}, ...]}
//
// The pages are served from a loopback HTTP server; any other request (a picture of the page,
// wherever it points) is answered with a 1x1 PNG, so that nothing reaches the network and no
// missing picture logs an error. Headless Chromium (/usr/bin/chromium, or $CHROMIUM), driven
// by playwright-core, in a fresh profile (playwright makes a new temporary --user-data-dir for
// each launch), loads each page twice: under its Content-Security-Policy, and with the CSP
// bypassed (so that the CSP cannot hide something that would run without it). An init script
// replaces alert, confirm, prompt, print and open, and wraps console's methods, recording
// every call. For each load it checks:
//
// - no console message of level error or warning, no page error, no dialog, no recorded call;
// - one script element, of type application/ld+json, whose text JSON.parse gives the object
//   the jsonld writer writes (deep equality with the manifest's `jsonld`);
// - the text of `article > header > h1` (innerText, runs of ASCII whitespace one space,
//   trimmed) equals `headline` (no such h1 when it is null);
// - the text of `article > div.body` (innerText, whitespace collapsed the same way) contains
//   each of `paragraphs` (the body's top-level paragraphs as text, whitespace collapsed).
//
// Prints one line per failure and a summary; exits 1 when anything failed, 2 when it could
// not run.

import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { chromium } from 'playwright-core';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node check.mjs DIR');
  process.exit(2);
}
const manifest = JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8'));
const files = new Set(manifest.pages.map((p) => p.file));

// A transparent 1x1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const server = http.createServer(async (request, response) => {
  let name = '';
  try {
    name = decodeURIComponent(new URL(request.url, 'http://loopback').pathname.slice(1));
  } catch {
    name = '';
  }
  if (files.has(name)) {
    const body = await fs.readFile(path.join(dir, name));
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(body);
    return;
  }
  response.writeHead(200, { 'content-type': 'image/png' });
  response.end(PNG);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

// Runs of ASCII whitespace one space, none at either end (String.prototype.trim would also take
// no-break spaces and U+FEFF, which are content).
const collapse = (text) => text.replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');

const failures = [];
let loads = 0;
for (const bypassCSP of [false, true]) {
  const mode = bypassCSP ? 'CSP bypassed' : 'with CSP';
  const context = await browser.newContext({ bypassCSP, javaScriptEnabled: true });
  // Every request but the pages' own goes to the PNG: nothing leaves the machine.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) {
      return route.continue();
    }
    return route.fulfill({ status: 200, contentType: 'image/png', body: PNG });
  });
  await context.addInitScript(() => {
    const calls = [];
    Object.defineProperty(window, '__newswireCalls', { value: calls });
    for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
      window[name] = (...args) => {
        calls.push([name, ...args.map(String)]);
      };
    }
    for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace']) {
      const original = console[level];
      console[level] = (...args) => {
        calls.push([`console.${level}`, ...args.map(String)]);
        return original.apply(console, args);
      };
    }
  });
  const page = await context.newPage();
  let events = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) {
      events.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => events.push(`page error: ${error.message}`));
  page.on('dialog', async (dialog) => {
    events.push(`dialog ${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  for (const expected of manifest.pages) {
    events = [];
    const fail = (why) => failures.push(`${expected.file} (${mode}): ${why}`);
    try {
      await page.goto(`${origin}/${encodeURIComponent(expected.file)}`, { waitUntil: 'load' });
      loads += 1;
      const seen = await page.evaluate(() => ({
        calls: window.__newswireCalls || [],
        scripts: [...document.querySelectorAll('script')].map((s) => ({
          type: s.getAttribute('type'),
          text: s.textContent,
        })),
        h1: [...document.querySelectorAll('article > header > h1')].map((h) => h.innerText),
        body: document.querySelector('article > div.body')?.innerText ?? '',
      }));
      for (const event of events) {
        fail(event);
      }
      for (const call of seen.calls) {
        fail(`script ran: ${JSON.stringify(call)}`);
      }
      if (seen.scripts.length !== 1 || seen.scripts[0].type !== 'application/ld+json') {
        fail(`script elements: ${JSON.stringify(seen.scripts.map((s) => s.type))}`);
      } else {
        let parsed;
        try {
          parsed = JSON.parse(seen.scripts[0].text);
        } catch (error) {
          fail(`the JSON-LD does not parse: ${error.message}`);
        }
        if (parsed !== undefined && !isDeepStrictEqual(parsed, expected.jsonld)) {
          fail('the JSON-LD is not the jsonld writer\'s object');
        }
      }
      const h1 = seen.h1.map(collapse);
      const wanted = expected.headline === null ? [] : [expected.headline];
      if (!isDeepStrictEqual(h1, wanted)) {
        fail(`h1 ${JSON.stringify(h1)}, expected ${JSON.stringify(wanted)}`);
      }
      const body = collapse(seen.body);
      for (const paragraph of expected.paragraphs) {
        if (!body.includes(paragraph)) {
          fail(`the body does not show ${JSON.stringify(paragraph.slice(0, 80))}`);
        }
      }
    } catch (error) {
      fail(`could not load: ${error.message}`);
    }
  }
  await context.close();
}
const version = browser.version();
await browser.close();
server.close();

for (const failure of failures) {
  console.log(failure);
}
console.log(
  `${manifest.pages.length} pages, ${loads} loads in Chromium ${version}: ${failures.length} failures`,
);
process.exit(failures.length === 0 ? 0 : 1);
