//! "Your data" on the history page: back up everything to a file, restore from one (merged
//! into what is here or in its place, after saying what it holds, with Undo), and whether the
//! browser keeps this site's storage.

use yew::prelude::*;

use super::device_check::device_check;
use crate::app::store;
use crate::browser::{clock, download, files, persist};
use crate::core::backup::{self, Backup};
use crate::core::calendar::LocalTime;
/// Sessions since the last backup past which a browser that may clear storage gets a reminder.
pub const REMIND_AFTER_SESSIONS: usize = 4;

/// What [`DataPanel`] needs.
#[derive(Properties, PartialEq)]
pub struct DataPanelProps {
    /// Sessions in the history ended after the last backup.
    pub unsaved_sessions: usize,
    /// Called after a restore or its undo changed what is stored.
    pub changed: Callback<()>,
}

/// Where a restore stands.
#[derive(Clone, PartialEq)]
enum Step {
    Idle,
    Refused(&'static str),
    Ready(Box<Backup>),
    Restored { merged: bool },
    Undone,
}

/// The data section.
#[function_component(DataPanel)]
pub fn data_panel(p: &DataPanelProps) -> Html {
    let step = use_state(|| Step::Idle);
    let persisted = use_state(|| None::<bool>);
    let backed_up = use_state(|| None::<String>);
    {
        let persisted = persisted.clone();
        use_effect_with((), move |_| persist::check(move |p| persisted.set(p)));
    }
    let offset = clock::utc_offset_min();
    let back_up = {
        let backed_up = backed_up.clone();
        Callback::from(move |_: MouseEvent| {
            let text = store::backup_text();
            let now = clock::now_ms();
            let name = format!(
                "backoff-backup-{}.txt",
                LocalTime::at(now, offset).iso_date()
            );
            let said = match download::save(&name, "text/plain", &text) {
                true => {
                    store::backed_up(now);
                    format!("Saved {name}: keep it somewhere other than this phone.")
                }
                false => "This browser would not save the file.".into(),
            };
            backed_up.set(Some(said));
        })
    };
    let picked = {
        let step = step.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target() else { return };
            let step = step.clone();
            files::read_picked(&input.into(), move |text| {
                step.set(match text {
                    Ok(text) => match backup::read(&text) {
                        Ok(b) => Step::Ready(Box::new(b)),
                        Err(e) => Step::Refused(e.message()),
                    },
                    Err(files::PickError::TooBig) => Step::Refused(
                        "This file is far too big to be a Backoff backup: nothing was changed.",
                    ),
                    Err(files::PickError::Unreadable) => {
                        Step::Refused("The file could not be read: nothing was changed.")
                    }
                });
            });
        })
    };
    let apply = |merge: bool| {
        let step = step.clone();
        let changed = p.changed.clone();
        Callback::from(move |_: MouseEvent| {
            let Step::Ready(b) = &*step else { return };
            step.set(match store::restore(b, merge) {
                true => Step::Restored { merged: merge },
                false => Step::Refused("Storage here is full or blocked: nothing was changed."),
            });
            changed.emit(());
        })
    };
    let undo = {
        let step = step.clone();
        let changed = p.changed.clone();
        Callback::from(move |_: MouseEvent| {
            if store::undo_restore() {
                step.set(Step::Undone);
                changed.emit(());
            }
        })
    };
    let cancel = {
        let step = step.clone();
        Callback::from(move |_: MouseEvent| step.set(Step::Idle))
    };
    let remind = *persisted != Some(true) && p.unsaved_sessions > REMIND_AFTER_SESSIONS;
    html! {
        <section class="data" aria-labelledby="data-title" data-testid="data">
            <h2 id="data-title">{ "Your data" }</h2>
            <p class="muted">{ "Everything stays on this phone: nothing is sent anywhere. A backup file moves it to another one." }</p>
            if remind {
                <p class="hint" data-testid="backup-reminder">{ format!("{} sessions since your last backup.", p.unsaved_sessions) }</p>
            }
            <div class="history-actions">
                <button type="button" onclick={back_up}>{ "Back up everything" }</button>
                <label class="button" for="restore-file">{ "Restore from a backup" }</label>
                <input id="restore-file" class="file-input" type="file" accept=".txt,text/plain" onchange={picked} />
            </div>
            if let Some(text) = &*backed_up {
                <p class="notice" role="status" data-testid="backed-up">{ text }</p>
            }
            { match &*step {
                Step::Idle => html! {},
                Step::Refused(why) => html! {
                    <p class="field-error" role="alert" data-testid="restore-refused">{ *why }</p>
                },
                Step::Ready(b) => html! {
                    <div class="restore-check" role="status" data-testid="restore-check">
                        <p>{ describe(b, offset) }</p>
                        <div class="history-actions">
                            <button type="button" class="primary" onclick={apply(true)}>{ "Merge into what is here" }</button>
                            <button type="button" onclick={apply(false)}>{ "Replace what is here" }</button>
                            <button type="button" onclick={cancel}>{ "Cancel" }</button>
                        </div>
                    </div>
                },
                Step::Restored { merged } => html! {
                    <div class="notice" role="status" data-testid="restored">
                        <p>{ if *merged { "Merged: the backup's plans and sessions are added to what was here." } else { "Restored: the backup is now what is here." } }</p>
                        <button type="button" onclick={undo}>{ "Undo" }</button>
                    </div>
                },
                Step::Undone => html! {
                    <p class="notice" role="status" data-testid="restored">{ "Undone: everything is as it was before the restore." }</p>
                },
            } }
            { device_check(*persisted) }
        </section>
    }
}

/// "This backup holds 2 plans and 14 sessions (24 Nov 2025 to 3 Dec 2026)."
fn describe(b: &Backup, offset: f64) -> String {
    let s = b.summary;
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let range = match (s.first_ms, s.last_ms) {
        (Some(a), Some(z)) => format!(
            " ({} to {})",
            LocalTime::at(a, offset).day_label(),
            LocalTime::at(z, offset).day_label()
        ),
        _ => String::new(),
    };
    format!(
        "This backup holds {} and {}{range}. Merge it into what is here, or replace what is here with it?",
        plural(s.plans, "plan"),
        plural(s.sessions, "session")
    )
}
