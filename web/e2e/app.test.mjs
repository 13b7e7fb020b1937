// End-to-end scenarios of the web app in real headless Chromium against the real packaged server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { accessibilityProblems, ADMIN, apiAs, openBrowser, PASSWORD, RESULTS, screenshot, startServer, uniqueName } from './harness.mjs';
import { textPdf } from './pdf.mjs';
import { noisePng } from './png.mjs';

let server;

before(async () => {
  server = await startServer();
});

after(async () => {
  await server?.stop();
});

async function signUp(page, name = uniqueName()) {
  await page.goto('/sign-up');
  await page.getByLabel('Username').fill(name);
  await page.getByLabel('E-mail').fill(`${name}@example.com`);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  return name;
}

async function signIn(page, username, password = PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel('Username or e-mail').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Polls a condition outside the page (e.g. its frames) until it holds or time runs out; true if it held. */
async function until(condition, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > deadline) {
      return false;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

async function withBrowser(work) {
  const browser = await openBrowser(server.url);
  try {
    await work(browser.page);
  } catch (failure) {
    // what the page showed when the scenario failed, next to the scenarios' own screenshots
    await screenshot(browser.page, `failed-${uniqueName('at')}`).catch(() => {});
    throw failure;
  } finally {
    await browser.close();
  }
}

describe('the web app', () => {
  it('is served at / with its headers, and the app routes survive a reload', async () => {
    const root = await fetch(`${server.url}/`);
    assert.equal(root.status, 200);
    assert.match(root.headers.get('content-security-policy'), /script-src 'self';/);
    assert.equal(root.headers.get('cache-control'), 'no-cache');
    const html = await root.text();
    const asset = html.match(/src="(\/assets\/[^"]+\.js)"/)[1];
    assert.match((await fetch(`${server.url}${asset}`)).headers.get('cache-control'), /immutable/);
    const route = await fetch(`${server.url}/purchases?search=kettle`);
    assert.equal(route.status, 200);
    assert.equal(await route.text(), html);
    const api = await fetch(`${server.url}/api/v1/no-such-thing`);
    assert.equal(api.status, 404);
    assert.equal((await api.json()).error_code, 'NOT_FOUND');
  });

  it('signs up, shows the empty dashboard, lists and searches purchases with the state in the URL, signs out', async () => {
    await withBrowser(async (page) => {
      await page.goto('/');
      await page.waitForURL(/\/sign-in\?next=%2F$/);
      await signUp(page);
      await page.getByText('Nothing recorded yet').waitFor();
      await screenshot(page, 'dashboard-empty');

      for (const [product_name, price] of [['Kettle', '24.99'], ['Fridge', '899.00'], ['Kettle descaler', '5.49']]) {
        const created = await apiAs(page, 'POST', '/api/v1/purchases',
          { product_name, price, currency_code: 'EUR', purchase_date: '2026-03-01' });
        assert.equal(created.status, 201);
      }
      await page.reload();
      await page.getByText('€929.48').waitFor();

      await page.getByRole('link', { name: 'Purchases', exact: true }).click();
      await page.getByRole('link', { name: 'Fridge' }).waitFor();
      await page.getByRole('searchbox', { name: 'Search' }).fill('kettle');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.waitForURL(/\/purchases\?search=kettle$/);
      await page.getByRole('link', { name: 'Fridge' }).waitFor({ state: 'detached' });
      assert.equal(await page.getByRole('link', { name: 'Kettle descaler' }).count(), 1);
      await screenshot(page, 'purchases-search');

      await page.reload();
      await page.getByRole('link', { name: 'Kettle descaler' }).waitFor();
      assert.equal(await page.getByRole('row').count(), 3); // header and two kettles
      await page.getByRole('button', { name: 'Clear' }).click();
      await page.waitForURL(/\/purchases$/);
      await page.getByLabel('Sort').selectOption({ label: 'Cheapest first' });
      await page.getByRole('button', { name: 'Search' }).click();
      await page.waitForURL(/\/purchases\?sort_by=price&sort_order=asc$/);
      // the unsorted list stays on screen until the sorted one arrives: wait for the order itself
      await page.waitForFunction(() => [...document.querySelectorAll('tbody tr td:first-child')].map((cell) => cell.textContent)
        .join('|') === 'Kettle descaler|Kettle|Fridge');
      await page.goBack();
      await page.waitForURL(/\/purchases$/);
      await page.goBack();
      await page.waitForURL(/\/purchases\?search=kettle$/);
      await page.getByRole('link', { name: 'Fridge' }).waitFor({ state: 'detached' });
      assert.equal(await page.getByRole('searchbox', { name: 'Search' }).inputValue(), 'kettle');
      await page.goBack();
      await page.getByRole('link', { name: 'Fridge' }).waitFor();
      assert.equal(await page.getByRole('searchbox', { name: 'Search' }).inputValue(), '');

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL(/\/sign-in$/);
      await page.goto('/purchases');
      await page.waitForURL(/\/sign-in\?next=%2Fpurchases$/);
    });
  });

  it('shows the API\'s validation errors next to the right field', async () => {
    await withBrowser(async (page) => {
      await page.goto('/sign-up');
      await page.getByLabel('Username').fill('a b');
      await page.getByLabel('E-mail').fill('not-an-address');
      await page.getByLabel('Password').fill('short');
      await page.getByRole('button', { name: 'Create account' }).click();
      const password = page.getByLabel('Password');
      await page.locator('#password-errors').waitFor();
      assert.equal(await password.getAttribute('aria-invalid'), 'true');
      assert.equal(await password.getAttribute('aria-describedby'), 'password-errors');
      assert.ok((await page.locator('#email-errors').textContent()).length > 0);
      assert.ok((await page.locator('#username-errors').textContent()).length > 0);
      await screenshot(page, 'sign-up-errors');
    });
  });

  it('a wrong password says so and stays on sign-in', async () => {
    await withBrowser(async (page) => {
      await signIn(page, uniqueName(), 'wrong password entirely');
      await page.getByRole('alert').waitFor();
      assert.match(await page.getByRole('alert').textContent(), /username|password/i);
      assert.match(page.url(), /\/sign-in$/);
    });
  });

  it('another user never sees the first user\'s data', async () => {
    let first;
    await withBrowser(async (page) => {
      first = await signUp(page);
      assert.equal((await apiAs(page, 'POST', '/api/v1/purchases',
        { product_name: 'Secret lamp', price: '10.00', currency_code: 'USD', purchase_date: '2026-01-01' })).status, 201);
    });
    await withBrowser(async (page) => {
      await signUp(page);
      await page.getByText('Nothing recorded yet').waitFor();
      await page.goto('/purchases?search=lamp');
      await page.getByText('Nothing matches').waitFor();
      assert.equal(await page.getByText('Secret lamp').count(), 0);
      assert.notEqual(first, undefined);
    });
  });

  it('signs in with the keyboard only, and comes back to the page it was sent from', async () => {
    const name = uniqueName();
    await withBrowser(async (page) => {
      await signUp(page, name);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL(/\/sign-in$/);
      await page.goto('/purchases');
      await page.waitForURL(/\/sign-in\?next=/);
      await page.getByLabel('Username or e-mail').waitFor();
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.id || document.activeElement.outerHTML.slice(0, 120)), 'username');
      await page.keyboard.type(name);
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'password');
      await page.keyboard.type(PASSWORD);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Purchases' }).waitFor();
      assert.match(page.url(), /\/purchases$/);
    });
  });

  it('a user an administrator deactivates in the admin screen is signed out', async () => {
    const user = await openBrowser(server.url);
    const admin = await openBrowser(server.url);
    try {
      const name = await signUp(user.page);
      await signIn(admin.page, ADMIN.username, ADMIN.password);
      await admin.page.getByRole('link', { name: 'Admin', exact: true }).click();
      await admin.page.getByLabel('Find a user').fill(name);
      await admin.page.getByRole('button', { name: 'Search' }).click();
      await admin.page.getByLabel(`Quota of ${name} in MiB`).fill('lots');
      await admin.page.getByRole('button', { name: `Save the quota of ${name}` }).click();
      await admin.page.getByText('A whole number of MiB').waitFor();
      await admin.page.getByLabel(`Quota of ${name} in MiB`).fill('250');
      await admin.page.getByRole('button', { name: `Save the quota of ${name}` }).click();
      await admin.page.locator('tr', { hasText: name }).getByRole('status').waitFor();
      await admin.page.getByRole('button', { name: `Deactivate ${name}` }).click();
      await admin.page.getByRole('button', { name: `Activate ${name}` }).waitFor();
      const audit = admin.page.locator('section', { has: admin.page.getByRole('heading', { name: 'Audit log' }) });
      await audit.locator('tr', { hasText: name }).filter({ hasText: /storage_quota: default → 250 MiB/ }).waitFor();
      await audit.locator('tr', { hasText: name }).filter({ hasText: /is_active: true → false/ }).waitFor();
      const quota = await apiAs(admin.page, 'GET', `/api/v1/admin/users?search=${name}`);
      assert.equal(quota.json.items[0].storage_quota, 250 * 1024 * 1024);
      await admin.page.getByLabel('Status').selectOption('false');
      await admin.page.waitForURL(/active=false/);
      await admin.page.getByRole('button', { name: `Activate ${name}` }).waitFor();
      assert.deepEqual(await accessibilityProblems(admin.page), []);
      await screenshot(admin.page, 'admin-users');

      await user.page.getByRole('link', { name: 'Purchases', exact: true }).click();
      await user.page.waitForURL(/\/sign-in/);
      await signIn(user.page, name);
      await user.page.getByRole('alert').waitFor();
      assert.equal(await user.page.getByRole('link', { name: 'Admin', exact: true }).count(), 0);
    } finally {
      await user.close();
      await admin.close();
    }
  });

  it('renames a retailer, and its purchases show the new name', async () => {
    await withBrowser(async (page) => {
      await signUp(page);
      const shop = await apiAs(page, 'POST', '/api/v1/retailers', { name: 'Corner Shop' });
      await apiAs(page, 'POST', '/api/v1/retailers', { name: 'Big Box' });
      const lamp = await apiAs(page, 'POST', '/api/v1/purchases', { product_name: 'Lamp', price: '30', purchase_date: '2026-01-05',
        retailer_id: shop.json.id });
      await page.getByRole('link', { name: 'Retailers and brands' }).click();
      await page.getByRole('button', { name: 'Edit Corner Shop' }).click();
      await page.getByLabel('Name', { exact: true }).fill('Big Box'); // taken: the API says so
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByRole('alert').waitFor();
      await page.getByLabel('Name', { exact: true }).fill('Corner Shop & Co');
      await page.getByLabel('Web address', { exact: true }).fill('https://corner.example');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByRole('link', { name: 'Corner Shop & Co' }).waitFor();
      await page.goto(`/purchases/${lamp.json.id}`);
      await page.getByText('Corner Shop & Co').waitFor();
    });
  });

  it('a signed-in user who is not an administrator sees no admin screen', async () => {
    await withBrowser(async (page) => {
      await signUp(page);
      assert.equal(await page.getByRole('link', { name: 'Admin', exact: true }).count(), 0);
      await page.goto('/admin');
      await page.getByRole('alert').filter({ hasText: 'This screen is for administrators only.' }).waitFor();
      assert.equal((await apiAs(page, 'GET', '/api/v1/admin/users')).status, 403); // and the server says no by itself
    });
  });

  it('records a purchase with a new retailer, attaches a receipt with progress, finds it, and brings it back after export, reset and import', async () => {
    await withBrowser(async (page) => {
      await signUp(page);
      await page.getByRole('link', { name: 'Purchases', exact: true }).click();
      await page.getByRole('link', { name: 'New purchase' }).click();
      await page.getByLabel('Product').fill('Espresso machine');
      await page.getByLabel('Unit price').fill('149.95');
      await page.getByLabel('Quantity').fill('2');
      await page.getByLabel('Purchase date').fill('2026-02-14');
      const returnBy = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
      await page.getByLabel('Return by').fill(returnBy);
      await page.getByRole('button', { name: 'New retailer' }).click();
      await page.getByLabel('Name of the new retailer').fill('Coffee Corner');
      await page.getByRole('button', { name: 'Add retailer' }).click();
      await page.getByLabel('Retailer', { exact: true }).locator('option:checked', { hasText: 'Coffee Corner' }).waitFor({ state: 'attached' });
      await page.getByRole('textbox', { name: 'Tags' }).fill('kitchen');
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Remove tag kitchen' }).waitFor();
      await screenshot(page, 'purchase-form');
      await page.getByRole('button', { name: 'Save purchase' }).click();
      await page.getByRole('heading', { name: 'Espresso machine' }).waitFor();
      await page.getByText('Coffee Corner').waitFor();

      // a slow link, so the progress bar can be seen
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 400 * 1024 });
      await page.getByLabel('Drop a file here, or choose one').setInputFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: noisePng(500, 500) });
      const bar = page.locator('progress#upload-progress');
      await bar.waitFor();
      const seen = Number(await bar.getAttribute('value'));
      assert.ok(seen >= 0 && seen < 1, `progress ${seen}`);
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
      await page.getByRole('link', { name: 'receipt.png' }).waitFor();
      await page.getByRole('img', { name: 'Preview of receipt.png' }).waitFor({ timeout: 15_000 });
      assert.ok(await page.getByRole('img', { name: 'Preview of receipt.png' }).evaluate((img) => img.complete && img.naturalWidth > 0));
      await screenshot(page, 'purchase-with-receipt');

      // previews in the page: the image itself, and a PDF in the browser's own viewer
      await page.getByRole('button', { name: 'Preview receipt.png' }).click();
      const shown = page.locator('figure.preview img');
      await shown.waitFor();
      await page.waitForFunction(() => document.querySelector('figure.preview img')?.complete);
      assert.equal(await shown.evaluate((img) => img.naturalWidth), 500);
      await page.getByLabel('Drop a file here, or choose one').setInputFiles({ name: 'manual.pdf', mimeType: 'application/pdf', buffer: textPdf('Espresso manual') });
      await page.getByRole('link', { name: 'manual.pdf' }).waitFor();
      await page.getByRole('button', { name: 'Preview manual.pdf' }).click();
      const pdfFrame = page.locator('figure.preview iframe');
      await pdfFrame.waitFor();
      assert.equal(await page.locator('figure.preview').count(), 1); // one preview at a time
      const pdfSource = await pdfFrame.getAttribute('src');
      // a frame refused by X-Frame-Options or frame-ancestors shows chrome-error://; the viewer is an extension frame
      const viewerOpened = await until(() => page.frames().some((frame) => frame.url().startsWith('chrome-extension://')));
      assert.ok(viewerOpened, `PDF viewer frames: ${page.frames().map((frame) => frame.url())}`);
      assert.ok(page.frames().some((frame) => frame.url().endsWith(pdfSource)));
      assert.ok(!page.frames().some((frame) => frame.url().startsWith('chrome-error:')));
      const inline = await page.request.get(pdfSource);
      assert.equal(inline.status(), 200);
      assert.equal(inline.headers()['x-frame-options'], 'SAMEORIGIN');
      assert.match(inline.headers()['content-disposition'], /^inline;/);
      await page.waitForTimeout(500); // the viewer draws the page after it loaded
      await screenshot(page, 'purchase-pdf-preview');
      await page.getByRole('button', { name: 'Hide manual.pdf' }).click();
      await pdfFrame.waitFor({ state: 'detached' });

      // several warranty records, every field, the API's errors next to the field
      await page.getByRole('button', { name: 'Add a warranty' }).click();
      await page.getByLabel('Warranty ends').fill('2028-02-14');
      await page.getByLabel('Type', { exact: true }).fill('manufacturer');
      await page.getByLabel('Provider').fill('Acme');
      await page.getByRole('button', { name: 'Add warranty' }).click();
      await page.getByText('Manufacturer warranty by Acme 02/14/2026 – 02/14/2028').waitFor();
      await page.getByRole('button', { name: 'Change the manufacturer warranty by acme' }).click();
      await page.getByLabel('Warranty ends').fill('2026-01-01'); // before the start: the API says no, next to the field
      await page.getByRole('button', { name: 'Save warranty' }).click();
      await page.locator('#warranty_end-errors').waitFor();
      await page.getByLabel('Warranty ends').fill('2029-02-14');
      await page.getByRole('button', { name: 'Save warranty' }).click();
      await page.getByText('Manufacturer warranty by Acme 02/14/2026 – 02/14/2029').waitFor();
      await page.getByRole('button', { name: 'Add another warranty' }).click();
      await page.getByLabel('Type', { exact: true }).fill('extended');
      await page.getByLabel('Warranty ends').fill('2031-02-14');
      await page.getByLabel('Notes', { exact: true }).fill('registered online');
      await page.getByRole('button', { name: 'Add warranty' }).click();
      await page.getByText('Extended warranty 02/14/2026 – 02/14/2031').waitFor();
      await page.getByText('registered online').waitFor();
      const manufacturer = page.locator('.warranties li', { hasText: 'Manufacturer warranty' });
      await manufacturer.getByRole('button', { name: 'Void warranty' }).click();
      await manufacturer.locator('.badge', { hasText: 'voided' }).waitFor();
      assert.equal(await page.locator('.warranties li', { hasText: 'Extended warranty' }).locator('.badge').textContent(), 'active');
      await page.getByRole('button', { name: 'Remove manual.pdf' }).click();
      await page.getByRole('button', { name: 'Remove receipt.png' }).click();
      await page.getByText('No documents yet').waitFor();

      await page.getByRole('link', { name: 'Dashboard' }).click();
      await page.getByText('$299.90').first().waitFor();
      await page.getByRole('img', { name: /Spending per month/ }).waitFor();
      const byRetailer = page.locator('.panel', { has: page.getByRole('heading', { name: 'By retailer' }) });
      await byRetailer.getByText('Coffee Corner').waitFor();
      const [year, month, day] = returnBy.split('-');
      const openReturn = page.locator('li', { hasText: `return by ${month}/${day}/${year}` });
      await openReturn.getByRole('link', { name: 'Espresso machine' }).waitFor();
      await screenshot(page, 'dashboard');

      await page.goto('/purchases?search=espresso');
      await page.getByRole('link', { name: 'Espresso machine' }).waitFor();

      await page.getByRole('link', { name: 'Your data' }).click();
      const [download] = await Promise.all([page.waitForEvent('download'),
        page.getByRole('link', { name: 'Everything as JSON' }).click()]);
      const exported = join(RESULTS, 'export.json');
      await download.saveAs(exported);
      assert.equal(JSON.parse(await readFile(exported, 'utf8')).purchases[0].product_name, 'Espresso machine');

      page.once('dialog', (dialog) => dialog.accept());
      await page.getByLabel('Your password, to confirm').fill(PASSWORD);
      await page.getByRole('button', { name: 'Delete all my data' }).click();
      await page.getByText('All your data was deleted.').waitFor();
      await page.goto('/purchases');
      await page.getByText('No purchases yet').waitFor();

      await page.getByRole('link', { name: 'Your data' }).click();
      await page.getByLabel('File to import').setInputFiles(exported);
      await page.getByRole('button', { name: 'Dry run' }).click();
      await page.getByText('Dry run: nothing was changed').waitFor();
      await page.getByText('1 purchases added').waitFor();
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await page.getByRole('heading', { name: 'Imported' }).waitFor();
      await screenshot(page, 'import-report');
      await page.getByRole('link', { name: 'Purchases', exact: true }).click();
      await page.getByRole('link', { name: 'Espresso machine' }).click();
      await page.getByText('Coffee Corner').waitFor();
    });
  });

  it('resets a forgotten password through the link the server sends (read from its log: no mail server here)', async () => {
    await withBrowser(async (page) => {
      const name = await signUp(page);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('link', { name: 'Forgot your password?' }).click();
      await page.getByLabel('E-mail').fill(`${name}@example.com`);
      await page.getByRole('button', { name: 'Send the link' }).click();
      await page.getByText('a link to choose a new password is on its way').waitFor();
      let link;
      for (let tries = 0; tries < 40 && !link; tries++) {
        const log = await readFile(join(RESULTS, 'server.log'), 'utf8');
        link = log.match(new RegExp(`reset link for ${name} <[^>]+>.*?(/reset-password\\?token=\\S+)`))?.[1];
        if (!link) await new Promise((wait) => setTimeout(wait, 250));
      }
      assert.ok(link, 'the reset link is in the server log');
      await page.goto(link);
      await page.getByLabel('New password').fill('a brand new passphrase for e2e');
      await page.getByRole('button', { name: 'Set the password' }).click();
      await page.getByText('Your password is changed').waitFor();
      await signIn(page, name, 'a brand new passphrase for e2e');
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();

      await page.getByRole('link', { name: 'Settings' }).click();
      const resetMail = page.getByRole('row', { name: /Reset your Spendvault password/ });
      await resetMail.waitFor();
      assert.match(await resetMail.textContent(), /pending/); // no mail server here: it waits in the outbox
      await page.getByRole('button', { name: 'Send me a test mail' }).click();
      assert.match(await page.getByRole('alert').textContent(), /sends no mail/);
      await page.getByLabel('Date format').selectOption('DD.MM.YYYY');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByText('Saved.').waitFor();
      assert.equal((await apiAs(page, 'GET', '/api/v1/settings')).json.date_format, 'DD.MM.YYYY');
    });
  });

  it('signs out everywhere from the profile: the other browser is signed out too', async () => {
    const laptop = await openBrowser(server.url);
    const phone = await openBrowser(server.url);
    try {
      const name = await signUp(laptop.page);
      await signIn(phone.page, name);
      await phone.page.getByRole('heading', { name: 'Dashboard' }).waitFor();

      await laptop.page.getByRole('link', { name: /your account/ }).click();
      await laptop.page.getByRole('button', { name: 'Sign out everywhere' }).click();
      await laptop.page.waitForURL(/\/sign-in$/);
      await phone.page.getByRole('link', { name: 'Purchases', exact: true }).click();
      await phone.page.waitForURL(/\/sign-in/);
      assert.equal((await apiAs(phone.page, 'GET', '/api/v1/users/me')).status, 401);

      await signIn(laptop.page, name); // signing in again works
      await laptop.page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    } finally {
      await laptop.close();
      await phone.close();
    }
  });

  it('changes the password in the profile, and deletes the account', async () => {
    await withBrowser(async (page) => {
      const name = await signUp(page);
      await page.getByRole('link', { name: /your account/ }).click();
      await page.getByLabel('Current password').fill('not my password at all');
      await page.getByLabel('New password').fill('another fine passphrase');
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.getByRole('alert').waitFor();
      await page.getByLabel('Current password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.getByText('Password changed').waitFor();

      page.once('dialog', (dialog) => dialog.accept());
      await page.getByLabel('Password, to confirm').fill('another fine passphrase');
      await page.getByRole('button', { name: 'Delete my account' }).click();
      await page.waitForURL(/\/sign-up$/);
      await signIn(page, name, 'another fine passphrase');
      await page.getByRole('alert').waitFor();
      assert.match(page.url(), /\/sign-in$/);
    });
  });

  it('has no serious or critical accessibility problem on any screen, and works 375 px wide', async () => {
    await withBrowser(async (page) => {
      const problems = {};
      await page.goto('/sign-in');
      problems['sign-in'] = await accessibilityProblems(page);
      await page.goto('/sign-up');
      problems['sign-up'] = await accessibilityProblems(page);
      await signUp(page);
      problems.dashboard = await accessibilityProblems(page);
      await apiAs(page, 'POST', '/api/v1/purchases', { product_name: 'Desk', price: '120', currency_code: 'USD', purchase_date: '2026-02-02' });
      await page.goto('/');
      await page.getByRole('img', { name: /Spending per month/ }).waitFor();
      problems['dashboard with data'] = await accessibilityProblems(page);
      await page.goto('/purchases');
      await page.getByRole('link', { name: 'Desk' }).waitFor();
      problems.purchases = await accessibilityProblems(page);
      await page.getByRole('link', { name: 'Desk' }).click();
      await page.getByRole('heading', { name: 'Desk' }).waitFor();
      problems.purchase = await accessibilityProblems(page);
      await page.getByRole('button', { name: 'Add a warranty' }).click();
      await page.getByLabel('Warranty ends').waitFor();
      problems['warranty form'] = await accessibilityProblems(page);
      await page.goto('/purchases/new');
      await page.getByLabel('Product').waitFor();
      problems['purchase-form'] = await accessibilityProblems(page);
      await page.goto('/data');
      problems.data = await accessibilityProblems(page);
      await apiAs(page, 'POST', '/api/v1/purchases', { product_name: 'Drill', price: '80', currency_code: 'USD', purchase_date: '2026-02-02',
        warranty_expiry: '2099-02-02' });
      await page.goto('/warranties?status=ACTIVE');
      await page.getByRole('link', { name: 'Drill' }).waitFor();
      assert.equal(await page.getByRole('row', { name: /Drill/ }).locator('.badge').textContent(), 'active');
      problems.warranties = await accessibilityProblems(page);
      await page.goto('/files');
      await page.getByText('No files yet').waitFor();
      problems.files = await accessibilityProblems(page);
      await page.goto('/vendors');
      await page.getByRole('heading', { name: 'Retailers', exact: true }).waitFor();
      problems.vendors = await accessibilityProblems(page);
      await page.goto('/profile');
      await page.getByLabel('Current password').waitFor();
      problems.profile = await accessibilityProblems(page);
      await page.goto('/settings');
      await page.getByLabel('Date format').waitFor();
      problems.settings = await accessibilityProblems(page);
      assert.deepEqual(problems, { 'sign-in': [], 'sign-up': [], dashboard: [], 'dashboard with data': [], purchases: [], purchase: [],
        'warranty form': [], 'purchase-form': [], data: [], warranties: [], files: [], vendors: [], profile: [], settings: [] });

      await page.setViewportSize({ width: 375, height: 740 });
      await page.goto('/purchases');
      await page.getByRole('link', { name: 'Desk' }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, 'the page scrolls sideways at 375 px');
      await screenshot(page, 'purchases-phone');
    });
  });
});
