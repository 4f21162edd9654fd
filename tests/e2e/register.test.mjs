// The foundation flow: an empty data file, a case with two children and two adults, found by a
// child's name, still there after the app is quit and started again; plus refused forms.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityProblems, choose, click, fill, screenshot, see, startApp, tempDb } from './app.mjs';

describe('case register', () => {
  const db = tempDb();
  let app;

  before(async () => {
    app = await startApp(db);
  });
  after(async () => {
    await app?.quit();
  });

  it('welcomes a new user and creates a case with its people', async () => {
    const b = app.browser;
    await see(b, 'h1=Welcome to Contact Records');
    await screenshot(b, 'register-empty.png');
    assert.deepEqual(await accessibilityProblems(b), []);
    await (await see(b, '[data-testid="create-case"]')).click();

    await see(b, 'h1=Create a case');
    await fill(b, 'court_case_number', 'CF24P00123');
    await fill(b, 'case_name', 'Re: S and E (children)');
    await fill(b, 'court', 'Family Court at Cardiff');
    await fill(b, 'cafcass_number', '55501');
    await fill(b, 'adviser_name', 'Ffion Hughes');
    await (await b.$('[data-testid="save-case"]')).click();

    await see(b, 'h1*=Re: S and E (children)');
    assert.match(await (await b.$('.govuk-notification-banner')).getText(), /Case created/);
    await click(b, '[data-testid="part-people"]');

    for (const [name, dob] of [
      ['Siân Llŷr Hughes', '27/03/2019'],
      ['Elis Hughes', '2 Sep 2021'],
    ]) {
      await (await see(b, '[data-testid="add-child"]')).click();
      await see(b, 'h1=Add a child');
      await fill(b, 'full_name', name);
      await fill(b, 'date_of_birth', dob);
      await choose(b, 'language', 'welsh');
      await (await b.$('[data-testid="save-child"]')).click();
      await see(b, `h3=${name}`);
    }

    for (const [name, role, party] of [
      ['Gwenllïan ap Dafydd', 'mother', 'resident'],
      ['Mark Hughes', 'father', 'visiting'],
    ]) {
      await (await see(b, '[data-testid="add-adult"]')).click();
      await see(b, 'h1=Add an adult');
      await fill(b, 'full_name', name);
      await choose(b, 'role', role);
      await choose(b, 'party', party);
      await (await b.$('[data-testid="save-adult"]')).click();
      await see(b, `h3=${name}`);
    }
    assert.equal((await b.$$('[data-testid="child-card"]')).length, 2);
    assert.equal((await b.$$('[data-testid="adult-card"]')).length, 2);
    await screenshot(b, 'case-page.png');
    assert.deepEqual(await accessibilityProblems(b), []);
  });

  it('refuses a future date of birth next to the field and saves nothing', async () => {
    const b = app.browser;
    await (await see(b, '[data-testid="add-child"]')).click();
    await see(b, 'h1=Add a child');
    await fill(b, 'full_name', 'Not Born Yet');
    await fill(b, 'date_of_birth', '01/01/2099');
    await (await b.$('[data-testid="save-child"]')).click();
    const inline = await see(b, '#field-date-of-birth-error');
    assert.match(await inline.getText(), /Date of birth must be today or in the past/);
    await see(b, '.govuk-error-summary');
    await screenshot(b, 'child-form-error.png');
    assert.deepEqual(await accessibilityProblems(b), []);
    await (await b.$('a=Cancel')).click();
    await see(b, 'h2=Children');
    assert.equal((await b.$$('[data-testid="child-card"]')).length, 2);
  });

  it('refuses a duplicate court case number', async () => {
    const b = app.browser;
    await b.execute(() => {
      location.hash = '#/cases/new';
    });
    await see(b, 'h1=Create a case');
    await fill(b, 'court_case_number', 'cf24p00123');
    await fill(b, 'case_name', 'Re: Someone else');
    await fill(b, 'court', 'Family Court at Swansea');
    await (await b.$('[data-testid="save-case"]')).click();
    const inline = await see(b, '#field-court-case-number-error');
    assert.match(await inline.getText(), /already exists/);
  });

  it('finds the case by a child’s name as you type', async () => {
    const b = app.browser;
    await b.execute(() => {
      location.hash = '#/';
    });
    const search = await see(b, '#case-search');
    await search.setValue('sian llyr');
    await b.waitUntil(async () => (await b.$$('#case-table tbody tr')).length === 1, { timeout: 5000 });
    const row = await (await b.$('#case-table tbody tr')).getText();
    assert.match(row, /CF24P00123/);
    assert.match(row, /Re: S and E \(children\)/);
    await screenshot(b, 'register-search.png');
    assert.deepEqual(await accessibilityProblems(b), []);
  });

  it('still has the case after the app is quit and started again', async () => {
    await app.quit();
    app = await startApp(db);
    const b = app.browser;
    const search = await see(b, '#case-search');
    await search.setValue('Elis');
    await b.waitUntil(async () => (await b.$$('#case-table tbody tr')).length === 1, { timeout: 5000 });
    await (await b.$('a=CF24P00123')).click();
    await click(b, '[data-testid="part-people"]');
    await see(b, 'h3=Siân Llŷr Hughes');
    await see(b, 'h3=Gwenllïan ap Dafydd');
  });
});

describe('a data file that is not ours', () => {
  it('shows what is wrong and what to do instead of a blank window', async () => {
    const { writeFileSync } = await import('node:fs');
    const db = tempDb('notes.db');
    writeFileSync(db, 'These are my notes, not a database. '.repeat(200));
    const app = await startApp(db);
    try {
      const b = app.browser;
      await see(b, 'h1=Contact Records cannot open its data file');
      assert.match(await (await b.$('[data-testid="startup-error"]')).getText(), /not a Contact Records data file/);
      await screenshot(b, 'startup-foreign-file.png');
    } finally {
      await app.quit();
    }
  });
});
