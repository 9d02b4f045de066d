// Programs: the plan page's line naming the program and day, its day buttons, and the setup
// page's Programs section (the built-ins to start, each program's days, its link).
import { expect } from '@playwright/test';

export class Programs {
  constructor(page) {
    this.page = page;
  }

  /** The plan page's line: "5×5 A/B · Day A". */
  line() {
    return this.page.getByTestId('plan-link');
  }

  /** The plan page's group of day buttons ("Days of 5×5 A/B"). */
  dayGroup() {
    return this.page.getByRole('group', { name: /^Days of / });
  }

  /** The plan page's buttons, one a day of the program in force. */
  days() {
    return this.dayGroup().getByRole('button');
  }

  /** The day in force, by its pressed button. */
  today() {
    return this.dayGroup().getByRole('button', { pressed: true });
  }

  /** Opens another day from the plan page. */
  async openDay(name) {
    await this.dayGroup().getByRole('button', { name, exact: true }).click();
    await expect(this.today()).toHaveText(name);
  }

  /** Starts built-in program `name` on the setup page: the plan page opens on its first day. */
  async start(name) {
    await this.page.goto('./setup/#programs');
    await this.page.getByRole('button', { name: `Start ${name}`, exact: true }).click();
    await expect(this.line()).toContainText(name);
  }

  /** A program's section on the setup page. */
  program(name) {
    return this.page.getByRole('article', { name, exact: true });
  }

  /** The box with program `name`'s name, on the setup page. */
  nameField(name) {
    return this.program(name).getByLabel('Name', { exact: true });
  }

  /** Why the name typed for program `name` was refused (empty when it was not). */
  nameError(name) {
    return this.program(name).locator('.field-error');
  }

  /** Renames program `name` on the setup page to `to`, taken as the box is left (its section
   * then goes by the new name). */
  async rename(name, to) {
    const field = this.nameField(name);
    await field.fill(to);
    await field.press('Tab');
  }

  /** The setup page's Programs section, opened by its address. */
  async openOnSetupPage() {
    await this.page.goto('./setup/#programs');
  }

  /** The names of a program's days on the setup page, in order. */
  async dayNames(name) {
    return this.program(name).getByRole('listitem').locator('> span:first-child').evaluateAll(
      (spans) => spans.map((s) => s.firstChild?.textContent ?? ''),
    );
  }

  /** The link "Share link" gives for program `name` (copied: this page has no share sheet). */
  async link(name) {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await this.page.evaluate(() => { delete Navigator.prototype.share; });
    await this.program(name).getByRole('button', { name: 'Share link' }).click();
    await expect(this.page.getByTestId('notice')).toContainText('Program link copied');
    return this.page.evaluate(() => navigator.clipboard.readText());
  }
}
