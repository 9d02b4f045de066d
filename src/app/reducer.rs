//! The page state's reducers as Yew sees them: shims over the core's. An action that changes
//! nothing keeps the same state, so Yew neither copies nor redraws.

use std::ops::Deref;
use std::rc::Rc;

use yew::Reducible;

use crate::core::page::{Action, PageState};

/// The setup page's (and any page's) reducer: every action ([`PageState::reduce`]).
impl Reducible for PageState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match PageState::reduce(&self, action) {
            Some(next) => Rc::new(next),
            None => self,
        }
    }
}

/// The plan page's state: its reducer leaves out what only the setup page sends
/// ([`PageState::reduce_on_plan_page`]), so the first load carries none of that code.
pub struct PlanPage(pub PageState);

impl Deref for PlanPage {
    type Target = PageState;

    fn deref(&self) -> &PageState {
        &self.0
    }
}

impl Reducible for PlanPage {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.0.reduce_on_plan_page(action) {
            Some(next) => Rc::new(PlanPage(next)),
            None => self,
        }
    }
}
