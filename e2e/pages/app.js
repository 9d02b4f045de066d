// The page as a whole: its title, the fold-out panels (every <details> with its <summary>), the
// controls a thumb can tap, and the link to the web-app manifest in the document head.
import { expect } from '@playwright/test';

export class App {
  constructor(page) {
    this.page = page;
  }

  /** The page's main heading. */
  title() {
    return this.page.getByRole('heading', { level: 1 });
  }

  /**
   * Every fold-out panel on the page now, in order: `toggle` is what a lifter taps, `panel` the
   * panel itself (it has `open`), `parts` its children (only the toggle while it is closed).
   */
  async panels() {
    return (await this.page.locator('summary').all()).map((toggle) => ({
      toggle,
      panel: toggle.locator('xpath=..'),
      parts: toggle.locator('xpath=../*'),
    }));
  }

  /**
   * Opens everything that folds: each exercise's setup, then every panel, one at a time (a
   * panel draws its content only once open, which moves what is below it, so each tap waits
   * for the content before the next).
   */
  async openEverything() {
    const closedSetups = this.page.getByRole('button', { name: /^Edit /, expanded: false });
    while ((await closedSetups.count()) > 0) await closedSetups.first().click();
    for (const { toggle, panel, parts } of await this.panels()) {
      if (await panel.evaluate((d) => d.open)) continue;
      await toggle.click();
      await expect(panel).toHaveJSProperty('open', true);
      await expect(parts).not.toHaveCount(1);
    }
  }

  /**
   * Every control a thumb can tap now (buttons, fields, selects, panel toggles, links; radios
   * and checkboxes are tapped through their labels), each as the start of its HTML and its box.
   */
  async tapTargets() {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('button, input, select, summary, a')]
        .filter((el) => el.offsetParent !== null && el.type !== 'radio' && el.type !== 'checkbox')
        .map((el) => ({ el: el.outerHTML.slice(0, 80), ...el.getBoundingClientRect().toJSON() })),
    );
  }

  /** Where the head's manifest link points (as written, relative to the page). */
  async manifestHref() {
    return this.page.locator('link[rel="manifest"]').getAttribute('href');
  }
}
