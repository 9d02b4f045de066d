// The plan: the exercise cards (name, 1RM or an estimate from a set, scheme, equipment, the
// scheme editor, the back-off log, hints), their set rows, and the buttons under the cards
// (add an exercise, start over).
//
// Exercises, sets and groups are counted from 1, as the page labels them. A field asked for with
// no exercise number is the only one on the page (Playwright fails if there are more).


/** Runs `tap`, answering the browser's yes/no question if it asks one; returns the question. */
export async function answerTheQuestion(page, answer, tap) {
  let asked = null;
  const handler = (dialog) => {
    asked = dialog.message();
    return answer ? dialog.accept() : dialog.dismiss();
  };
  page.on('dialog', handler);
  try {
    await tap();
  } finally {
    page.off('dialog', handler);
  }
  return asked;
}

/** One set row: what it says (load, reps, plates, %), and its check-off button. */
import { expect } from '@playwright/test';

export class SetRow {
  constructor(row) {
    /** The whole row (its kind is in `data-kind`, and its badge says Warm-up / Work / Back-off). */
    this.row = row;
  }

  load() {
    return this.row.getByTestId('load');
  }

  reps() {
    return this.row.getByTestId('reps');
  }

  /** The plates a side ('15 a side'), 'no plates', or why it cannot be loaded. */
  plates() {
    return this.row.getByTestId('plates');
  }

  /** The plate change from the set before, in loading order ('−20 +25 +5 +2.5'). */
  change() {
    return this.row.getByTestId('change');
  }

  /** The real % of the max. */
  percent() {
    return this.row.getByTestId('pct');
  }

  /** The % the scheme asked for, shown when rounding moved the load off it. */
  asked() {
    return this.row.getByTestId('asked');
  }

  /** The check-off button; its name says what a tap does ('Mark set 2 done…', 'Undo set 2…'). */
  checkButton() {
    return this.row.getByRole('button', { name: /^(Mark|Undo) set/ });
  }

  /** The check-off button of a set already done (none while it is not). */
  doneButton() {
    return this.row.getByRole('button', { name: /^Undo set/ });
  }

  /** The 'Up next' mark, on the one set to do next. */
  upNext() {
    return this.row.getByTestId('up-next');
  }

  /** Checks the set off (a tap; a second tap undoes it), and waits until the page shows it. */
  async tick() {
    await this.checkButton().click();
    await expect(this.doneButton()).toBeVisible();
  }

  async untick() {
    await this.doneButton().click();
    await expect(this.doneButton()).toHaveCount(0);
  }

  /** Opens the correction of a ticked set: its boxes show under the row. */
  async openCorrection() {
    await this.row.getByRole('button', { name: /^Correct set/ }).click();
    await expect(this.correction()).toBeVisible();
  }

  /** The open correction's boxes and its Done button. */
  correction() {
    return this.row.getByTestId('set-fix');
  }

  /** A box of the open correction: 'Reps done', 'Load' or 'RPE'. */
  correctionBox(label) {
    return this.correction().getByLabel(label, { exact: true });
  }

  /** The message beside a box of the open correction (the box's aria-describedby). */
  correctionError(label) {
    const id = { 'Reps done': 'fix-reps', Load: 'fix-load', RPE: 'fix-rpe' }[label];
    return this.correction().locator(`#${id}-error`);
  }

  /** Says what a ticked set really was: `{ reps, load, rpe }`, each optional, then Done. */
  async correct(what) {
    await this.openCorrection();
    for (const [label, key] of [['Reps done', 'reps'], ['Load', 'load'], ['RPE', 'rpe']]) {
      if (what[key] !== undefined) await this.correctionBox(label).fill(what[key]);
    }
    await this.correction().getByRole('button', { name: 'Done' }).click();
    await expect(this.correction()).toHaveCount(0);
  }

  /** What a corrected set was ('Done: 3 reps at 85 kg, RPE 9.5'). */
  corrected() {
    return this.row.getByTestId('fixed');
  }
}

export class Plan {
  constructor(page) {
    this.page = page;
  }

  // Exercises.

  exercises() {
    return this.page.getByTestId('exercise');
  }

  exercise(n) {
    return this.exercises().nth(n - 1);
  }

  /** Exercise `n`'s "Details" toggle: each set's %, plate change and rest, shown or folded away. */
  detailsButton(n = 1) {
    return this.exercise(n).getByRole('button', { name: 'Details', exact: true });
  }

  /** Exercise `n`'s card, or the whole page when no number is given. */
  within(n) {
    return n === undefined ? this.page : this.exercise(n);
  }

  /** Every set's load and what goes on the implement, over the whole plan, in order. */
  async allLoads() {
    await this.sets().first().waitFor();
    return this.sets().evaluateAll((rows) => rows.map((row) => {
      const text = (id) => row.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
      return `${text('load')} ${text('plates')}`;
    }));
  }

  /** Every exercise's name, in order. */
  async exerciseNames() {
    return this.exercises().getByRole('heading').allTextContents();
  }

  /** An exercise card's heading (its name). */
  exerciseTitle(n) {
    return this.exercise(n).getByRole('heading');
  }

  /** The card's one line: max, scheme and equipment. */
  summary(n = 1) {
    return this.exercise(n).getByTestId('summary');
  }

  /** The button that opens an exercise's setup ('Edit') or closes it ('Done'). */
  setupButton(n = 1) {
    return this.exercise(n).getByRole('button', { name: /^(Edit|Done editing) / });
  }

  /** Opens exercise `n`'s setup (name, max, scheme, equipment), unless it is open. */
  async openSetup(n = 1) {
    const button = this.setupButton(n);
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  }

  /** Taps "Done" on exercise `n`'s setup. */
  async closeSetup(n = 1) {
    await this.setupButton(n).click();
  }

  /** The mark on the first visit's example plan. */
  exampleMark() {
    return this.page.getByTestId('example');
  }

  /** The first visit's line saying what to type. */
  firstVisitHint() {
    return this.page.getByTestId('first-visit');
  }

  async typeYourMax() {
    await this.page.getByRole('button', { name: 'Type your max' }).click();
  }

  async addExercise() {
    await this.page.getByRole('button', { name: 'Add exercise' }).click();
  }

  async moveUp(n) {
    await this.openSetup(n);
    await this.page.getByRole('button', { name: `Move exercise ${n} up` }).click();
  }

  async remove(n) {
    await this.openSetup(n);
    await this.page.getByRole('button', { name: `Remove exercise ${n}` }).click();
  }

  /**
   * Clears the checks and the timer, keeping the plan. With sets ticked the page asks first:
   * `answer` says yes (true) or no; returns the question asked, or null when none was.
   */
  async startOver(answer = true) {
    return answerTheQuestion(this.page, answer, () =>
      this.page.getByRole('button', { name: 'Start over' }).click(),
    );
  }

  nameField(exercise) {
    return this.within(exercise).getByLabel('Exercise', { exact: true });
  }

  async nameExercise(exercise, name) {
    await this.openSetup(exercise);
    await this.nameField(exercise).fill(name);
  }

  /** The hint shown when there are too many back-off sets in one session. */
  tooManyBackOffsHint() {
    return this.page.getByTestId('too-many-back-offs');
  }

  // The max.

  maxField({ unit = 'kg', exercise } = {}) {
    return this.within(exercise).getByLabel(`1RM (${unit})`);
  }

  async typeMax(value, where = {}) {
    await this.openSetup(where.exercise);
    await this.maxField(where).fill(value);
  }

  /** Leaves the max field (the thumb moves on): a bad value now shows its message. */
  async leaveMax(where = {}) {
    await this.maxField(where).press('Tab');
  }

  /** The message next to an exercise's max field (found in its card, not by its position). */
  maxError(exercise = 1) {
    return this.exercise(exercise).locator('[id$="-max-error"]');
  }

  /** Switches the max to an estimate from a set done (load × reps). */
  async estimateFromASet(exercise = 1) {
    await this.openSetup(exercise);
    await this.page.getByLabel('From a set').check();
  }

  /** The messages under the set's load and reps fields. */
  setLoadError(exercise = 1) {
    return this.exercise(exercise).locator('[id$="-load-error"]');
  }

  setRepsError(exercise = 1) {
    return this.exercise(exercise).locator('[id$="-reps-error"]');
  }

  /** Where the set's load, reps and RPE boxes start, from the top of the screen. */
  async setFieldTops() {
    const boxes = ['Load', 'Reps', 'RPE'].map((l) => this.page.getByLabel(l, { exact: true }).boundingBox());
    return (await Promise.all(boxes)).map((b) => Math.round(b.y));
  }

  async typeSetLoad(load) {
    await this.page.getByLabel('Load', { exact: true }).fill(load);
  }

  async typeSetReps(reps) {
    await this.page.getByLabel('Reps', { exact: true }).fill(reps);
  }

  async typeSetRpe(rpe) {
    await this.page.getByLabel('RPE', { exact: true }).fill(rpe);
  }

  /** Why exercise `n` has no sets ("No plan yet: type your max…"). */
  noPlan(n) {
    return this.exercise(n).getByTestId('no-plan');
  }

  /** The set rows of exercise `n`. */
  setsOf(n) {
    return this.exercise(n).getByTestId('set-row');
  }

  /** With an RPE typed, the two estimates to pick from ('RTS chart: 114.5 kg', 'Epley: 108 kg'). */
  trustChoices() {
    return this.page.getByRole('group', { name: 'Plan from' }).locator('label');
  }

  /** Trusts the estimate whose name starts the choice ('RTS chart', 'Epley'). */
  async trust(name) {
    await this.page.getByRole('radio', { name: new RegExp(`^${name}:`) }).check();
  }

  /** The estimated max with the formulas' spread, or why it cannot be trusted. */
  estimate() {
    return this.page.getByTestId('estimate');
  }

  // Scheme and equipment.

  async pickScheme(label, exercise = 1) {
    await this.openSetup(exercise);
    await this.page.getByLabel('Scheme', { exact: true }).selectOption({ label });
  }

  async pickEquipment(label, exercise = 1) {
    await this.openSetup(exercise);
    await this.page.getByLabel('Equipment').selectOption({ label });
  }

  // The gear's own weights are set up at home: on the setup page, in the exercise's section
  // ("Edit sets and equipment" goes there). Each box below is found there.

  /** The exercise's section of the setup page (the one opened last when not given). */
  equipmentOf(exercise) {
    return this.page.locator(`#sets-${exercise ?? this.editing ?? 1}`);
  }

  /** On the setup page: a stack's step. */
  stepsField(unit = 'kg', exercise) {
    return this.equipmentOf(exercise).getByLabel(`Steps of (${unit})`);
  }

  /** On the setup page: the dumbbells on hand ('1-10/1, 12-50/2': 1 to 10 in steps of 1, then
   * 12 to 50 by 2). */
  dumbbellsField(unit = 'kg', exercise) {
    return this.equipmentOf(exercise).getByLabel(`Dumbbells on hand, each (${unit})`);
  }

  /** On the setup page: a bar's own weight (an EZ bar, a trap bar...). */
  barWeightField(unit = 'kg', exercise) {
    return this.equipmentOf(exercise).getByLabel(`Bar weight (${unit})`);
  }

  /** On the setup page: a plate-loaded machine's sled or carriage. */
  sledField(unit = 'kg', exercise) {
    return this.equipmentOf(exercise).getByLabel(`Sled or carriage (${unit}); 0 counts plates only`);
  }

  /** From the plan page: types `text` into the box `field(unit, exercise)` of the exercise's
   * equipment on the setup page, and comes back. */
  async setGear(field, text, unit = 'kg', exercise = 1) {
    await this.openSetEditor(exercise);
    await this.fillGear(field.call(this, unit, exercise), text);
    await this.doneEditingSets();
  }

  async setSteps(step, unit = 'kg', exercise = 1) {
    await this.setGear(this.stepsField, step, unit, exercise);
  }

  async setDumbbells(text, unit = 'kg', exercise = 1) {
    await this.setGear(this.dumbbellsField, text, unit, exercise);
  }

  async setBarWeight(weight, unit = 'kg', exercise = 1) {
    await this.setGear(this.barWeightField, weight, unit, exercise);
  }

  async setSled(weight, unit = 'kg', exercise = 1) {
    await this.setGear(this.sledField, weight, unit, exercise);
  }

  /** The message beside a gear box (the line under it). */
  gearError(field) {
    return field.locator('xpath=following-sibling::p[contains(@class, "field-error")]');
  }

  /** The lifter's bodyweight, in a bodyweight lift's setup. */
  bodyweightField(unit = 'kg') {
    return this.page.getByLabel(`Your bodyweight (${unit})`);
  }

  async setBodyweight(weight, unit = 'kg') {
    await this.fillGear(this.bodyweightField(unit), weight);
  }

  /** A bodyweight lift's max: what is added (below zero: assistance). */
  addedMaxField({ unit = 'kg', exercise } = {}) {
    return this.within(exercise).getByLabel(`1RM, added to bodyweight (${unit})`);
  }

  async typeAddedMax(value, where = {}) {
    await this.openSetup(where.exercise);
    await this.addedMaxField(where).fill(value);
  }

  /** Types into a box that takes its value when left, and leaves it with Enter. */
  async fillGear(field, text) {
    await field.fill(text);
    await field.press('Enter');
    await field.blur();
  }

  // The scheme editor, on the setup page: "Edit sets and equipment" in an exercise's setup
  // goes there.

  /** Opens exercise `n`'s sets on the setup page, from its setup on the plan page. */
  async openSetEditor(exercise = 1) {
    await this.openSetup(exercise);
    await this.exercise(exercise).getByRole('link', { name: /^Edit sets/ }).click();
    this.editing = exercise;
    await expect(this.setEditor()).toBeVisible();
  }

  /** The setup page's sets of the exercise opened last (its scheme editor). */
  setEditor() {
    return this.page.locator(`#sets-${this.editing ?? 1}`);
  }

  /** Back to the plan page from the setup page. */
  async doneEditingSets() {
    await this.page.getByRole('link', { name: 'Back to plan' }).click();
    await expect(this.sets().first()).toBeVisible();
  }

  /** The editor's title once the scheme has been edited. */
  editedSetsMark() {
    return this.setEditor().getByText('Edit sets (edited)');
  }

  /** The number of sets in a group of the scheme. */
  groupSetsField(group) {
    return this.setEditor().getByLabel(`Group ${group} sets`);
  }

  /** The reps of a group of the scheme ('AMRAP' for a back-off group). */
  groupRepsField(group) {
    return this.setEditor().getByLabel(`Group ${group} reps`);
  }

  /** Picks the warm-up of the exercise whose sets are open: 'The scheme\'s own', 'Ramp to the first work set' or 'None'. */
  async pickWarmUp(label) {
    await this.setEditor().getByLabel('Warm-up').selectOption({ label });
  }

  /** Picks how the exercise whose sets are open moves forward: 'None: you set the max', 'Linear: a step each session', 'Double: reps, then a step' or '5/3/1: training max each cycle'. */
  async pickProgression(label) {
    await this.setEditor().getByLabel('Progression').selectOption({ label });
  }

  /** The step of the open exercise's progression (its box, with its message beside it). */
  progressionStep() {
    return this.setEditor().getByLabel('Step');
  }

  /** A double progression's rep range box ('8-12'). */
  progressionRange() {
    return this.setEditor().getByLabel('Rep range');
  }

  /** The message beside a box of the sets' editor, by its label ('Step', 'Rep range'). */
  messageOf(label) {
    return this.setEditor().locator('.field').filter({ has: this.page.getByLabel(label, { exact: true }) }).locator('.field-error');
  }

  /** What exercise `n`'s rule offers after the last session. */
  offer(n = 1) {
    return this.exercise(n).getByTestId('offer');
  }

  /** Applies exercise `n`'s offer. */
  async applyOffer(n = 1) {
    await this.offer(n).getByRole('button', { name: /^Apply/ }).click();
  }

  /** Keeps exercise `n`'s max as it is. */
  async keepOffer(n = 1) {
    await this.offer(n).getByRole('button', { name: /^Keep/ }).click();
  }

  /** Every group's kind, in order ('Warm-up', 'Work', 'Back-off'). */
  groupKinds() {
    return this.setEditor().locator('tbody th[scope="row"]');
  }

  /** Adds a group: 'warm-up', 'work sets' or 'back-off'. */
  async addGroup(kind) {
    await this.setEditor().getByRole('button', { name: `Add ${kind}` }).click();
  }

  async moveGroup(group, direction) {
    await this.setEditor().getByRole('button', { name: `Move group ${group} ${direction}` }).click();
  }

  async removeGroup(group) {
    await this.setEditor().getByRole('button', { name: `Remove group ${group}` }).click();
  }

  /** Saves the open sets under `name`, as a scheme of the lifter's own (Enter in the box). */
  async saveSetsAs(name) {
    const box = this.setEditor().getByLabel('Save these sets as a scheme');
    await box.fill(name);
    await box.press('Enter');
  }

  /** Why the name to save the sets under was refused. */
  saveSchemeError() {
    return this.setEditor().locator('.save-scheme .field-error');
  }

  /** Picks a scheme for the exercise whose sets are open on the setup page. */
  async pickSchemeHere(label) {
    await this.setEditor().getByLabel('Scheme', { exact: true }).selectOption({ label });
  }

  /** The setup page's list of the lifter's own schemes. */
  ownSchemes() {
    return this.page.getByRole('list', { name: 'Your schemes' }).getByRole('listitem');
  }

  async deleteScheme(name) {
    await this.page.getByRole('button', { name: `Delete the scheme ${name}` }).click();
  }

  /** Whether a box shows all of its text (nothing cut off at its right edge). */
  async showsWhole(field) {
    return field.evaluate((el) => el.scrollWidth <= el.clientWidth);
  }

  /** Types a group's number of sets and confirms with Enter. */
  async setGroupSets(group, sets) {
    await this.groupSetsField(group).fill(sets);
    await this.groupSetsField(group).press('Enter');
  }

  // Sets.

  /** Every set row on the page. */
  sets() {
    return this.page.getByTestId('set-row');
  }

  /** How many set rows the page shows, once it has drawn them (the wasm starts after load). */
  async setCount() {
    await this.sets().first().waitFor();
    return this.sets().count();
  }

  /** Every set's load, in order. */
  loads() {
    return this.sets().getByTestId('load');
  }

  set(n) {
    return new SetRow(this.sets().nth(n - 1));
  }

  firstSet() {
    return new SetRow(this.sets().first());
  }

  lastSet() {
    return new SetRow(this.sets().last());
  }

  /** The back-off set (the only one on the page). */
  backOffSet() {
    return new SetRow(this.page.locator('[data-testid="set-row"][data-kind="back-off"]'));
  }

  /** Every warm-up set row of exercise `n` (of the whole page without one). */
  warmUpSets(n) {
    return this.within(n).locator('[data-testid="set-row"][data-kind="warm-up"]');
  }

  /** Every work set row. */
  workSets() {
    return this.page.locator('[data-testid="set-row"][data-kind="work"]');
  }

  /** The 'rest m:ss' notes of the sets: the rest after each. */
  restNotes(length) {
    return this.page.locator('.rest-after', { hasText: `rest ${length}` });
  }

  // The back-off log.

  /** Where the reps done in the back-off set at this load are typed, e.g. '50 kg' (any load
   * when not given). */
  backOffRepsField(load) {
    return this.page.getByLabel(load ? `Back-off reps at ${load}` : /^Back-off reps at /);
  }

  async typeBackOffReps(load, reps) {
    await this.backOffRepsField(load).fill(reps);
  }

  /** The message under the back-off reps field. */
  backOffRepsError(exercise = 1) {
    return this.exercise(exercise).locator('[id$="-result-error"]');
  }

  async saveResult() {
    await this.page.getByRole('button', { name: 'Save result' }).click();
  }

  /** 'Back-off result saved.' */
  logged() {
    return this.page.getByTestId('logged');
  }

  /** The last logged back-off result, shown next time. */
  lastTime() {
    return this.page.getByTestId('last-time');
  }
}
