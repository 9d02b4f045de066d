// The plan library, on the setup page (setup/): the plan in force by name, duplicate and delete,
// and the other plans with a button that opens each. The plan page names the plan in force in
// its link there.
import { expect } from '@playwright/test';

export class Plans {
  constructor(page) {
    this.page = page;
  }

  /** "Plan: <name>": the plan page's link to the library, or the library panel's title. */
  title() {
    return this.page.locator('[data-testid="plan-link"], #plans > summary');
  }

  /** Opens the library from the plan page (its "Plan: …" link), unless it is open. */
  async open() {
    if ((await this.page.locator('#plans[open]').count()) === 0) {
      await this.title().click();
    }
    // Drawn once open: a read of the list must not race the drawing.
    await expect(this.nameField()).toBeVisible();
  }

  /** Waits until the device has stored the plan named `name` as the one in force. */
  async stored(name) {
    await this.page.waitForFunction(
      (n) => new URLSearchParams(localStorage.getItem('backoff.v1') ?? '').get('pname') === n,
      name,
    );
  }

  nameField() {
    return this.page.getByLabel('Plan name', { exact: true });
  }

  async rename(name) {
    await this.nameField().fill(name);
    await this.nameField().press('Enter');
    await this.nameField().blur();
  }

  /** The message under the plan's name. */
  nameError() {
    return this.page.locator('.field', { has: this.nameField() }).locator('.field-error');
  }

  async duplicate() {
    await this.page.getByRole('button', { name: 'Duplicate' }).click();
  }

  async deleteThisPlan() {
    await this.page.getByRole('button', { name: 'Delete this plan' }).click();
  }

  /** Every plan's name in the list, in the order they were made. */
  async names() {
    return this.page.getByRole('list', { name: 'Your plans' }).locator('li > span:first-child').allTextContents();
  }

  /** Opens a plan of the list: the plan page shows it. */
  async openPlan(name) {
    await this.page.getByRole('button', { name: `Open ${name}`, exact: true }).click();
    await expect(this.page.getByTestId('plan-link')).toHaveText(`Plan: ${name}`);
  }

  /** Back to the plan page by the setup page's "Back to plan". */
  async done() {
    await this.page.getByRole('link', { name: 'Back to plan' }).click();
    await expect(this.page.getByTestId('plan-link')).toBeVisible();
  }
}
