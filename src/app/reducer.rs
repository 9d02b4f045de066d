//! The page state's reducers as Yew sees them: shims over the core's. An action that changes
//! nothing keeps the same state, so Yew neither copies nor redraws.

use std::ops::Deref;
use std::rc::Rc;

use yew::Reducible;

use crate::core::page::{Action, PageState};

/// The setup page's reducer: both pages' actions ([`PageState::reduce`]).
impl Reducible for PageState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match PageState::reduce(&self, action) {
            Some(next) => Rc::new(next),
            None => self,
        }
    }
}

/// The plan page's state: it reduces only plan actions ([`PageState::reduce_plan`]), so the
/// first load carries none of the setup page's code. The plan page builds no setup action.
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
        let next = match action {
            Action::Plan(a) => self.0.reduce_plan(a),
            Action::Setup(_) => None,
        };
        match next {
            Some(next) => Rc::new(PlanPage(next)),
            None => self,
        }
    }
}
