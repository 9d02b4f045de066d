// The history page (history/): each lift's section with its chart and its table of sessions,
// the CSV export, and the way back to the plan.
import { expect } from '@playwright/test';

export class History {
  constructor(page) {
    this.page = page;
  }

  /** Opens it from the plan page, as a lifter does: the "History" button in the header. */
  async openFromPlan() {
    await this.page.getByRole('link', { name: 'History' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  }

  async backToPlan() {
    await this.page.getByRole('link', { name: 'Back to plan' }).click();
  }

  /** "Nothing here yet…", shown before any session. */
  empty() {
    return this.page.getByTestId('no-history');
  }

  /** Every lift's section, most recently trained first. */
  lifts() {
    return this.page.getByTestId('lift');
  }

  /** The section of the lift named `name`. */
  lift(name) {
    return this.lifts().filter({ has: this.page.getByRole('heading', { level: 2, name }) });
  }

  /** The lift's chart (an SVG with a text label). */
  chart(name) {
    return this.lift(name).getByTestId('chart');
  }

  /** The rows of the lift's table of sessions, newest first. */
  sessions(name) {
    return this.lift(name).getByTestId('session');
  }

  /** What was done to the lift's max and why, newest first: one list item each. */
  changes(name) {
    return this.lift(name).getByTestId('changes').getByRole('listitem');
  }

  /** "Show more (… older)" under the lift's table. */
  showMoreButton(name) {
    return this.lift(name).getByRole('button', { name: /^Show more/ });
  }

  /** Opens a stored session of the lift for correcting (the newest unless `n` says). */
  async editSession(name, n = 1) {
    await this.sessions(name).nth(n - 1).getByRole('button', { name: /^Edit the session of/ }).click();
    await expect(this.editor()).toBeVisible();
  }

  /** The open session's sets. */
  editor() {
    return this.page.getByTestId('session-editor');
  }

  /** The box of set `n` ('Load' or 'Reps') in the open session. */
  setBox(n, part) {
    return this.editor().getByLabel(`${part}, set ${n}`);
  }

  /** Types into a set's box and leaves it, as a lifter does. */
  async correct(n, part, text) {
    const box = this.setBox(n, part);
    await box.fill(text);
    await box.press('Tab');
  }

  async deleteSession() {
    await this.editor().getByRole('button', { name: 'Delete this session' }).click();
  }

  /** "Deleted a session of …" with its Undo. */
  deleted() {
    return this.page.getByTestId('deleted');
  }

  async undoDelete() {
    await this.deleted().getByRole('button', { name: 'Undo' }).click();
  }

  /** "Your best recent set, … implies a max of …", with its "Update max to …" button. */
  suggestion(name) {
    return this.lift(name).getByTestId('suggestion');
  }

  /** "Week 3 done: …", with its "Start the next cycle (week 1)" button. */
  nextCycle(name) {
    return this.lift(name).getByTestId('next-cycle');
  }

  /** "… now plans from a max of …" (or "… starts its next cycle …"), with its Undo. */
  maxUpdated() {
    return this.page.getByTestId('max-updated');
  }

  /** Exports the CSV (Strong's layout of today) and returns its text and file name. */
  async exportCsv() {
    return this.#download('Export history (CSV)');
  }

  /** Exports the CSV in Strong's older layout, a unit per row. */
  async exportOlderCsv() {
    return this.#download('Export history (CSV), older layout with a unit per row');
  }

  /** Taps the button `name` and returns the file it saves: `{ name, text }`. */
  async #download(name) {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name, exact: true }).click();
    const file = await download;
    const chunks = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk);
    return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  notice() {
    return this.page.getByTestId('notice');
  }

  // Import from another app.

  /** Picks another app's export to import: `{ name, text }`. */
  async importFrom(file) {
    await this.#pick('Pick a CSV export', 'text/csv', file);
  }

  /** What the file holds, shown before anything changes. */
  importPreview() {
    return this.page.getByTestId('import-preview');
  }

  /** "From Strong: 2 workouts, 6 sets, …". */
  importSummary() {
    return this.page.getByTestId('import-summary');
  }

  /** The box with what the file's exercise `was` is filed as. */
  filedAs(was) {
    return this.importPreview().getByLabel(was, { exact: true });
  }

  /** Files the file's exercise `was` as `name` (taken as the box is left). */
  async fileAs(was, name) {
    await this.filedAs(was).fill(name);
    await this.filedAs(was).press('Tab');
  }

  /** Picks the unit of a file that names none: 'kg' or 'lb'. */
  async importUnit(unit) {
    await this.importPreview().getByRole('radio', { name: unit, exact: true }).check();
  }

  async confirmImport() {
    await this.importPreview().getByRole('button', { name: 'Import', exact: true }).click();
  }

  /** "Imported … sets from …", with its Undo. */
  imported() {
    return this.page.getByTestId('imported');
  }

  async undoImport() {
    await this.imported().getByRole('button', { name: 'Undo' }).click();
  }

  /** Why a file was refused. */
  importRefused() {
    return this.page.getByTestId('import-refused');
  }

  // Your data.

  /** Backs everything up and returns the file (its name and text). */
  async backUp() {
    return this.#download('Back up everything');
  }

  /** Picks a file to restore from: `{ name, text }`. */
  async restoreFrom(file) {
    await this.#pick('Restore from a backup', 'text/plain', file);
  }

  /** Picks `{ name, text }` in the file input labelled `label`, as a lifter's file of `mimeType`. */
  async #pick(label, mimeType, { name, text }) {
    await this.page.getByLabel(label).setInputFiles({ name, mimeType, buffer: Buffer.from(text, 'utf8') });
  }

  /** What the picked backup holds, and the choice to merge or replace. */
  restoreCheck() {
    return this.page.getByTestId('restore-check');
  }

  async merge() {
    await this.page.getByRole('button', { name: 'Merge into what is here' }).click();
  }

  async replace() {
    await this.page.getByRole('button', { name: 'Replace what is here' }).click();
  }

  /** "Restored…" / "Merged…" with its Undo, then "Undone…". */
  restored() {
    return this.page.getByTestId('restored');
  }

  async undo() {
    await this.restored().getByRole('button', { name: 'Undo' }).click();
  }

  /** Why a file was not restored. */
  refused() {
    return this.page.getByTestId('restore-refused');
  }

  /** "On this device": sound, vibration, keep screen on, notifications and storage. */
  deviceCheck() {
    return this.page.getByTestId('device-check');
  }

  /** Whether the browser keeps the data, in words. */
  storage() {
    return this.page.getByTestId('storage');
  }
}
