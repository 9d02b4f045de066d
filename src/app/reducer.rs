//! A page's state as Yew sees it: a shim over the core's reducer that also keeps the actions
//! taken since the page last wrote its value, so a write that another tab made stale can be
//! played again on that tab's value ([`rebase`]). An action that changes nothing keeps the same
//! state, so Yew neither copies nor redraws.

use std::cell::RefCell;
use std::ops::Deref;
use std::rc::Rc;

use yew::Reducible;

use crate::core::page::{rebase, Action, PageState};

/// The most actions kept between two writes (a write normally follows each change).
const MAX_PENDING: usize = 200;

/// What a page's reducer takes.
pub enum Msg {
    /// The lifter did something.
    Act(Action),
    /// Another tab or page wrote this value: the page takes it, its own unsaved actions
    /// played again on it.
    Adopt {
        stored: String,
        now_ms: f64,
        utc_offset_min: f64,
    },
}

/// A page's state with the actions it took since its last write.
pub struct Tab {
    pub state: PageState,
    /// Shared by every state of the page: the saving effect clears it after a write, without a
    /// redraw.
    pending: Rc<RefCell<Vec<Action>>>,
    /// The page's reducer: the plan page's takes only plan actions ([`plan_step`]), so its
    /// program has none of the setup page's code.
    step: fn(&PageState, Action) -> Option<PageState>,
}

impl Tab {
    /// A page opening on `state`, reduced by `step`.
    pub fn new(state: PageState, step: fn(&PageState, Action) -> Option<PageState>) -> Self {
        Tab {
            state,
            pending: Rc::default(),
            step,
        }
    }

    /// Forgets the actions taken so far: the value they made is written.
    pub fn written(&self) {
        self.pending.borrow_mut().clear();
    }
}

/// The plan page's reducer: plan actions only.
pub fn plan_step(s: &PageState, action: Action) -> Option<PageState> {
    match action {
        Action::Plan(a) => s.reduce_plan(a),
        Action::Setup(_) => None,
    }
}

impl Deref for Tab {
    type Target = PageState;

    fn deref(&self) -> &PageState {
        &self.state
    }
}

impl Reducible for Tab {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let next = match msg {
            Msg::Act(action) => {
                let next = (self.step)(&self.state, action.clone());
                if next.is_some() {
                    let mut pending = self.pending.borrow_mut();
                    if pending.len() >= MAX_PENDING {
                        pending.remove(0);
                    }
                    pending.push(action);
                }
                next
            }
            Msg::Adopt {
                stored,
                now_ms,
                utc_offset_min,
            } => {
                let pending = std::mem::take(&mut *self.pending.borrow_mut());
                Some(rebase(
                    &self.state,
                    &stored,
                    pending,
                    now_ms,
                    utc_offset_min,
                    self.step,
                ))
            }
        };
        match next {
            Some(state) => Rc::new(Tab {
                state,
                pending: Rc::clone(&self.pending),
                step: self.step,
            }),
            None => self,
        }
    }
}
