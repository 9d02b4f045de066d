// Every page object of the Backoff page, for one Playwright page:
// `const { plan, settings, timer } = backoff(page);`
import { App } from './app.js';
import { Gyms } from './gyms.js';
import { History } from './history.js';
import { Layout } from './layout.js';
import { Notice } from './notice.js';
import { Plan } from './plan.js';
import { Plans } from './plans.js';
import { Programs } from './programs.js';
import { Settings } from './settings.js';
import { Timer } from './timer.js';

export { App, Gyms, History, Layout, Notice, Plan, Plans, Programs, Settings, Timer };
export { SetRow } from './plan.js';

export const backoff = (page) => ({
  app: new App(page),
  gyms: new Gyms(page),
  history: new History(page),
  layout: new Layout(page),
  notice: new Notice(page),
  plan: new Plan(page),
  plans: new Plans(page),
  programs: new Programs(page),
  settings: new Settings(page),
  timer: new Timer(page),
});
