// Planning a session on a phone: loads, plates, units, estimates, rounding.
import { backoff } from '../pages/index.js';
import { test, expect } from './fixtures.js';

test("the article's bench example in kg: warm-ups, work sets, back-off with plates", async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto('./');
  await plan.typeMax('100');
  await expect(plan.loads()).toHaveText(['50 kg', '60 kg', '85 kg', '85 kg', '85 kg', '85 kg', '85 kg', '50 kg']);
  await expect(plan.set(1).plates()).toHaveText('15 a side');
  await expect(plan.set(3).plates()).toHaveText('25 + 5 + 2.5 a side');
  await expect(plan.set(8).plates()).toHaveText('15 a side');
  await expect(plan.set(8).row).toHaveAttribute('data-kind', 'back-off');
  await expect(plan.set(8).reps()).toHaveText('AMRAP');
  await expect(plan.set(3).change()).toHaveText('−20 +25 +5 +2.5');
  // Kinds are told apart by words, not only colour.
  await expect(plan.set(1).row).toContainText('Warm-up');
  await expect(plan.set(3).row).toContainText('Work');
  await expect(plan.set(8).row).toContainText('Back-off');
});

test('the same in lb with a 45 lb bar', async ({ page }) => {
  const { plan, settings } = backoff(page);
  await page.goto('./');
  await settings.open();
  await settings.useUnit('lb');
  await expect(settings.barField()).toHaveValue('45');
  await settings.done();
  await plan.typeMax('225', { unit: 'lb' });
  await expect(plan.loads()).toHaveText(['110 lb', '135 lb', '190 lb', '190 lb', '190 lb', '190 lb', '190 lb', '110 lb']);
  await expect(plan.set(2).plates()).toHaveText('45 a side');
  await expect(plan.set(3).plates()).toHaveText('45 + 25 + 2.5 a side');
});

test('estimating the max from 100 kg x 5 shows 116.7 kg with Epley and the spread', async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto('./');
  await plan.estimateFromASet();
  await plan.typeSetLoad('100');
  await plan.typeSetReps('5');
  await expect(plan.estimate()).toContainText('116.7 kg');
  await expect(plan.estimate()).toContainText('formulas 112.5–119');
  await plan.typeSetReps('12');
  await expect(plan.estimate()).toContainText('Above 10 reps');
});

test('the card says how its max was estimated: by the formula, or by the RPE chart', async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto('./');
  await plan.estimateFromASet();
  await plan.typeSetLoad('100');
  await plan.typeSetReps('5');
  await expect(plan.summary()).toContainText('1RM ≈ 116.7 kg from 100 kg × 5 (Epley)');
  await plan.typeSetLoad('90');
  await plan.typeSetReps('6');
  await plan.typeSetRpe('8');
  await expect(plan.summary()).toContainText('1RM ≈ 114.5 kg from 90 kg × 6 at RPE 8 (RTS chart)');
  // Both apply: the lifter sees both and picks the one to trust, and the link keeps the pick.
  await expect(plan.trustChoices()).toHaveText(['RTS chart: 114.5 kg', 'Epley: 108 kg']);
  await plan.trust('Epley');
  await expect(plan.summary()).toContainText('1RM ≈ 108 kg from 90 kg × 6 at RPE 8 (Epley)');
  await expect(page).toHaveURL(/~90x6@8f~/);
  await page.reload();
  await expect(plan.summary()).toContainText('1RM ≈ 108 kg from 90 kg × 6 at RPE 8 (Epley)');
  // Past the chart's 12 reps only the formula has a figure, and it still plans.
  await plan.openSetup();
  await plan.typeSetReps('15');
  await expect(plan.trustChoices()).toHaveText(['RTS chart: up to 12 reps', 'Epley: 135 kg']);
  await expect(plan.summary()).toContainText('1RM ≈ 135 kg from 90 kg × 15 at RPE 8 (Epley)');
});

test('a new exercise starts blank: no max copied, asked for one', async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto('./?v=1&e=Bench+press~100~strength');
  await plan.addExercise();
  await expect(plan.nameField(2)).toBeFocused();
  await expect(plan.noPlan(2)).toContainText('type your max');
  await expect(plan.setsOf(2)).toHaveCount(0);
});

test('rounding down vs nearest changes a load that is not loadable, and the real % shows', async ({ page }) => {
  const { plan, settings } = backoff(page);
  await page.goto('./');
  await plan.typeMax('102');
  const work = plan.set(3);
  await expect(work.load()).toHaveText('85 kg');
  await expect(work.percent()).toHaveText('83.3%');
  await expect(work.asked()).toHaveText('asked 85%');
  await settings.open();
  await settings.roundTo('Nearest');
  await settings.done();
  await expect(work.load()).toHaveText('87.5 kg');
  await expect(work.percent()).toHaveText('85.8%');
});

test('a set lighter than the bar says so', async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto('./');
  await plan.typeMax('30');
  await expect(plan.lastSet().plates()).toContainText('Lighter than the empty bar (20 kg)');
});

test('exercises can be added, named, reordered and removed; hints appear', async ({ page }) => {
  const { plan, notice } = backoff(page);
  await page.goto('./');
  for (let i = 0; i < 3; i++) await plan.addExercise();
  await expect(plan.exercises()).toHaveCount(4);
  await expect(plan.tooManyBackOffsHint()).toBeVisible();
  await plan.nameExercise(2, 'Deadlift');
  await expect(plan.exercise(2)).toContainText('back-off set of deadlifts');
  await plan.moveUp(2);
  await expect(plan.exerciseTitle(1)).toHaveText('Deadlift');
  await plan.remove(1);
  await expect(plan.exercises()).toHaveCount(3);
  // A mis-tap is one tap away from undone.
  await expect(notice.message()).toContainText('Removed Deadlift.');
  // The removed button took the focus with it: it goes to Undo, then to the exercise back.
  await expect(notice.undoButton()).toBeFocused();
  await notice.undo();
  await expect(plan.exercises()).toHaveCount(4);
  await expect(plan.exerciseTitle(1)).toHaveText('Deadlift');
  await expect(plan.exerciseTitle(1)).toBeFocused();
  await plan.remove(1);
  await expect(plan.exercises()).toHaveCount(3);
  await expect(plan.tooManyBackOffsHint()).toHaveCount(0);
});

test('a scheme is picked and its sets edited in place', async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto('./');
  await plan.pickScheme('Goto back-off');
  await plan.typeMax('120');
  // Goto comes with the ramp to its first single: the empty bar, then about 40, 60 and 80%.
  await expect(plan.loads()).toHaveText([
    '20 kg', '42.5 kg', '62.5 kg', '85 kg',
    '107.5 kg', '107.5 kg', '107.5 kg', '107.5 kg', '107.5 kg', '60 kg',
  ]);
  await plan.openSetEditor();
  await plan.setGroupSets(1, '3');
  await expect(plan.editedSetsMark()).toBeVisible();
  await plan.doneEditingSets();
  await expect(plan.loads()).toHaveCount(8);
});

test('a Goto exercise added ramps up to its first single, without change plates if asked, and the ramp can be turned off', async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto('./?v=1&e=Bench+press~100~strength');
  await plan.addExercise();
  await plan.nameExercise(2, 'Squat');
  await plan.typeMax('140', { exercise: 2 });
  // The empty bar x 10, then about 40%, 60% and 80% of the 125 kg single.
  const ramp = plan.warmUpSets(2);
  await expect(ramp.getByTestId('load')).toHaveText(['20 kg', '50 kg', '75 kg', '100 kg']);
  await expect(ramp.getByTestId('reps')).toHaveText(['× 10', '× 5', '× 3', '× 2']);
  // Without change plates: 75 kg would need a 2.5 a side, so that step is 70 (25 a side).
  await plan.openSetEditor(2);
  await plan.pickWarmUp('Ramp, no change plates');
  await plan.doneEditingSets();
  await expect(plan.warmUpSets(2).getByTestId('load')).toHaveText(['20 kg', '50 kg', '70 kg', '100 kg']);
  await expect(page).toHaveURL(/e=Squat~140~goto~~~bigramp/);
  await plan.openSetEditor(2);
  await plan.pickWarmUp('None');
  await plan.doneEditingSets();
  await expect(plan.warmUpSets(2)).toHaveCount(0);
  await expect(page).toHaveURL(/e=Squat~140~goto~~~none/);
});

test('a warm-up group is added, moved and removed, and the plan follows', async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto('./?v=1&e=Bench+press~100~goto');
  await expect(plan.loads()).toHaveCount(6);
  await plan.openSetEditor();
  await expect(plan.groupKinds()).toHaveText(['Work', 'Back-off']);
  await plan.addGroup('warm-up');
  await expect(plan.groupKinds()).toHaveText(['Warm-up', 'Work', 'Back-off']);
  await plan.moveGroup(1, 'down');
  await expect(plan.groupKinds()).toHaveText(['Work', 'Warm-up', 'Back-off']);
  await plan.moveGroup(2, 'up');
  await expect(plan.groupKinds()).toHaveText(['Warm-up', 'Work', 'Back-off']);
  await plan.doneEditingSets();
  // The warm-up's one set comes first, at half the max.
  await expect(plan.loads()).toHaveCount(7);
  await expect(plan.firstSet().load()).toHaveText('50 kg');
  await plan.openSetEditor();
  await plan.removeGroup(1);
  await expect(plan.groupKinds()).toHaveText(['Work', 'Back-off']);
  await plan.doneEditingSets();
  await expect(plan.loads()).toHaveCount(6);
});

test('change plates are counted in, and a plate of the other unit can be added', async ({ page }) => {
  const { plan, settings } = backoff(page);
  await page.goto('./');
  await plan.typeMax('102');
  const work = plan.set(3);
  await expect(work.load()).toHaveText('85 kg'); // 86.7 rounds down to 85 with 1.25s
  await settings.open();
  await settings.morePlates('0.5 kg');
  await settings.morePlates('0.5 kg');
  await settings.addPlate('2.5', 'lb');
  await expect(settings.morePlatesButton('2.5 lb')).toBeVisible();
  await settings.done();
  await expect(work.load()).toHaveText('86 kg');
  await expect(page).toHaveURL(/2.5lb:1/);
});

test('dumbbells load from the rack on hand, each hand', async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto('./');
  await plan.pickScheme('Accessory + back-off');
  await plan.typeMax('30');
  await plan.pickEquipment('Dumbbells');
  // The usual rack: 1 kg steps to 10, then 2 kg: 15 rounds down to 14.
  await expect(plan.lastSet().load()).toHaveText('14 kg');
  await expect(plan.lastSet().plates()).toHaveText('14 kg each hand');
  await plan.setDumbbells('2.5-40/2.5');
  await expect(plan.lastSet().load()).toHaveText('15 kg');
  await expect(plan.lastSet().plates()).toHaveText('15 kg each hand');
});

test('what cannot be loaded is worded for its equipment: a stack has no plates to run out of', async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto('./?v=1&e=Leg+press~250~goto');
  await plan.pickEquipment('Machine / cable');
  await expect(plan.firstSet().plates()).toHaveText('More than the stack (max 200 kg)');
  await plan.pickEquipment('Dumbbells');
  await expect(plan.firstSet().plates()).toHaveText('Heavier than your dumbbells (max 50 kg)');
  await plan.pickEquipment('Barbell');
  await expect(plan.firstSet().load()).toHaveText('225 kg');
});

test('start over clears the checks and the timer but keeps the plan', async ({ page }) => {
  const { plan, timer } = backoff(page);
  await page.goto('./');
  await plan.set(1).tick();
  await expect(plan.set(1).doneButton()).toBeVisible();
  await expect(timer.clock()).toBeVisible();
  // With a set ticked it asks first; "no" keeps everything.
  expect(await plan.startOver(false)).toBe('Start a new session? The sets ticked so far go to your history.');
  await expect(plan.set(1).doneButton()).toBeVisible();
  expect(await plan.startOver(true)).not.toBeNull();
  await expect(plan.set(1).doneButton()).toHaveCount(0);
  await expect(timer.clock()).toHaveCount(0);
  await expect(plan.loads().first()).toHaveText('50 kg');
  // Nothing ticked: nothing to ask.
  expect(await plan.startOver(false)).toBeNull();
});

test('a scheme cell refuses a value it cannot take and shows the one in force', async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto('./');
  await plan.openSetEditor();
  await plan.setGroupSets(3, 'banana');
  await expect(plan.groupSetsField(3)).toHaveValue('5');
  await plan.doneEditingSets();
  await expect(plan.loads()).toHaveCount(8);
});

test('a default rest is typed a key at a time: emptied, it says so; retyped, it is used', async ({ page }) => {
  const { plan, settings } = backoff(page);
  await page.goto('./');
  await settings.open();
  const rest = settings.restBeforeWorkSetsField();
  await rest.click();
  await rest.press('End');
  for (let i = 0; i < 3; i += 1) await rest.press('Backspace');
  await expect(rest).toHaveValue('');
  // Emptied while typing is not an error yet; left empty, it is.
  await expect(settings.restBeforeWorkSetsError()).toHaveText('');
  await rest.press('Tab');
  await expect(settings.restBeforeWorkSetsError()).toHaveText('Enter a number.');
  await rest.click();
  await rest.pressSequentially('90');
  await expect(rest).toHaveValue('90');
  await expect(settings.restBeforeWorkSetsError()).toHaveText('');
  await settings.done();
  await expect(plan.restNotes('1:30').first()).toBeVisible();
});

test('switching to lb and back keeps my kg plates and bar', async ({ page }) => {
  const { settings } = backoff(page);
  await page.goto('./');
  await settings.open();
  await settings.setBar('15');
  await settings.fewerPlates('25 kg');
  const pairs = settings.pairsOf('25 kg');
  const before = await pairs.textContent();
  await settings.useUnit('lb');
  await expect(settings.barField()).toHaveValue('45');
  await settings.useUnit('kg');
  await expect(settings.barField()).toHaveValue('15');
  await expect(pairs).toHaveText(before);
  // Kept on the way back to the plan, and across a reload too.
  await settings.done();
  await page.reload();
  await settings.open();
  await settings.useUnit('lb');
  await settings.useUnit('kg');
  await expect(settings.barField()).toHaveValue('15');
});

for (const width of [320, 360]) {
  test(`the scheme editor shows "AMRAP" whole at ${width} px`, async ({ page }) => {
    const { plan } = backoff(page);
    await page.setViewportSize({ width, height: 800 });
    await page.goto('./?v=1&e=Bench+press~100~goto');
    await plan.openSetEditor();
    await expect(plan.groupRepsField(2)).toHaveValue('AMRAP');
    expect(await plan.showsWhole(plan.groupRepsField(2))).toBe(true);
  });
}
